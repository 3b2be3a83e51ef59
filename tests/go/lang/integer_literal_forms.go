package main

import "fmt"

// Every integer and floating-point literal form, digit separators and upper-case prefixes
// included (deliberately not gofmt-ed: gofmt would lower-case 0B, 0O, 0X and 1E).
func main() {
	fmt.Println(0b1010, 0B11, 0o17, 0O17, 017, 0x1F, 0XfF)
	fmt.Println(1_000_000, 0b_1010_1010, 0x_dead_beef, 0o_7_7, 0_17)
	fmt.Println(0x1p4, 0x1p-2, 0x1.8p1, 0X.8p0, 0x_1p1_0)
	fmt.Println(1e3, 1E-3, .5, 5., 1_0.2_5, 0.)
	fmt.Println(00, 0, 0x0, 007, 0e0)
	var i int = 1e3
	var u uint8 = 0x1p7
	fmt.Println(i, u)
	fmt.Println('a', '\'', '\\', '\x7f', '\377', '\u00e9', '\U0001F600', '\000', '\a', '\v')
}
