// go: skip
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type point struct{ x, y int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	s := []int{10, 20, 30, 40, 50}
	fmt.Println(slices.Index(s, 30), slices.Index(s, 35), slices.Contains(s, 50),
		slices.IndexFunc(s, func(v int) bool { return v > 25 }),
		slices.ContainsFunc(s, func(v int) bool { return v < 0 }))

	// Delete shifts the tail down and zeroes the vacated end of the array.
	d := slices.Delete(s, 1, 3)
	fmt.Println(d, s, len(d), cap(d))
	d = slices.Delete(d, 0, 0)
	fmt.Println(d)
	try("Delete out of range", func() { slices.Delete(d, 2, 4) })
	try("Delete reversed", func() { slices.Delete(d, 2, 1) })

	words := []string{"a", "bb", "ccc", "dd", "e", "fff"}
	kept := slices.DeleteFunc(words, func(w string) bool { return len(w) == 2 })
	fmt.Printf("%q %q\n", kept, words)

	// Insert in place when there is room, else into a new array.
	base := make([]int, 3, 10)
	copy(base, []int{1, 2, 3})
	in := slices.Insert(base, 1, 7, 8)
	fmt.Println(in, base, base[:5], &in[0] == &base[0])
	in2 := slices.Insert([]int{1, 2}, 2, 3)
	fmt.Println(in2, slices.Insert([]int{1, 2}, 0), slices.Insert([]int(nil), 0, 5, 6))
	grown := slices.Insert([]int{1, 2, 3}, 1, 9, 9, 9)
	fmt.Println(grown, len(grown))
	try("Insert past end", func() { slices.Insert([]int{1}, 2, 5) })
	// Inserting a slice of itself.
	self := make([]int, 4, 8)
	copy(self, []int{1, 2, 3, 4})
	self = slices.Insert(self, 1, self[2:]...)
	fmt.Println(self)

	r := slices.Replace([]int{0, 1, 2, 3, 4, 5}, 1, 4, 9)
	fmt.Println(r)
	orig := []int{0, 1, 2, 3, 4, 5}
	r = slices.Replace(orig, 1, 3, 7, 8, 9)
	fmt.Println(r, orig[:6])
	orig = []int{0, 1, 2, 3}
	r = slices.Replace(orig, 2, 4, 6)
	fmt.Println(r, orig)
	orig = []int{0, 1, 2, 3, 4, 5}
	r = slices.Replace(orig, 1, 5)
	fmt.Println(r, orig)
	try("Replace bad range", func() { slices.Replace([]int{1, 2}, 1, 3, 0) })

	c := slices.Clone([]point{{1, 2}, {3, 4}})
	c[0].x = 100
	fmt.Println(c, slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil)

	comp := []int{1, 1, 2, 2, 2, 3, 1, 1}
	cc := slices.Compact(comp)
	fmt.Println(cc, comp)
	nan := math.NaN()
	fmt.Println(slices.Compact([]float64{nan, nan, 1, 1}))
	names := []string{"Alice", "alice", "ALICE", "Bob", "bob", "alice"}
	fmt.Println(slices.CompactFunc(names, strings.EqualFold), names)

	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{}, []int(nil)),
		slices.Equal([]float64{nan}, []float64{nan}), slices.Equal([]int{1}, []int{1, 2}))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool {
		return fmt.Sprint(a) == b
	}))
	fmt.Println(slices.Compare([]int{1, 2, 3}, []int{1, 2, 4}), slices.Compare([]int{1, 2}, []int{1, 2}),
		slices.Compare([]int{1, 2, 3}, []int{1, 2}), slices.Compare([]string{}, []string{"a"}),
		slices.Compare([]float64{nan}, []float64{-1}))
	fmt.Println(slices.CompareFunc([]int{1, 5}, []int{1, 2}, func(a, b int) int { return a - b }))

	rev := []string{"a", "b", "c", "d"}
	slices.Reverse(rev)
	fmt.Println(rev)

	g := slices.Grow([]int{1, 2}, 10)
	fmt.Println(g, len(g), cap(g) >= 12)
	cl := slices.Clip(g)
	fmt.Println(len(cl), cap(cl))
	try("Grow negative", func() { slices.Grow([]int{}, -1) })

	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Concat[[]int]() == nil)

	// Sorting named slice types keeps their type.
	type ages []int
	a := ages{30, 10, 20}
	slices.Sort(a)
	fmt.Printf("%T %v %v\n", a, a, slices.IsSorted(a))
	type label string
	ls := []label{"b", "c", "a"}
	slices.Sort(ls)
	fmt.Println(ls, slices.Max(ls))
	u8 := []uint8{200, 3, 255, 0}
	slices.Sort(u8)
	fmt.Println(u8)
}
