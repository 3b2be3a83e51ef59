// regexp: patterns Go rejects, with Go's error texts, MustCompile's panic, QuoteMeta.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{
		`(abc`, `abc)`, `a**`, `a*+`, `*a`, `+`, `a{2}{3}`, `a{1001}`, `a{2,1}`,
		`(a{500}){3}`, `[a`, `[z-a]`, `[]`, `x\`, `\8`, `\C`, `a[\C]`, `\Z`, `(?z)`,
		`(?i`, `(?P<>a)`, `(?P<n!>a)`, `(?P=n)`, `(?=a)`, `(?!a)`, `(?P<é>x)`,
		`\p{Klingon}`, `\pX`, `[[:foo:]]`, `\x{110000}`, `\xZ`, `[a-\d]`, `(?-)`,
		`[\p`, `[a-\p`, `\x{`, "a\xffb", "(\xe2\x82",
	} {
		_, err := regexp.Compile(p)
		fmt.Printf("%-14q %v\n", p, err)
	}

	// Deep nesting is refused; flat repetition is fine.
	deep := ""
	for i := 0; i < 1000; i++ {
		deep = "(" + deep + ")"
	}
	_, err := regexp.Compile(deep)
	fmt.Println(err != nil, len(err.Error()))
	_, err = regexp.Compile(`(x{1000}y{1000}){0}`)
	fmt.Println(err)

	// MustCompile panics with the pattern quoted.
	for _, p := range []string{"a(b", "tab\t(", "back`quote\n(", "ok"} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			regexp.MustCompile(p)
		}()
	}

	for _, s := range []string{`1.5+2*3?`, `[a-z]{2}(x|y)^$\`, `plain text`, ``} {
		q := regexp.QuoteMeta(s)
		fmt.Printf("%q %v\n", q, regexp.MustCompile("^"+q+"$").MatchString(s))
	}
}
