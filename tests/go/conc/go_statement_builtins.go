package main

import (
	"fmt"
	"strconv"
	"sync"
)

type counter struct{ n int }

var pairs = make(chan int)

func (c counter) report(out chan<- string)   { out <- "value receiver saw " + strconv.Itoa(c.n) }
func (c *counter) bump(wg *sync.WaitGroup)   { c.n++; wg.Done() }
func pair(a, b int)                          { pairs <- a*10 + b }
func twoResults(out chan<- int) (int, error) { out <- 7; return 0, nil }

func main() {
	// Some built-ins may be called in a go statement: close and copy do their
	// work in the new goroutine.
	done := make(chan struct{})
	go close(done)
	<-done
	fmt.Println("go close(done) closed it")

	src := []int{1, 2, 3}
	dst := make([]int, 3)
	finished := make(chan bool)
	go func() {
		copy(dst, src) // the same through a closure, to know when it has run
		finished <- true
	}()
	<-finished
	fmt.Println("copied:", dst)

	// Results of a function started with go are discarded.
	out := make(chan int)
	go twoResults(out)
	go strconv.Itoa(5) // allowed; the result goes nowhere
	fmt.Println("twoResults sent", <-out)

	// The receiver of a method value is evaluated (and copied) at the go statement.
	c := counter{n: 1}
	msgs := make(chan string)
	gate := make(chan bool)
	go func(f func(chan<- string)) {
		<-gate
		f(msgs)
	}(c.report)
	c.n = 99
	close(gate)
	fmt.Println(<-msgs, "while c.n is", c.n)

	// A pointer receiver is shared.
	var wg sync.WaitGroup
	p := &counter{}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go p.bump(&wg)
		wg.Wait()
	}
	fmt.Println("bumped through a pointer:", p.n)

	// Multiple results passed straight into a goroutine's parameters.
	split := func() (int, int) { return 4, 2 }
	go pair(split())
	fmt.Println("pair:", <-pairs)
}
