// args: first "second arg" "" -x=1 --flag héllo "a\"quote"
// env: GOSUB_LIB_GREETING=hello world
// env: GOSUB_LIB_EMPTY=
// env: GOSUB_LIB_EQ=a=b=c
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("args:", len(os.Args)-1)
	for i, a := range os.Args[1:] {
		fmt.Printf("  %d %q\n", i+1, a)
	}

	for _, k := range []string{"GOSUB_LIB_GREETING", "GOSUB_LIB_EMPTY", "GOSUB_LIB_EQ", "GOSUB_LIB_UNSET"} {
		v, ok := os.LookupEnv(k)
		fmt.Printf("%s: %q %v getenv=%q\n", k, v, ok, os.Getenv(k))
	}
	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOSUB_LIB_") {
			found++
			if kv == "GOSUB_LIB_EQ=a=b=c" || kv == "GOSUB_LIB_EMPTY=" {
				fmt.Println("environ has", kv)
			}
		}
	}
	fmt.Println("environ entries:", found)

	fmt.Println(os.Setenv("GOSUB_LIB_NEW", "v1"), os.Getenv("GOSUB_LIB_NEW"))
	fmt.Println(os.Setenv("GOSUB_LIB_NEW", "v2"), os.Getenv("GOSUB_LIB_NEW"))
	fmt.Println(os.Unsetenv("GOSUB_LIB_NEW"))
	_, ok := os.LookupEnv("GOSUB_LIB_NEW")
	fmt.Println("after unset:", ok, os.Unsetenv("GOSUB_LIB_NEVER_SET"))
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))

	fmt.Println(os.ExpandEnv("[$GOSUB_LIB_GREETING] [${GOSUB_LIB_EQ}] [$GOSUB_LIB_UNSET] [$GOSUB_LIB_EMPTY]"))
	mapping := func(name string) string { return "<" + name + ">" }
	for _, s := range []string{
		"plain", "$", "a$", "$$", "$$x", "${}", "${", "${x", "${x}y", "$1x", "$-y", "a$-b",
		"${@}", "${@x}", "$x.y", "$_a_1 b", "$é", "100$ off", "${a b}", "$ x",
	} {
		fmt.Printf("%q -> %q\n", s, os.Expand(s, mapping))
	}
}
