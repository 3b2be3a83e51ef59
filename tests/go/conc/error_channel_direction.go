// error: 10: invalid operation: cannot receive from send-only channel out (variable of type chan<- int)
// error: 11:17: cannot range over out (variable of type chan<- int)
// error: 17:2: invalid operation: cannot send to receive-only channel in (variable of type <-chan int)
// error: 18:8: invalid operation: cannot close receive-only channel in (variable of type <-chan int)
// error: 24:21: cannot use r (variable of type <-chan int) as
// error: 28: select case must be send or receive (possibly with assignment)
package main

func producer(out chan<- int) {
	_ = <-out
	for x := range out {
		_ = x
	}
}

func consumer(in <-chan int) {
	in <- 1
	close(in)
}

func main() {
	ch := make(chan int)
	var r <-chan int = ch
	var s chan<- int = r
	go producer(s)
	go consumer(ch)
	select {
	case len(ch) > 0:
	}
}
