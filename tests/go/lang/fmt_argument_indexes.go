package main

import "fmt"

// Explicit argument indexes: %[n]verb, reuse of arguments, indexed width and precision,
// and how the implicit index continues after an explicit one.
func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[1]s %[1]q %[1]x\n", "go")
	fmt.Printf("%[2]v %v %[1]v %v\n", "a", "b")
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[0]d %[x]d\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "three")
	fmt.Printf("%!\n")
	fmt.Printf("%z %-z\n", 3, "s")
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("100%%\n")
	fmt.Printf("end%")
	fmt.Println()
}
