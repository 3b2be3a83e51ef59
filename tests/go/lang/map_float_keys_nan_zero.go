package main

import (
	"fmt"
	"math"
)

// Float map keys compare with ==: +0 and -0 are the same key, and every NaN is a new key
// that can never be found again (but range still produces it).
func main() {
	negZero := math.Copysign(0, -1)
	m := map[float64]string{}
	m[negZero] = "neg"
	m[0] = "pos"
	fmt.Println(len(m), m[0], m[negZero])
	// Storing under an equal key also replaces the stored key: it is +0 now.
	for k := range m {
		fmt.Println(math.Signbit(k), k)
	}

	nan := math.NaN()
	n := map[float64]int{}
	n[nan] = 1
	n[nan] = 2
	n[nan]++
	v, ok := n[nan]
	fmt.Println(len(n), v, ok)
	sum, nans := 0, 0
	for k, val := range n {
		if k != k {
			nans++
		}
		sum += val
	}
	fmt.Println(nans, sum)
	delete(n, nan)
	fmt.Println(len(n))

	type key struct{ f float64 }
	s := map[key]int{{negZero}: 1}
	s[key{0}]++
	fmt.Println(len(s), s[key{0}])
	var i1, i2 interface{} = negZero, 0.0
	im := map[interface{}]int{i1: 1}
	im[i2]++
	fmt.Println(len(im), im[0.0])
}
