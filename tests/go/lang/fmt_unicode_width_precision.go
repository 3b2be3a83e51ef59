package main

import "fmt"

// Widths and precisions count runes, not bytes, for %s, %q and %v of strings.
func main() {
	fmt.Printf("[%5s] [%-5s] [%.1s] [%.2s]\n", "é", "日本", "日本語", "héllo")
	fmt.Printf("[%6q] [%-6q] [%.1q]\n", "é", "é", "日本")
	fmt.Printf("[%4v] [%-4v|]\n", "ñ", "ñ")
	fmt.Printf("[%3c] [%-3c|] [%c%c]\n", '世', '界', 0x1F600, 'x')
	fmt.Printf("[%x] [% x] [%X]\n", "é", "日本", "ñ")
	fmt.Printf("[%U] [%#U] [%#U] [%U]\n", '\n', '日', 0x1F600, -1)
	fmt.Printf("[%q] [%q] [%q] [%+q]\n", 'é', '\x00', rune(0x110000), '日')
	fmt.Printf("[%c] [%c]\n", rune(0x110000), rune(-5))
	fmt.Printf("[%q] [%+q] [%q]\n", "\x00\x7f\xff", "héllo\n", "\u2028")
}
