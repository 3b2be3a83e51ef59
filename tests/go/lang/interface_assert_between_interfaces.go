package main

import (
	"fmt"
	"io"
)

type file struct{ name string }

func (f *file) Read(p []byte) (int, error) { return 0, io.EOF }
func (f *file) Close() error               { return nil }
func (f file) String() string              { return "file " + f.name }

// Asserting from one interface type to another checks the dynamic type's method set: a
// *file is a Reader, Closer and Stringer; a file value is only a Stringer.
func main() {
	var r io.Reader = &file{"a"}
	rc, ok := r.(io.ReadCloser)
	fmt.Println(ok, rc != nil)
	_, ok = r.(io.Writer)
	fmt.Println(ok)
	st, ok := r.(fmt.Stringer)
	fmt.Println(ok, st)
	var v interface{} = file{"b"}
	_, ok = v.(io.Reader)
	st2, ok2 := v.(fmt.Stringer)
	fmt.Println(ok, ok2, st2)
	var none interface{}
	_, ok = none.(fmt.Stringer)
	fmt.Println(ok)
	p, ok := r.(*file)
	fmt.Println(ok, p.name)
	_, ok = r.(interface{ Close() error })
	fmt.Println(ok)
}
