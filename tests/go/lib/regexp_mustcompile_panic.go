// regexp: MustCompile of a bad pattern panics with Go's message and exit status 2.
// exit: 2
// stderr: panic: regexp: Compile(`x(?P<1>[`): error parsing regexp: missing closing ]: `[`
package main

import (
	"fmt"
	"regexp"
)

var ok = regexp.MustCompile(`^\w+$`)

func main() {
	fmt.Println(ok.MatchString("fine"))
	regexp.MustCompile(`x(?P<1>[`)
	fmt.Println("not reached")
}
