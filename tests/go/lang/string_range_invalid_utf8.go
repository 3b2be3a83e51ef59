package main

import "fmt"

// Ranging over a string decodes UTF-8; each invalid byte (stray continuation, truncated
// sequence, overlong form, surrogate half, value above U+10FFFF) yields U+FFFD with width 1.
func main() {
	inputs := []string{
		"a\xffb",
		"\xe2\x82",
		"\xe2\x82\xac",
		"\xc0\xaf",
		"\xed\xa0\x80",
		"\xf4\x90\x80\x80",
		"\xf0\x9f\x98\x80!",
		"\x80\x80",
	}
	for _, s := range inputs {
		fmt.Printf("%q:", s)
		for i, r := range s {
			fmt.Printf(" %d:%U", i, r)
		}
		rs := []rune(s)
		fmt.Printf(" | %d runes, back %q\n", len(rs), string(rs))
	}
	n := 0
	for range "héllo, 世界" {
		n++
	}
	fmt.Println(n)
}
