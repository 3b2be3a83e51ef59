package main

import (
	"errors"
	"fmt"
)

type E struct{ msg string }

func (e E) Error() string { return e.msg }

// Interface values are equal when dynamic types and values are equal; comparing with a
// concrete operand converts it first. errors.New values are distinct pointers.
func main() {
	var x interface{} = 3
	fmt.Println(x == 3, x == int64(3), x == 3.0, x != "3")
	var a, b interface{} = E{"m"}, E{"m"}
	fmt.Println(a == b)
	var e1, e2 error = errors.New("same"), errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), e1 == e1)
	var p1, p2 interface{} = &E{"m"}, &E{"m"}
	fmt.Println(p1 == p2)
	ptr := &E{"m"}
	var q1, q2 interface{} = ptr, ptr
	fmt.Println(q1 == q2)
	var ve error = E{"v"}
	fmt.Println(ve == E{"v"}, ve == error(E{"w"}))
	var n1, n2 interface{}
	fmt.Println(n1 == n2, n1 == nil)
	type pair struct{ a, b interface{} }
	fmt.Println(pair{1, "x"} == pair{1, "x"}, pair{1, 2} == pair{1, int8(2)})
}
