// go: skip
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// slices.SortFunc is Go's pdqsort: elements with equal keys end up where Go puts them.
// (Expectation derived with Go 1.19's sort.Slice / sort.SliceStable / sort.Float64s, which
// run the same algorithms step for step.)

type rec struct {
	key, id int
}

var seed uint32 = 2024

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

func gen(n, keys, pattern int) []rec {
	r := make([]rec, n)
	for i := range r {
		var k int
		switch pattern {
		case 0:
			k = rnd(keys)
		case 1:
			k = i * keys / n
		case 2:
			k = (n - 1 - i) * keys / n
		default:
			k = i % keys
		}
		r[i] = rec{k, i}
	}
	return r
}

func digest(r []rec) uint64 {
	h := uint64(14695981039346656037)
	for _, x := range r {
		h = (h ^ uint64(x.id)) * 1099511628211
	}
	return h
}

func ids(r []rec) []int {
	out := make([]int, len(r))
	for i, x := range r {
		out[i] = x.id
	}
	return out
}

func byKey(a, b rec) int { return a.key - b.key }

func signs(f []float64) string {
	var b strings.Builder
	for _, v := range f {
		switch {
		case v != v:
			b.WriteByte('N')
		case v == 0 && math.Signbit(v):
			b.WriteByte('-')
		case v == 0:
			b.WriteByte('+')
		}
	}
	return b.String()
}

func main() {
	small := gen(30, 3, 0)
	slices.SortFunc(small, byKey)
	fmt.Println(ids(small))
	stable := gen(30, 3, 0)
	slices.SortStableFunc(stable, byKey)
	fmt.Println(ids(stable))

	for _, n := range []int{12, 13, 50, 300, 2000} {
		for pattern := 0; pattern < 4; pattern++ {
			for _, keys := range []int{2, 9} {
				a := gen(n, keys, pattern)
				calls := 0
				slices.SortFunc(a, func(x, y rec) int { calls++; return byKey(x, y) })
				b := gen(n, keys, pattern)
				slices.SortStableFunc(b, byKey)
				fmt.Printf("n=%d p=%d k=%d unstable=%x/%d stable=%x sorted=%v\n", n, pattern, keys,
					digest(a), calls, digest(b), slices.IsSortedFunc(a, byKey))
			}
		}
	}

	// Descending order with ties.
	d := gen(40, 4, 3)
	slices.SortFunc(d, func(x, y rec) int { return y.key - x.key })
	fmt.Println(ids(d))

	// Floats: NaNs first, then -0 and +0 wherever the algorithm leaves them.
	negz := math.Copysign(0, -1)
	f := make([]float64, 0, 200)
	for i := 0; i < 200; i++ {
		switch i % 6 {
		case 0, 3:
			f = append(f, negz)
		case 1:
			f = append(f, 0)
		case 2:
			f = append(f, float64(i%11)-5)
		case 4:
			f = append(f, math.NaN())
		default:
			f = append(f, float64(i%4))
		}
	}
	f32 := make([]float32, len(f))
	for i, v := range f {
		f32[i] = float32(v)
	}
	slices.Sort(f)
	fmt.Println(signs(f), slices.IsSorted(f))
	slices.Sort(f32)
	f64 := make([]float64, len(f32))
	for i, v := range f32 {
		f64[i] = float64(v)
	}
	fmt.Println(signs(f64), slices.IsSorted(f32))

	// Binary search finds the first of equal elements.
	keys := []int{1, 3, 3, 3, 5, 8, 8}
	for _, t := range []int{0, 3, 4, 8, 9} {
		i, found := slices.BinarySearch(keys, t)
		fmt.Print(t, ":", i, found, " ")
	}
	fmt.Println()
	fs := []float64{math.NaN(), math.NaN(), -1, 0, 2}
	i, found := slices.BinarySearch(fs, math.NaN())
	j, found2 := slices.BinarySearch(fs, negz)
	fmt.Println(i, found, j, found2)
	recs := gen(20, 5, 1)
	i, found = slices.BinarySearchFunc(recs, 3, func(r rec, k int) int { return r.key - k })
	fmt.Println(i, found, recs[i])
	i, found = slices.BinarySearchFunc(recs, 7, func(r rec, k int) int { return r.key - k })
	fmt.Println(i, found)

	// Min and Max: NaN wins; MinFunc and MaxFunc return the first of equals.
	fmt.Println(slices.Min([]float64{3, 1, math.NaN(), 0}), slices.Max([]float64{3, math.NaN()}))
	fmt.Println(math.Signbit(slices.Min([]float64{0, negz})), math.Signbit(slices.Max([]float64{negz, 0})))
	fmt.Println(slices.Min([]string{"pear", "apple", "fig"}), slices.Max([]int{-4, 9, 2, 9}))
	rs := []rec{{2, 0}, {1, 1}, {3, 2}, {1, 3}, {3, 4}}
	fmt.Println(slices.MinFunc(rs, byKey), slices.MaxFunc(rs, byKey))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		slices.Min([]int{})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		slices.MaxFunc([]rec(nil), byKey)
	}()
}
