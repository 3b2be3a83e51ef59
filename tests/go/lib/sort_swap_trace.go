package main

import (
	"fmt"
	"sort"
	"strings"
)

// Every Less and Swap call sort.Sort and sort.Stable make, in order: user types see the
// calls, so the sequence itself is part of Go's behaviour.

type traced struct {
	v   []int
	log *strings.Builder
}

func (t traced) Len() int { return len(t.v) }
func (t traced) Less(i, j int) bool {
	fmt.Fprintf(t.log, "L%d,%d ", i, j)
	return t.v[i] < t.v[j]
}
func (t traced) Swap(i, j int) {
	fmt.Fprintf(t.log, "S%d,%d ", i, j)
	t.v[i], t.v[j] = t.v[j], t.v[i]
}

func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

func run(name string, v []int, sorter func(sort.Interface), full bool) {
	t := traced{v, &strings.Builder{}}
	sorter(t)
	s := t.log.String()
	if full {
		fmt.Printf("%s: %v\n  %s\n", name, v, s)
		return
	}
	fmt.Printf("%s: %v calls=%d hash=%x\n", name, v, strings.Count(s, " "), hash(s))
}

func main() {
	run("sort 5", []int{3, 1, 2, 3, 0}, sort.Sort, true)
	run("sort 13", []int{5, 2, 9, 2, 7, 1, 5, 8, 0, 3, 2, 6, 4}, sort.Sort, true)
	run("stable 13", []int{5, 2, 9, 2, 7, 1, 5, 8, 0, 3, 2, 6, 4}, sort.Stable, true)
	run("reverse 13", []int{5, 2, 9, 2, 7, 1, 5, 8, 0, 3, 2, 6, 4},
		func(d sort.Interface) { sort.Sort(sort.Reverse(d)) }, true)

	mk := func(n int, f func(i int) int) []int {
		v := make([]int, n)
		for i := range v {
			v[i] = f(i)
		}
		return v
	}
	shapes := []struct {
		name string
		f    func(i int) int
	}{
		{"ascending", func(i int) int { return i }},
		{"descending", func(i int) int { return 100 - i }},
		{"few keys", func(i int) int { return (i * 7) % 3 }},
		{"pseudo-random", func(i int) int { return (i*7919 + 13) % 61 }},
		{"one swap", func(i int) int {
			switch i {
			case 10:
				return 40
			case 40:
				return 10
			}
			return i
		}},
	}
	for _, sh := range shapes {
		for _, n := range []int{55, 130} {
			run(fmt.Sprintf("sort %s %d", sh.name, n), mk(n, sh.f), sort.Sort, false)
			run(fmt.Sprintf("stable %s %d", sh.name, n), mk(n, sh.f), sort.Stable, false)
		}
	}
}
