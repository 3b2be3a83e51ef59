package main

import (
	"fmt"
	"sort"
)

// Unstable sorts of records with few distinct keys: the order of equal keys is whatever
// Go's pdqsort leaves, so it must be reproduced step for step.

type rec struct {
	key, id int
}

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

func gen(n, keys, pattern int) []rec {
	r := make([]rec, n)
	for i := range r {
		var k int
		switch pattern {
		case 0: // random
			k = rnd(keys)
		case 1: // ascending runs
			k = i * keys / n
		case 2: // descending
			k = (n - 1 - i) * keys / n
		case 3: // sawtooth
			k = i % keys
		case 4: // organ pipe
			if i < n/2 {
				k = i % keys
			} else {
				k = (n - i) % keys
			}
		case 5: // nearly sorted: ascending with a few random swaps below
			k = i * keys / n
		}
		r[i] = rec{k, i}
	}
	if pattern == 5 {
		for s := 0; s < 3; s++ {
			i, j := rnd(n), rnd(n)
			r[i], r[j] = r[j], r[i]
		}
	}
	return r
}

// digest folds the ids in order into one number, so big results stay short.
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

type byKey struct {
	r     []rec
	less  *int
	swaps *int
}

func (b byKey) Len() int           { return len(b.r) }
func (b byKey) Less(i, j int) bool { *b.less++; return b.r[i].key < b.r[j].key }
func (b byKey) Swap(i, j int)      { *b.swaps++; b.r[i], b.r[j] = b.r[j], b.r[i] }

func main() {
	small := gen(40, 3, 0)
	sort.Slice(small, func(i, j int) bool { return small[i].key < small[j].key })
	fmt.Println(ids(small))

	for _, n := range []int{13, 49, 50, 64, 200, 1000, 5000} {
		for pattern := 0; pattern < 6; pattern++ {
			for _, keys := range []int{2, 7, 1000} {
				orig := gen(n, keys, pattern)
				a := append([]rec(nil), orig...)
				calls := 0
				sort.Slice(a, func(i, j int) bool { calls++; return a[i].key < a[j].key })
				ok := sort.SliceIsSorted(a, func(i, j int) bool { return a[i].key < a[j].key })

				b := append([]rec(nil), orig...)
				var less, swaps int
				sort.Sort(byKey{b, &less, &swaps})

				c := append([]rec(nil), orig...)
				var sl, ss int
				sort.Stable(byKey{c, &sl, &ss})
				d := append([]rec(nil), orig...)
				sort.SliceStable(d, func(i, j int) bool { return d[i].key < d[j].key })

				fmt.Printf("n=%d p=%d k=%d slice=%x/%d sort=%x/%d/%d stable=%x/%d/%d same=%v %v\n",
					n, pattern, keys, digest(a), calls, digest(b), less, swaps,
					digest(c), sl, ss, digest(c) == digest(d), ok)
			}
		}
	}

	// A descending comparator with ties, shown whole.
	e := gen(60, 4, 3)
	sort.Slice(e, func(i, j int) bool { return e[i].key > e[j].key })
	fmt.Println(ids(e))
	sort.Sort(sort.Reverse(byKey{e, new(int), new(int)}))
	fmt.Println(ids(e))
}
