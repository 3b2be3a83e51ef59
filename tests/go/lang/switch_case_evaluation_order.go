package main

import "fmt"

var trace []string

func val(name string, v int) int {
	trace = append(trace, name)
	return v
}

// Case expressions are evaluated left to right, top to bottom, only until one matches; the
// tag is evaluated once; a switch with no tag tests for true; default may sit anywhere
// and is only taken when nothing matches.
func main() {
	switch val("tag", 3) {
	case val("a", 1), val("b", 2):
		fmt.Println("first")
	default:
		fmt.Println("default")
	case val("c", 3), val("d", 4):
		fmt.Println("second")
	case val("e", 3):
		fmt.Println("third")
	}
	fmt.Println(trace)
	trace = nil
	switch x := val("init", 10); {
	case x > val("p", 20):
		fmt.Println("big")
	case x > val("q", 5):
		fmt.Println("medium")
	}
	fmt.Println(trace)
	trace = nil
	switch val("tag", 9) {
	case val("a", 1):
	default:
		fmt.Println("nothing matched")
	case val("b", 2):
	}
	fmt.Println(trace)
	switch {
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched", s)
	}
}
