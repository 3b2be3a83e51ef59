package main

import (
	"errors"
	"fmt"
	"strconv"
)

func pair() (int, string) { return 7, "seven" }

func takes(n int, s string) string { return strconv.Itoa(n) + "=" + s }

func forward() (int, string) { return pair() }

func variadic(xs ...interface{}) int { return len(xs) }

func parse(s string) (n int, err error) {
	n, err = strconv.Atoi(s)
	if err != nil {
		return 0, errors.New("bad number " + strconv.Quote(s))
	}
	return
}

func minmax(xs ...int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

// A call returning several values can be passed straight to a function taking exactly
// those parameters (or a variadic one) and returned from a function with the same results.
func main() {
	fmt.Println(takes(pair()))
	fmt.Println(forward())
	fmt.Println(variadic(pair()))
	fmt.Println(pair())
	n, err := parse("12")
	fmt.Println(n, err)
	n, err = parse("x1")
	fmt.Println(n, err)
	lo, hi := minmax(3, -1, 8, 0)
	fmt.Println(lo, hi)
	_, hi = minmax(5)
	fmt.Println(hi)
}
