package main

import "fmt"

// Escapes in interpreted string literals are byte-level ("\377" is one byte 0xFF) while the
// same escape in a rune literal is a code point ('\377' is U+00FF, two bytes in UTF-8).
// Raw strings keep backslashes and newlines as written.
func main() {
	s := "\a\b\f\n\r\t\v\\\"'"
	fmt.Println(len(s), []byte(s))
	fmt.Println([]byte("\101\060\x41\u00e9\U0001F600"))
	oct := "\377"
	r := '\377'
	fmt.Println(len(oct), oct[0], r, len(string(r)), []byte(string(r)))
	hx := "\xe4\xb8\x96"
	fmt.Println(hx, len(hx), hx == "\u4e16", hx == "世")
	raw := `C:\dir\n "quoted" 'single'
second line\t`
	fmt.Println(len(raw))
	fmt.Println(raw)
	fmt.Println(`` == "", len(``))
	fmt.Println("\u00e9" == "é", "\U000000e9" == "\xc3\xa9", '\u00e9' == 'é')
}
