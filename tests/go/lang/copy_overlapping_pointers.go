package main

// copy of elements that hold pointers (copied a word at a time) between overlapping parts of
// one slice, both ways, and between slices; strings and structs with pointers too.

import "fmt"

type pair struct {
	p *int
	s string
}

func vals(ps []*int) []int {
	out := make([]int, len(ps))
	for i, p := range ps {
		out[i] = *p
	}
	return out
}

func main() {
	ps := make([]*int, 6)
	for i := range ps {
		v := i * 10
		ps[i] = &v
	}
	fmt.Println(copy(ps[1:], ps), vals(ps))
	fmt.Println(copy(ps, ps[2:]), vals(ps))

	ss := []string{"a", "b", "c", "d", "e"}
	fmt.Println(copy(ss[2:], ss), ss)
	fmt.Println(copy(ss, ss[3:]), ss)

	x, y := 1, 2
	prs := []pair{{&x, "x"}, {&y, "y"}, {nil, "nil"}}
	n := copy(prs[1:], prs)
	fmt.Println(n, *prs[0].p, *prs[1].p, *prs[2].p, prs[0].s, prs[1].s, prs[2].s)

	dst := make([]*int, 2)
	fmt.Println(copy(dst, ps), *dst[0], *dst[1])
}
