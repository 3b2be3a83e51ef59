package main

import (
	"fmt"
	"math"
	"sort"
)

// NaNs sort first; -0 and 0 compare equal, so where each lands is the algorithm's doing.
func main() {
	nan, inf := math.NaN(), math.Inf(1)
	negz := math.Copysign(0, -1)
	a := []float64{3, negz, nan, -inf, 0, 2.5, nan, negz, inf, -1, 0, 1e-300, -2}
	sort.Float64s(a)
	fmt.Println(a, sort.Float64sAreSorted(a))
	fmt.Println(sort.SearchFloat64s(a, 0), sort.SearchFloat64s(a, 2), sort.SearchFloat64s(a, 100))

	// Many zeros of both signs: a longer run through the quicksort.
	b := make([]float64, 0, 120)
	for i := 0; i < 120; i++ {
		switch i % 5 {
		case 0:
			b = append(b, negz)
		case 1:
			b = append(b, 0)
		case 2:
			b = append(b, float64(i%7)-3)
		case 3:
			b = append(b, negz)
		default:
			b = append(b, float64(i%3))
		}
	}
	sort.Float64s(b)
	signs := make([]byte, 0, len(b))
	for _, v := range b {
		switch {
		case v == 0 && math.Signbit(v):
			signs = append(signs, '-')
		case v == 0:
			signs = append(signs, '+')
		}
	}
	fmt.Println(string(signs))
	fmt.Println(b[:10], b[len(b)-5:])

	c := sort.Float64Slice{2, nan, 1, negz, 0}
	c.Sort()
	fmt.Println(c, c.Search(1), sort.IsSorted(c))
	sort.Sort(sort.Reverse(c))
	fmt.Println(c)
	fmt.Println(sort.Float64sAreSorted([]float64{1, nan}), sort.Float64sAreSorted([]float64{nan, 1}))
}
