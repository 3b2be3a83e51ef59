package main

import "fmt"

type counter struct{ n int8 }

// Every compound assignment operator on an int8, wrapping where it overflows, applied to
// a variable, a struct field, a map element, a slice element and through a pointer.
func main() {
	var x int8 = 100
	x += 100
	fmt.Println("+=", x)
	x -= 100
	fmt.Println("-=", x)
	x *= 3
	fmt.Println("*=", x)
	x /= 7
	fmt.Println("/=", x)
	x %= 5
	fmt.Println("%=", x)
	x = 0x55
	x &= 0x0F
	fmt.Println("&=", x)
	x |= 0x70
	fmt.Println("|=", x)
	x ^= 0x7F
	fmt.Println("^=", x)
	x = 3
	x <<= 6
	fmt.Println("<<=", x)
	x >>= 3
	fmt.Println(">>=", x)
	x = 0x7F
	x &^= 0x0F
	fmt.Println("&^=", x)

	c := counter{127}
	c.n++
	fmt.Println("field", c.n)
	m := map[string]int8{}
	m["k"]--
	m["k"] -= 127
	m["k"]--
	fmt.Println("map", m["k"])
	s := []uint8{250}
	s[0] += 10
	fmt.Println("slice", s[0])
	p := &c.n
	*p *= 2
	(*p)--
	fmt.Println("pointer", c.n)
}
