package main

import "fmt"

// Flag combinations: '-' overrides '0', '+' and ' ' for signs, '#' alternate forms,
// widths and precisions on integers, strings and bytes.
func main() {
	fmt.Printf("[%-05d] [%05d] [%+05d] [% 05d] [%+ d]\n", 42, -42, 42, 42, 42)
	fmt.Printf("[%#x] [%#X] [%#o] [%#b] [%#08x] [%#-8x]\n", 255, 255, 8, 5, 255, 255)
	fmt.Printf("[%x] [%#x] [%X] [% X]\n", -255, -255, "Go", []byte{1, 171})
	fmt.Printf("[% x] [%# x] [%#X]\n", []byte{1, 171, 255}, []byte{1, 171}, "hi")
	fmt.Printf("[%.3d] [%6.3d] [%-6.3d] [%.0d] [%.0d]\n", 7, -7, 7, 0, 5)
	fmt.Printf("[%8.3s] [%-8.3s] [%.10s] [%.0s]\n", "abcdef", "abcdef", "ab", "abc")
	fmt.Printf("[%5.1q] [%-8q] [%+q] [%#q] [%#+q]\n", "abc", "a", "日本", "a`b", "é")
	fmt.Printf("[%6.2v] [%-6v] [%06v]\n", 3.14159, true, 42)
	fmt.Printf("[%3c] [%-3c] [%03c]\n", 'x', 'y', 'z')
	fmt.Printf("[%08.3f] [%-8.3f] [%+08.2f] [% .1f]\n", -3.14159, 2.5, 1.0, 2.25)
	fmt.Printf("[%10v] [%-10v] [%10v]\n", []int{1, 2}, []string{"a"}, map[string]int{"k": 1})
	fmt.Printf("[%5t] [%-7t] [%v]\n", true, false, []bool{true})
	fmt.Printf("[%x] [%X] [%o] [%b]\n", uint8(255), int16(-1), int64(-8), int8(-5))
}
