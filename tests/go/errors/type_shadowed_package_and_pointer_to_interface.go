// error: 16:6: fmt.Println undefined (type int has no field or method Println)
// error: 19:4: p.Read undefined (type *io.Reader is pointer to interface, not interface)
// A local variable named like a package hides the package; methods of an interface are
// not in the method set of a pointer to it.
package main

import (
	"fmt"
	"io"
)

var _ = fmt.Sprint

func main() {
	fmt := 1
	fmt.Println("x")
	var r io.Reader
	p := &r
	p.Read(nil)
}
