package main

import "fmt"

func newCounter() *int {
	n := 0
	return &n
}

func swap(a, b *int) { *a, *b = *b, *a }

func setViaPP(pp **int, v *int) { *pp = v }

// Addresses of locals stay valid after the function returns and are distinct per call;
// pointers to pointers; new(T) is zeroed; pointer comparison is identity.
func main() {
	a, b := newCounter(), newCounter()
	*a += 5
	fmt.Println(*a, *b, a == b)
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	var p *int
	setViaPP(&p, &x)
	*p = 100
	fmt.Println(x, p == &x)
	pp := &p
	**pp = 7
	fmt.Println(x)
	np := new(struct {
		N int
		S []string
	})
	fmt.Println(np.N, np.S == nil)
	z := new(int)
	w := z
	*w = 3
	fmt.Println(*z, z == w, new(int) == new(int))
	ptrs := make([]*int, 3)
	for i := range ptrs {
		v := i * i
		ptrs[i] = &v
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
