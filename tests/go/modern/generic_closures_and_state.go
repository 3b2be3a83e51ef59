package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Accumulator[T Number](start T) func(T) T {
	total := start
	return func(x T) T {
		total += x
		return total
	}
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

// Generic functions returning closures: each instantiation and each call gets its own
// captured state.
func main() {
	ai := Accumulator(10)
	af := Accumulator(0.5)
	ai(5)
	fmt.Println(ai(1), af(0.25), af(1))
	square, misses := Memo(func(n int) int { return n * n })
	fmt.Println(square(4), square(4), square(5), *misses)
	upper, m2 := Memo(func(s string) []byte { return []byte(s) })
	fmt.Println(string(upper("go")), len(upper("go")), *m2)
}
