// go: skip (flag.BoolFunc is Go 1.21; output derived by hand)
// args: -trace -trace=off -n 2
package main

import (
	"flag"
	"fmt"
)

func main() {
	var seen []string
	flag.BoolFunc("trace", "log each step", func(s string) error {
		seen = append(seen, s)
		return nil
	})
	n := flag.Int("n", 0, "count")
	flag.Parse()
	fmt.Println(seen, *n)
	name, usage := flag.UnquoteUsage(flag.Lookup("trace"))
	fmt.Printf("%q %q\n", name, usage)
}
