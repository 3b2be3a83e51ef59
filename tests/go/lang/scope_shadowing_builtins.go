package main

import "fmt"

var x = "package"

// Predeclared identifiers (len, true, nil, int, string, ...) are ordinary names in the
// universe block and can be shadowed; if/else-if init variables are visible in later
// branches; each block opens a scope.
func main() {
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	{
		true := false
		fmt.Println(true)
	}
	fmt.Println(true)
	{
		type int = string
		var v int = "now a string"
		fmt.Println(v)
	}
	if a := 1; a > 5 {
		fmt.Println("no")
	} else if b := a * 10; b > 5 {
		fmt.Println("a and b visible:", a, b)
	} else {
		fmt.Println(a, b)
	}
	fmt.Println(x)
	x := "local"
	{
		x := x + " shadow"
		fmt.Println(x)
	}
	fmt.Println(x)
	for x := 0; x < 1; x++ {
		x := "body"
		fmt.Println(x)
	}
	switch x := 5; x {
	case 5:
		x := "case"
		fmt.Println(x)
	}
	fmt.Println(x)
}
