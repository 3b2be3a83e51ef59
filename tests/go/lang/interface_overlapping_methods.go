// An interface may get one method from several embedded interfaces, and declare it too,
// when the signatures are identical (Go 1.14's overlapping interfaces).
package main

import "fmt"

type Reader interface{ Read() string }
type Closer interface{ Close() error }

type ReadCloser interface {
	Reader
	Closer
	Read() string
}

type Both interface {
	ReadCloser
	Reader
}

type file struct{ name string }

func (f file) Read() string  { return "data of " + f.name }
func (f file) Close() error { return nil }

func main() {
	var b Both = file{"x"}
	fmt.Println(b.Read(), b.Close())
	var r Reader = b
	fmt.Println(r.Read())
}
