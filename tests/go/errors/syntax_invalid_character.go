// error: 6:9: invalid character U+0040 '@'
// A character that is not part of any token is reported with its code point.
package main

func main() {
	x := 1 @ 2
	_ = x
}
