package main

import "fmt"

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func nested() (s string) {
	defer func() { s += " outer" }()
	func() {
		defer func() { s += " inner" }()
		s = "start"
	}()
	s += " middle"
	return s
}

func early(n int) (out []string) {
	defer func() { out = append(out, "cleanup") }()
	if n > 0 {
		return []string{"early"}
	}
	out = append(out, "late")
	return
}

// Defers run when the function returns (not at the end of a block), last-in first-out;
// they run after the result values are set and can change named results.
func main() {
	loop()
	fmt.Println(nested())
	fmt.Println(early(1), early(0))
}
