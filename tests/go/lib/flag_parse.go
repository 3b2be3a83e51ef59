// args: -n 42 -verbose -name=gopher -ratio 2.5 -wait 1m30s --big=0x10 -u 7 -u64 9 -list a -list b rest1 -notflag rest2
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	n := flag.Int("n", 1, "how many `items`")
	verbose := flag.Bool("verbose", false, "talk more")
	name := flag.String("name", "world", "who to greet")
	ratio := flag.Float64("ratio", 1, "a ratio")
	wait := flag.Duration("wait", 2*time.Second, "how long to wait")
	var big int64
	flag.Int64Var(&big, "big", 0, "a big number\nover two lines")
	u := flag.Uint("u", 0, "unsigned")
	u64 := flag.Uint64("u64", 3, "unsigned 64")
	var list listValue
	flag.Var(&list, "list", "repeatable")
	unused := flag.String("unused", "", "never set")
	var calls []string
	flag.Func("f", "a func flag", func(s string) error { calls = append(calls, s); return nil })
	fmt.Println(flag.Parsed())
	flag.Parse()
	fmt.Println(flag.Parsed(), *n, *verbose, *name, *ratio, *wait, big, *u, *u64, list, *unused == "", calls)
	fmt.Println(flag.Args(), flag.NArg(), flag.NFlag(), flag.Arg(0), flag.Arg(1), flag.Arg(5) == "")
	flag.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	flag.VisitAll(func(f *flag.Flag) { fmt.Printf("%s(%q) ", f.Name, f.DefValue) })
	fmt.Println()
	fl := flag.Lookup("name")
	fmt.Println(fl.Name, fl.Usage, fl.Value, fl.DefValue, flag.Lookup("nope") == nil)
	err := flag.Set("n", "7")
	fmt.Println(err, *n)
	err = flag.Set("nope", "1")
	fmt.Println(err)
	err = flag.Set("n", "x")
	fmt.Println(err, *n)
	fmt.Println(fl.Value.(flag.Getter).Get(), flag.Lookup("wait").Value.(flag.Getter).Get())
	name1, usage := flag.UnquoteUsage(flag.Lookup("n"))
	fmt.Printf("%q %q\n", name1, usage)
	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()
}
