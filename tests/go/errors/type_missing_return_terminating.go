// error: 20:1: missing return
// error: 27:1: missing return
// error: 54:1: missing return
// error: 63:1: missing return
// A function with results must end in a terminating statement: an infinite for without
// break, a switch with default whose clauses all terminate, if/else both terminating,
// panic, select{}, goto. A loop that can break, a switch without default, an if without
// else, or a labelled break out of the loop are not terminating.
package main

func forever() int {
	for {
	}
}

func loopWithBreak() int {
	for {
		break
	}
}

func switchNoDefault(n int) int {
	switch n {
	case 1:
		return 1
	}
}

func switchDefault(n int) int {
	switch n {
	case 1:
		return 1
	default:
		return 0
	}
}

func panics() int {
	panic("x")
}

func ifElse(b bool) int {
	if b {
		return 1
	} else {
		return 2
	}
}

func ifNoElse(b bool) int {
	if b {
		return 1
	}
}

func labelled() int {
outer:
	for {
		for {
			break outer
		}
	}
}

func selectForever() int {
	select {}
}

func gotoLoop() int {
top:
	goto top
}

func main() {}
