// error: 11:3: result parameter x not in scope at return
// error: 16:3: result parameter err not in scope at return
// A bare return is not allowed where a named result is shadowed by a local of the same
// name.
package main

func f(n int) (x int, err error) {
	if n > 0 {
		x := n * 2
		_ = x
		return
	}
	if n < 0 {
		err := error(nil)
		_ = err
		return
	}
	return
}

func main() { f(1) }
