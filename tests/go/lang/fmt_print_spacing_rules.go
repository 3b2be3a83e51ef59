package main

import (
	"fmt"
	"os"
)

type S string

// Print adds a space between operands only when neither is a string; Println always
// separates and ends with a newline; Sprint of a named string type counts as a string.
// Printf, Print and Println return the number of bytes written.
func main() {
	fmt.Print("a", 1, 2, "b", 3.5, true, false, "\n")
	fmt.Print(S("x"), 1, S("y"), "\n")
	fmt.Print(1, []int{2}, 3, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Println("a", 1, 2, "b")
	s := fmt.Sprint(1, 2, "three", 4, 5)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
	n, err := fmt.Println("héllo")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d|%s\n", 12, "日本")
	fmt.Println(n)
	n, _ = fmt.Fprint(os.Stdout, "abc", 1, 2, "\n")
	fmt.Println(n)
}
