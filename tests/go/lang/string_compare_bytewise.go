package main

import "fmt"

// Strings compare byte by byte as unsigned values, so bytes >= 0x80 sort after ASCII and a
// proper prefix sorts first; NUL bytes are ordinary bytes.
func main() {
	pairs := [][2]string{
		{"a\xff", "a\x01"},
		{"é", "z"},
		{"", "a"},
		{"abc", "abd"},
		{"ab", "abc"},
		{"a\x00", "a"},
		{"Z", "a"},
		{"\x7f", "\x80"},
		{"世", "界"},
	}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%q %q < %v <= %v == %v > %v\n", a, b, a < b, a <= b, a == b, a > b)
	}
	s := "a\x00b"
	fmt.Println(len(s), s[1], s == "a\x00b", s != "a")
}
