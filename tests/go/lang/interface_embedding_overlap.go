package main

import "fmt"

type Reader interface{ Read() string }
type Closer interface{ Close() string }
type ReadCloser interface {
	Reader
	Closer
}
type CloseReporter interface {
	Closer
	Report() string
}

// Overlapping embedded methods (Close via two paths) are allowed since Go 1.14.
type Everything interface {
	ReadCloser
	CloseReporter
}

type dev struct{ id int }

func (d dev) Read() string   { return fmt.Sprint("read ", d.id) }
func (d dev) Close() string  { return fmt.Sprint("close ", d.id) }
func (d dev) Report() string { return fmt.Sprint("report ", d.id) }

func main() {
	var e Everything = dev{1}
	fmt.Println(e.Read(), e.Close(), e.Report())
	var rc ReadCloser = e
	var c Closer = rc
	fmt.Println(c.Close())
	_, ok := c.(Everything)
	fmt.Println(ok)
	var empty interface{} = c
	_, ok = empty.(CloseReporter)
	fmt.Println(ok)
}
