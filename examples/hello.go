// hello.go: the first program. Run it with: gosub run examples/hello.go
package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界")
}
