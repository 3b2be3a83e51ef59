package main

import "fmt"

func helperRecover() interface{} { return recover() }

func direct() (msg string) {
	defer func() {
		msg = fmt.Sprint("direct: ", recover())
	}()
	panic("one")
}

func viaDeferredHelper() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer caught: ", r)
		}
	}()
	func() {
		defer func() {
			msg = fmt.Sprint("helper got: ", helperRecover())
		}()
		panic("two")
	}()
	return msg + " (not reached)"
}

func deeper() {
	panic("three")
}

func middle() {
	defer fmt.Println("middle's defer runs")
	deeper()
	fmt.Println("not reached")
}

func top() (msg string) {
	defer func() { msg = fmt.Sprint("top caught: ", recover()) }()
	middle()
	return "not reached"
}

// recover only stops a panic when called directly by a deferred function; a panic unwinds
// through frames without deferred recovers, running their defers.
func main() {
	fmt.Println(direct())
	fmt.Println(viaDeferredHelper())
	fmt.Println(top())
}
