// go: skip (Go 1.19 seeds the top-level source with 1, Go 1.20+ at random; the lines after
// the first were checked with Go 1.19)
package main

import (
	"fmt"
	"math/rand"
)

// Unseeded, the top-level functions do not follow Seed(1)'s sequence (Go 1.20 and later);
// Seed makes them deterministic again.
func main() {
	first := []int64{rand.Int63(), rand.Int63(), rand.Int63()}
	fixed := rand.New(rand.NewSource(1))
	fmt.Println("unseeded is Seed(1):", first[0] == fixed.Int63() && first[1] == fixed.Int63())
	rand.Seed(1)
	fmt.Println(rand.Int63(), rand.Intn(100))
	b := make([]byte, 4)
	rand.Read(b)
	fmt.Println(len(b))
}
