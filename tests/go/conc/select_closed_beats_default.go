package main

import "fmt"

func main() {
	// A receive from a closed channel is always ready, so default never runs.
	closed := make(chan int)
	close(closed)
	defaults, zeros := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case v, ok := <-closed:
			if v == 0 && !ok {
				zeros++
			}
		default:
			defaults++
		}
	}
	fmt.Println("closed case:", zeros, "default:", defaults)

	// Buffered values come first, then the zero value with ok == false.
	b := make(chan string, 2)
	b <- "x"
	b <- "y"
	close(b)
	for i := 0; i < 4; i++ {
		select {
		case s, ok := <-b:
			fmt.Printf("got %q %v\n", s, ok)
		default:
			fmt.Println("default (wrong)")
		}
	}

	// With two ready cases and a default, only the ready cases are taken.
	r1 := make(chan int)
	r2 := make(chan int, 1)
	close(r1)
	took1, took2, def := 0, 0, 0
	for i := 0; i < 2000; i++ {
		if len(r2) == 0 {
			r2 <- 1
		}
		select {
		case <-r1:
			took1++
		case <-r2:
			took2++
		default:
			def++
		}
	}
	fmt.Println("both ready cases taken:", took1 > 0 && took2 > 0, "total:", took1+took2, "default:", def)

	// A nil channel and a closed one: the closed one is chosen every time.
	var nilCh chan int
	fromClosed := 0
	for i := 0; i < 100; i++ {
		select {
		case <-nilCh:
		case <-closed:
			fromClosed++
		}
	}
	fmt.Println("closed beats nil:", fromClosed)
}
