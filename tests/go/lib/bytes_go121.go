// go: skip (ContainsFunc, CutPrefix, CutSuffix and Clone are Go 1.20/1.21; output by hand)
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(bytes.ContainsFunc([]byte("ab1"), unicode.IsDigit), bytes.ContainsFunc([]byte("ab"), unicode.IsDigit))
	rest, ok := bytes.CutPrefix([]byte("prefix-body"), []byte("prefix-"))
	fmt.Println(string(rest), ok)
	rest, ok = bytes.CutPrefix([]byte("body"), []byte("x"))
	fmt.Println(string(rest), ok)
	rest, ok = bytes.CutSuffix([]byte("body.go"), []byte(".go"))
	fmt.Println(string(rest), ok)
	c := bytes.Clone([]byte("abc"))
	fmt.Println(string(c), bytes.Clone(nil) == nil, len(bytes.Clone([]byte{})), bytes.Clone([]byte{}) != nil)
	var buf bytes.Buffer
	buf.Grow(10)
	fmt.Println(buf.Available(), len(buf.AvailableBuffer()), cap(buf.AvailableBuffer()))
	buf.Write(strconvAppend(buf.AvailableBuffer()))
	fmt.Println(buf.String(), buf.Available())
}

func strconvAppend(b []byte) []byte { return append(b, "42"...) }
