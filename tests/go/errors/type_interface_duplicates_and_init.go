// error: 19:2: duplicate method M
// error: 27:5: cannot declare init - must be func
// error: 28:7: cannot declare init - must be func
// error: 29:6: cannot declare main - must be func
// Interfaces embedding methods of one name must agree on their signature (identical ones
// overlap, as in Dup); init, and main in package main, can only be functions.
package main

type I interface {
	M()
}

type J interface {
	M() int
}

type K interface {
	I
	J
}

type Dup interface {
	I
	M()
}

var init = 1
const init = 2
type main struct{}

func main() {}
