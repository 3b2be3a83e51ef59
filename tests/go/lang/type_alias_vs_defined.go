package main

import "fmt"

type Celsius float64
type Temp = Celsius
type Bytes = []byte
type MyInt int

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

// An alias is the same type under another name (%T shows the original, methods carry
// over, no conversion needed); a defined type is a new, distinct type without the
// underlying type's methods.
func main() {
	var t Temp = 21.5
	var c Celsius = t
	fmt.Printf("%T %v %v\n", t, t, c)
	var b Bytes = []byte("hi")
	var raw []byte = b
	fmt.Printf("%T %s\n", b, raw)
	var m MyInt = 5
	var i int = int(m)
	fmt.Printf("%T %T %v\n", m, i, m+MyInt(i))
	var x interface{} = t
	_, isCelsius := x.(Celsius)
	_, isFloat := x.(float64)
	fmt.Println(isCelsius, isFloat)
	type local struct{ A int }
	type Local = local
	fmt.Printf("%T %T\n", local{}, Local{1})
	fmt.Printf("%T %T\n", byte(1), rune(1))
}
