package main

// Values too large for the register file (here: more than 65536 words) are built and copied
// memory to memory: local and package variables initialised from composite literals or from
// other variables, assignments (the literal may read the variable it replaces), &T{...},
// conversion to an interface (a copy, and a nil pointer dereference panics first), and fields
// far into them.

import "fmt"

type Big struct {
	head int
	arr  [70000]int
	tail string
}

var global = [100000]int{5: 42, 99999: 7}

var gbig = Big{head: 1, tail: "global"}

func sum(b *Big) int {
	return b.head + b.arr[0] + b.arr[69999] + len(b.tail)
}

func main() {
	fmt.Println(global[5], global[99999], global[6], len(global))
	fmt.Println(gbig.head, gbig.tail, gbig.arr[69999])

	var b Big
	b.arr[69999] = 3
	b.tail = "local"
	c := b // a copy
	c.arr[69999]++
	fmt.Println(b.arr[69999], c.arr[69999], b.tail, c.tail)

	b = Big{head: b.arr[69999], tail: b.tail + "!"} // reads the old b
	fmt.Println(b.head, b.tail, b.arr[69999])

	p := &Big{head: 10, tail: "heap"}
	p.arr[0] = 100
	fmt.Println(sum(p))
	*p = c
	fmt.Println(sum(p), p.tail)

	var x any = *p
	p.head = -1
	fmt.Println(x.(Big).head, x.(Big).arr[69999], p.head)

	b = Big{}
	fmt.Println(b.head, b.tail == "", b.arr[69999])

	var np *Big
	defer func() { fmt.Println("recovered:", recover()) }()
	x = *np
	fmt.Println("not reached", x != nil)
}
