// 12_prime_sieve.go: the concurrent prime sieve, Go's classic.
//
// A chain of goroutines where each one is a filter for one prime:
//
//	generate 2,3,4,... ─▶ [drop multiples of 2] ─▶ [drop multiples of 3] ─▶ ...
//
// The first number that comes out of the end of the chain is always a prime
// (nothing before it divides it). main prints it, then adds a new filter for
// that prime at the end of the chain, and reads again.
//
// This program is not the fastest way to find primes. It is a picture of what
// goroutines and channels make cheap: a pipeline that grows while it runs,
// with one goroutine per prime found, all connected by unbuffered channels
// that keep the numbers moving in lock-step.
//
// What to look for: the primes come out in order, and when main stops reading
// the whole chain simply stays blocked; the program ends when main returns.
//
// Run it with: gosub run examples/12_prime_sieve.go
package main

import "fmt"

// generate sends 2, 3, 4, ... forever.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies from in to out every number that prime does not divide.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		n := <-in
		if n%prime != 0 {
			out <- n
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	for i := 1; i <= 20; i++ {
		prime := <-ch
		fmt.Printf("prime %2d: %d\n", i, prime)
		next := make(chan int)
		go filter(ch, next, prime) // the chain grows by one filter
		ch = next
	}
}
