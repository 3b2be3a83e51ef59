// go: skip
// error: 18:8: b.buf undefined (type strings.Builder has no field or method buf)
// error: 19:8: r.s undefined (type strings.Reader has no field or method s)
// error: 20:22: unknown field buf in struct literal of type strings.Builder
// error: 21:21: implicit assignment to unexported field s in struct literal of type strings.Reader
// error: 21:26: implicit assignment to unexported field i in struct literal of type strings.Reader
// The unexported fields of another package's types cannot be read, set in a literal by name,
// or set implicitly by position. Go 1.19 words the last three "unknown field 'buf' in struct
// literal of type strings.Builder" and "implicit assignment to unexported field s in
// strings.Reader literal"; Go 1.20 and later as here (the positions checked with Go 1.19).
package main

import "strings"

func main() {
	var b strings.Builder
	var r strings.Reader
	_ = b.buf
	_ = r.s
	_ = strings.Builder{buf: "x"}
	_ = strings.Reader{"x", 0, 0}
	b.WriteString("ok")
}
