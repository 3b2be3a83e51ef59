// go: skip
// Identifiers may use any Unicode 15.0.0 letter, and digits after the first character, as in
// Go 1.21 to 1.23 (Go 1.19, at hand, knows only Unicode 13.0.0 and rejects the ones below:
// the expected output was written by hand).
package main

import (
	"fmt"
	"unicode"
)

type 𑼄𑼄 struct{ ࡰ int } // KAWI LETTER A (15.0); ARABIC LETTER ALEF WITH ATTACHED FATHA (14.0)

func Ꟁ(𞀰 int) int { return 𞀰 * 2 } // LATIN CAPITAL LETTER OLD POLISH O (14.0); MODIFIER LETTER CYRILLIC SMALL A (15.0)

func main() {
	x𞓱 := 𑼄𑼄{ࡰ: 20} // NAG MUNDARI DIGIT ONE (15.0) inside a name
	ⰯⱟꟁꟀ := Ꟁ(x𞓱.ࡰ) + 2
	fmt.Println(ⰯⱟꟁꟀ, x𞓱)
	fmt.Printf("%T %v\n", x𞓱, unicode.IsUpper('Ꟁ'))
	for _, r := range "Ꟁ𑼄𞀰x𞓱" {
		fmt.Printf("%#U letter %t digit %t\n", r, unicode.IsLetter(r), unicode.IsDigit(r))
	}
}
