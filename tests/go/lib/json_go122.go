// go: skip
package main

// Go 1.22 writes \b and \f in strings as short escapes (Go 1.19 wrote \u0008 and \u000c);
// expectation derived by hand from the Go 1.22 release notes.

import (
	"encoding/json"
	"fmt"
)

func main() {
	b, err := json.Marshal("\b\f\x00\t")
	fmt.Println(string(b), err)
	var s string
	fmt.Println(json.Unmarshal(b, &s), s == "\b\f\x00\t")
}
