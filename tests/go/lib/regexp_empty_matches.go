// regexp: empty matches in FindAll, ReplaceAll and Split, which Go takes one rune at a time
// and never right after a previous match; Split's n and edge cases.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`x*`, `a*`, `a*?`, `b|`, `|b`, `\b`, `$`, `^`, `(?m)^`, `(?m)$`, ``, `a|()`} {
		re := regexp.MustCompile(p)
		for _, s := range []string{"", "abc", "baaac", "héllo wörld", "a\nb\n"} {
			fmt.Printf("%-6q %-14q %v %q %q\n", p, s, re.FindAllStringIndex(s, -1),
				re.ReplaceAllString(s, "-"), re.Split(s, -1))
		}
	}

	// Split with every kind of n.
	sp := regexp.MustCompile(`,\s*`)
	s := "a, b,c,  d"
	for n := -1; n <= 5; n++ {
		fmt.Printf("%d %q\n", n, sp.Split(s, n))
	}
	fmt.Println(sp.Split(s, 0) == nil)
	fmt.Printf("%q\n", regexp.MustCompile(`a`).Split("", -1))
	fmt.Printf("%q\n", regexp.MustCompile(``).Split("", -1))
	fmt.Printf("%q\n", regexp.MustCompile(``).Split("abc", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axbxxc", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a`).Split("banana", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a`).Split("aaa", 2))
	fmt.Printf("%q\n", regexp.MustCompile(`z+`).Split("abc", -1))

	// FindAll limits count the matches kept, not the empty ones skipped.
	re := regexp.MustCompile(`a*`)
	fmt.Println(re.FindAllStringIndex("baaab", 2), re.FindAllStringIndex("baaab", 3))
	fmt.Printf("%q\n", re.FindAllString("baaab", -1))
}
