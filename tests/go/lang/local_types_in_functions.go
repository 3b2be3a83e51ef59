package main

import "fmt"

func first() interface{} {
	type T struct{ A int }
	return T{1}
}

func second() interface{} {
	type T struct{ A int }
	return T{1}
}

// Types declared inside functions are distinct from each other even with the same name
// and structure; %T shows only package and name.
func main() {
	a, b := first(), second()
	fmt.Printf("%T %T %v\n", a, b, a == b)
	fmt.Println(a == first())
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %+v %T\n", ps, ps[0], ps)
	type counter int
	var c counter = 3
	c++
	fmt.Printf("%T %d\n", c, c)
}
