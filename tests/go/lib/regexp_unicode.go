// regexp: Unicode classes and scripts, case folding, offsets in bytes, and texts that are
// not valid UTF-8 (each bad byte reads as U+FFFD, as in Go).
package main

import (
	"fmt"
	"regexp"
)

func main() {
	text := "Hello Κόσμε мир 世界 ΑΒΓ 123 ٣٤"
	for _, p := range []string{
		`\p{Greek}+`, `\pL+`, `\p{Lu}`, `\PL+`, `\p{Han}+`, `\p{Cyrillic}+`, `\pN+`, `\p{Nd}+`,
		`[\p{Greek}\p{Han}]+`, `\P{Greek}+`, `\p{^Greek}+`, `[^\pL\s]+`, `\w+`, `[[:alpha:]]+`,
		`(?i)κόσμε`, `(?i)σ+`, `.`, `\S+`,
	} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-20s %q %v\n", p, re.FindAllString(text, 4), re.FindAllStringIndex(text, 2))
	}

	// Case folding over Unicode: Kelvin sign, long s, final sigma.
	fmt.Println(regexp.MustCompile(`(?i)k`).FindAllString("kK\u212a", -1))
	fmt.Println(regexp.MustCompile(`(?i)s`).FindAllString("sS\u017f", -1))
	fmt.Println(regexp.MustCompile(`(?i)σ`).FindAllString("Σσς", -1))

	// Invalid UTF-8 in the text.
	bad := "a\xffb\xe2\x82c\xed\xa0\x80"
	for _, p := range []string{`.`, `[^a-z]`, `\x{FFFD}`, `a.b`, `b..c`, `\PL`, `x*`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-10s %v %q\n", p, re.FindAllStringIndex(bad, -1), re.ReplaceAllString(bad, "<$0>"))
	}

	// Empty-width assertions never match inside a rune.
	fmt.Println(regexp.MustCompile(`\B`).FindAllStringIndex("aéa", -1))
	fmt.Println(regexp.MustCompile(`\B`).MatchString("aéa"))
	fmt.Println(regexp.MustCompile(`\b`).FindAllStringIndex("éa é", -1))
	fmt.Printf("%q\n", regexp.MustCompile(``).Split("añb", -1))
	fmt.Println(regexp.MustCompile(`\x{1F600}`).FindStringIndex("ab😀"))
}
