// Builder.Grow and Repeat past Go's limit on one allocation panic as Go's makeslice does
// (beside builder_grow_alloc_fails_silently.go), whatever the sizes, overflowing ones included.
package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	try("repeat", func() { _ = strings.Repeat("ab", 1<<50) })
	try("grow62", func() { var b strings.Builder; b.Grow(1 << 62) })
	try("grow48", func() { var b strings.Builder; b.Grow(1<<48 + 1) })
	try("growmax", func() { var b strings.Builder; b.WriteString("abc"); b.Grow(1<<63 - 1) })
	try("grow-1", func() { var b strings.Builder; b.Grow(-1) })
	var b strings.Builder
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 100)
}
