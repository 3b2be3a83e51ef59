package main

import (
	"errors"
	"fmt"
)

// The scanners' own errors are errors.New's: *errors.errorString, distinct values with the
// message Go gives, never nil.
func main() {
	var x int
	_, err := fmt.Sscanf("abc", "%d", &x)
	fmt.Printf("%T %v %v\n", err, err, err != nil)
	_, err2 := fmt.Sscanf("abc", "%d", &x)
	fmt.Println(err == err2, err.Error() == err2.Error())
	var s string
	n, err := fmt.Sscanf("a b", "%s %d", &s, &x)
	fmt.Printf("%d %q %T %v\n", n, s, err, err)
	fmt.Println(errors.Unwrap(err) == nil)
	var y int
	_, err = fmt.Sscan("", &y)
	fmt.Printf("%T %v\n", err, err)
}
