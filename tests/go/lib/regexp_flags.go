// regexp: flags (?i) (?m) (?s) (?U), non-greedy operators, leftmost-first against
// Longest's leftmost-longest, and \A \z ^ $ on several lines.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	text := "First line\nsecond LINE\nthird"
	for _, p := range []string{
		`line`, `(?i)line`, `^\w+`, `(?m)^\w+`, `\w+$`, `(?m)\w+$`, `(?s)line.s`, `line.s`,
		`(?i:L)ine`, `(?i)L(?-i)INE`, `(?U)\w+`, `(?U)\w+?`, `\w{2,4}?`, `\w+?`, `\Afirst`,
		`(?i)\Afirst`, `third\z`, `(?m)line$\n`, `(?ms)^s.*d$`,
	} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-16s %q\n", p, re.FindAllString(text, -1))
	}

	// Leftmost-first prefers the first alternative; Longest the longest match.
	for _, p := range []string{`a|ab`, `(a|ab)(c|bcd)`, `a+?`, `(a*)(a*)`, `x*?y?`} {
		re := regexp.MustCompile(p)
		first := re.FindStringSubmatch("abcd aaa")
		re.Longest()
		fmt.Printf("%-14s %q %q\n", p, first, re.FindStringSubmatch("abcd aaa"))
	}
	re := regexp.MustCompile(`<.+>`)
	fmt.Println(re.FindString("<a><b>"), regexp.MustCompile(`<.+?>`).FindString("<a><b>"))
	re.Longest()
	fmt.Println(re.FindString("<a><b>"))
}
