// regexp: what Go added after 1.19: (?<name>re) named groups alongside (?P<name>re) (1.22),
// Regexp.MarshalText and UnmarshalText (1.21).
// go: skip (Go 1.19 has neither; the expectation is derived by hand from Go 1.22's rules)
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(?<year>\d{4})-(?P<month>\d\d)`)
	fmt.Printf("%q %d\n", re.SubexpNames(), re.SubexpIndex("year"))
	fmt.Println(re.ReplaceAllString("on 2024-03", "${month}/$year"))
	for _, p := range []string{`(?<>a)`, `(?<a b>x)`, `(?<name`, `(?<=a)`, `(?<`} {
		_, err := regexp.Compile(p)
		fmt.Println(err)
	}
	text, err := re.MarshalText()
	fmt.Println(string(text), err)
	var u regexp.Regexp
	fmt.Println(u.UnmarshalText([]byte(`a+b`)), u.FindString("caaab"))
	fmt.Println(u.UnmarshalText([]byte(`a+(`)))
}
