package main

import "fmt"

// A byte order mark at the very start of a file is ignored.
func main() {
	fmt.Println("hello despite the BOM")
}
