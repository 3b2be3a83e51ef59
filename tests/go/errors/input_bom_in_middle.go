// error: 9:2: invalid BOM in the middle of the file
// A byte order mark is only allowed as the very first character of a file.
package main

import "fmt"

func main() {
	fmt.Println("before")
	﻿fmt.Println("after")
}
