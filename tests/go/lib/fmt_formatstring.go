// go: skip
// fmt.FormatString is Go 1.20: this expectation was derived by hand from its documentation
// (the flags in the order " +-#0", then width, '.' and precision, then the verb).
package main

import "fmt"

type D struct{}

func (D) Format(f fmt.State, verb rune) { fmt.Fprint(f, fmt.FormatString(f, verb)) }

// myState is a State of the program's own.
type myState struct{}

func (myState) Write(b []byte) (int, error) { return len(b), nil }
func (myState) Width() (int, bool)          { return 7, true }
func (myState) Precision() (int, bool)      { return 0, false }
func (myState) Flag(c int) bool             { return c == '#' || c == '+' }

func main() {
	fmt.Printf("%v|%+v|%#v|%-8.3x|% 05d|%.0f|%*s|%U\n", D{}, D{}, D{}, D{}, D{}, D{}, 4, D{}, D{})
	fmt.Printf("%+- #0 9.2e|%[1]q\n", D{})
	fmt.Println(fmt.FormatString(myState{}, 'x'), fmt.FormatString(myState{}, '☺'))
}
