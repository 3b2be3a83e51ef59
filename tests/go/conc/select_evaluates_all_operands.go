package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "value "+name)
	return v
}

func slot(name string, s []int, i int) *int {
	trace = append(trace, "lhs "+name)
	return &s[i]
}

func main() {
	// On entering select, every channel operand and every send value is evaluated
	// once, in source order, whichever case is then chosen. Left-hand sides of
	// receive assignments are evaluated only for the chosen case.
	ready := make(chan int, 1)
	ready <- 7
	blocked := make(chan int) // nobody receives or sends
	dst := make([]int, 2)
	select {
	case blocked <- val("a", 1):
		fmt.Println("sent a (wrong)")
	case *slot("b", dst, 0) = <-ch("b", ready):
		fmt.Println("received into dst[0]:", dst[0])
	case ch("c", blocked) <- val("c", 3):
		fmt.Println("sent c (wrong)")
	case *slot("d", dst, 1) = <-ch("d", blocked):
		fmt.Println("received d (wrong)")
	}
	for _, t := range trace {
		fmt.Println(" ", t)
	}

	// Even with a default, the operands are evaluated first.
	trace = nil
	var nilCh chan int
	select {
	case ch("nil", nilCh) <- val("nil", 9):
		fmt.Println("sent on nil (wrong)")
	default:
		fmt.Println("default taken after evaluating:", trace)
	}

	// A send value is evaluated even if the channel is nil and the case can never run.
	trace = nil
	select {
	case nilCh <- val("x", 1):
	case v := <-ch("ready", ready):
		fmt.Println("unreachable", v)
	default:
	}
	fmt.Println("evaluated:", trace)
}
