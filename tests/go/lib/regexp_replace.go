// regexp: ReplaceAll in all its forms, template expansion ($1, ${name}, $$, references
// that are not groups) and Expand.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\w*)`)
	src := "a=1, bb=22, c=, =9"
	for _, t := range []string{
		"$1", "${1}", "[$key:$val]", "${key}x", "$keyx", "$1x", "${1}x", "$$1", "$", "$2$1",
		"${val", "$9", "$0", "${}", "$-", "$01", "${key}${nope}|", "€$1€", "$key_",
	} {
		fmt.Printf("%-16q %q\n", t, re.ReplaceAllString(src, t))
	}
	fmt.Printf("%q\n", re.ReplaceAllLiteralString(src, "[$1]"))
	fmt.Printf("%q\n", re.ReplaceAllStringFunc(src, strings.ToUpper))
	fmt.Printf("%q\n", re.ReplaceAll([]byte(src), []byte("<$val>")))
	fmt.Printf("%q\n", re.ReplaceAllLiteral([]byte(src), []byte("<$val>")))
	fmt.Printf("%q\n", re.ReplaceAllFunc([]byte(src), func(b []byte) []byte {
		return []byte(strings.ToUpper(string(b)))
	}))

	// The function sees each match once, in order.
	n := 0
	out := regexp.MustCompile(`\d+`).ReplaceAllStringFunc("x1 y22 z333", func(m string) string {
		n++
		return fmt.Sprintf("<%d:%s>", n, m)
	})
	fmt.Println(out, n)

	// No match: the input comes back.
	fmt.Printf("%q\n", re.ReplaceAllString("nothing here", "X"))
	fmt.Println(re.ReplaceAll([]byte(""), []byte("X")) == nil)

	// Expand and ExpandString over submatch indexes.
	tmpl := "$val<-$key;"
	var dst []byte
	for _, m := range re.FindAllStringSubmatchIndex(src, -1) {
		dst = re.ExpandString(dst, tmpl, src, m)
	}
	fmt.Println(string(dst))
	dst = dst[:0]
	for _, m := range re.FindAllSubmatchIndex([]byte(src), -1) {
		dst = re.Expand(dst, []byte("${2}${1}|"), []byte(src), m)
	}
	fmt.Println(string(dst))

	// A name used twice: the first group of that name that took part.
	twice := regexp.MustCompile(`(?P<x>a)|(?P<x>b)`)
	fmt.Println(twice.ReplaceAllString("ab", "[$x]"), twice.SubexpIndex("x"))

	// Unicode names in templates are read as names (and name no group here).
	fmt.Printf("%q\n", re.ReplaceAllString("k=v", "$ключ|${val}"))
}
