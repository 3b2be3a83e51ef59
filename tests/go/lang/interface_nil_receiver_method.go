package main

import "fmt"

type List struct {
	val  int
	next *List
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.val + l.next.Sum()
}

type Summer interface{ Sum() int }

// A method with a pointer receiver may be called on a nil pointer, also through an
// interface holding that nil pointer (which is itself not nil).
func main() {
	var l *List
	fmt.Println(l.Sum())
	l = &List{1, &List{2, &List{3, nil}}}
	fmt.Println(l.Sum())
	var s Summer = (*List)(nil)
	fmt.Println(s != nil, s.Sum())
	fmt.Printf("%T %v\n", s, s)
}
