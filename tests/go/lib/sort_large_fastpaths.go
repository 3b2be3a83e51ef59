package main

import (
	"fmt"
	"math"
	"sort"
)

// The C fast paths of sort.Ints, Float64s and Strings on large inputs. Floats also check
// where the zeros of each sign land: they compare equal, so only an algorithm identical
// to Go's puts them in the same places.

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func fold(h, v uint64) uint64 { return (h ^ v) * 1099511628211 }

func main() {
	const n = 200000
	ints := make([]int, n)
	for i := range ints {
		ints[i] = int(next()%2000001) - 1000000
	}
	sort.Ints(ints)
	h := uint64(14695981039346656037)
	for _, v := range ints {
		h = fold(h, uint64(v))
	}
	fmt.Println("ints:", sort.IntsAreSorted(ints), ints[0], ints[n/2], ints[n-1], h)

	negz := math.Copysign(0, -1)
	floats := make([]float64, n)
	for i := range floats {
		switch r := next() % 16; {
		case r == 0:
			floats[i] = math.NaN()
		case r < 5:
			floats[i] = negz
		case r < 9:
			floats[i] = 0
		case r == 9:
			floats[i] = math.Inf(int(next()%2)*2 - 1)
		default:
			floats[i] = float64(int64(next()%20001)-10000) / 8
		}
	}
	sort.Float64s(floats)
	h = 14695981039346656037
	nans, zeros := 0, 0
	for i, v := range floats {
		h = fold(h, math.Float64bits(v)^uint64(i))
		if v != v {
			nans++
		}
		if v == 0 {
			zeros++
		}
	}
	fmt.Println("floats:", sort.Float64sAreSorted(floats), nans, zeros, floats[nans], floats[n-1], h)

	// Presorted, reversed and constant inputs take the pattern shortcuts.
	for _, shape := range []string{"ascending", "descending", "constant", "sawtooth"} {
		f := make([]float64, 5000)
		for i := range f {
			switch shape {
			case "ascending":
				f[i] = float64(i / 3)
			case "descending":
				f[i] = float64((5000 - i) / 3)
			case "constant":
				f[i] = 0
			case "sawtooth":
				f[i] = float64(i % 17)
			}
			if f[i] == 0 && i%2 == 1 {
				f[i] = negz
			}
		}
		sort.Float64s(f)
		h = 14695981039346656037
		for _, v := range f {
			h = fold(h, math.Float64bits(v))
		}
		fmt.Println(shape+":", sort.Float64sAreSorted(f), h)
	}

	strs := make([]string, 50000)
	for i := range strs {
		b := make([]byte, 1+next()%6)
		for j := range b {
			b[j] = byte('a' + next()%4)
		}
		strs[i] = string(b)
	}
	sort.Strings(strs)
	h = 14695981039346656037
	for _, s := range strs {
		for j := 0; j < len(s); j++ {
			h = fold(h, uint64(s[j]))
		}
		h = fold(h, 0)
	}
	fmt.Println("strings:", sort.StringsAreSorted(strs), strs[0], strs[len(strs)-1], h)

	// The same data through Sort(Interface) and through Slice give the same order.
	a := append([]int(nil), ints[:0]...)
	for i := 0; i < 3000; i++ {
		a = append(a, int(next()%50))
	}
	b := append([]int(nil), a...)
	sort.Sort(sort.IntSlice(a))
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	same := true
	for i := range a {
		same = same && a[i] == b[i]
	}
	fmt.Println("IntSlice vs Slice:", same, sort.SearchInts(a, 25), sort.SearchInts(a, 100))
}
