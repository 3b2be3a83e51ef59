package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"
)

func try(args ...string) {
	var out bytes.Buffer
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(&out)
	fs.Int("count", 0, "number of `things`")
	fs.Bool("v", false, "verbose")
	fs.Bool("q", true, "quiet")
	fs.String("s", "", "a string")
	fs.String("mode", "fast", "the mode")
	fs.Duration("t", 0, "timeout")
	fs.Float64("x", 0.5, "factor")
	fs.Uint("k", 0, "k")
	fs.Func("fn", "fails on bad", func(s string) error {
		if s == "bad" {
			return errors.New("bad value")
		}
		return nil
	})
	err := fs.Parse(args)
	fmt.Printf("%q -> err=%v args=%q\n", strings.Join(args, " "), err, fs.Args())
	fmt.Print(out.String())
	fmt.Println("--")
}

func main() {
	try("-count", "3", "x")
	try("-nope")
	try("---count=1")
	try("-=1")
	try("-count")
	try("-count", "abc")
	try("-count=99999999999999999999")
	try("-v=maybe")
	try("-t", "forever")
	try("-x", "1e400")
	try("-k", "-1")
	try("-fn", "bad")
	try("-h")
	try("-help")
	try("--", "-count", "1")
	try("-", "-count", "1")
	try("-q=false", "-v", "-s", "")
	var empty flag.FlagSet
	var out bytes.Buffer
	empty.SetOutput(&out)
	empty.Int("z", 0, "z")
	fmt.Println(empty.Parse([]string{"-y"}), empty.Name() == "", empty.ErrorHandling() == flag.ContinueOnError)
	fmt.Print(out.String())
	fs := flag.NewFlagSet("custom", flag.ContinueOnError)
	fs.SetOutput(&out)
	fs.Usage = func() { fmt.Fprintln(fs.Output(), "custom usage!") }
	out.Reset()
	fmt.Println(fs.Parse([]string{"-zz"}))
	fmt.Print(out.String())
	fs2 := flag.NewFlagSet("panicky", flag.PanicOnError)
	fs2.SetOutput(&out)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs2.Parse([]string{"-bad"})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("dup", 0, "")
		fs.Int("dup", 0, "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("-x", 0, "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("a=b", 0, "")
	}()
	var d time.Duration
	fs.DurationVar(&d, "d", time.Minute, "")
	fmt.Println(fs.Parse([]string{"-d", "90s", "left"}), d, fs.Args())
}
