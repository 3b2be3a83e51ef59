// error: 10:21: missing key in map literal
// error: 12:8: defer discards result of len(s)
// error: 13:19: index 2 is out of bounds
// A map literal needs key: value pairs; a deferred call of a built-in must not produce a
// value that would be discarded; an array literal cannot have more elements than its
// length.
package main

func main() {
	_ = map[string]int{1}
	s := []int{1}
	defer len(s)
	_ = [2]int{1, 2, 3}
}
