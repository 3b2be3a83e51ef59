// error: 14:6: cannot use ... in call to non-variadic sum
// error: 15:18: too many arguments in call to variadic
// error: 16:15: cannot use s (variable of type []int) as
// error: 17:16: cannot use s (variable of type []int) as
// s... may only be passed to a final variadic parameter, alone; a slice is not an element.
package main

func sum(a, b int) int { return a + b }

func variadic(xs ...int) int { return len(xs) }

func main() {
	s := []int{1, 2}
	_ = sum(s...)
	_ = variadic(1, s...)
	_ = variadic(s)
	_ = append(s, s)
}
