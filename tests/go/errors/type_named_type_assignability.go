// error: 19:18: cannot use c (variable of type Celsius) as
// error: 21:14: cannot use m (variable of type Meters) as
// error: 22:6: big * 4 (constant 18446744073709551616 of type int64) overflows int64
// error: 23:6: invalid composite literal type int
// A value of a defined type is not assignable to its underlying type without conversion;
// typed constant arithmetic must stay in range; int has no composite literal. (Go 1.20
// and later go on "as float64 value in variable declaration", Go 1.19 "as type float64".)
package main

import "fmt"

type Celsius float64
type Meters int

const big int64 = 1 << 62

func main() {
	var c Celsius = 10
	var f float64 = c
	var m Meters = 3
	var n int = m
	_ = big * 4
	_ = int{1}
	fmt.Println(f, n, float64(c), int(m))
}
