// regexp: RE2's matching takes time linear in the text, so patterns that make a
// backtracking engine take exponential time finish at once.
// timeout: 20
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	a30 := strings.Repeat("a", 30)
	fmt.Println(regexp.MustCompile(`(a*)*b`).MatchString(a30))
	fmt.Println(regexp.MustCompile(`(a*)*b`).FindStringSubmatchIndex(a30))
	fmt.Println(regexp.MustCompile(`(a|aa)+$`).FindStringSubmatchIndex(a30 + "!"))
	fmt.Println(regexp.MustCompile(`(a*)*$`).FindStringSubmatchIndex(a30))
	fmt.Println(regexp.MustCompile(`(x+x+)+y`).MatchString(strings.Repeat("x", 20000)))
	fmt.Println(regexp.MustCompile(`^(\w+\s?)*$`).MatchString(strings.Repeat("word ", 5000) + "!"))
	big := strings.Repeat("ab", 200000)
	fmt.Println(len(regexp.MustCompile(`a`).FindAllStringIndex(big, -1)))
	fmt.Println(len(regexp.MustCompile(`b*`).ReplaceAllString(big, "")))
}
