package main

import "fmt"

func multi() (log []string) {
	defer func() {
		r := recover()
		log = append(log, fmt.Sprint("final recover: ", r))
	}()
	defer func() {
		panic("from second defer")
	}()
	defer func() {
		log = append(log, "first defer runs during panic")
	}()
	panic("original")
}

func recoverTwice() (out string) {
	defer func() {
		out += fmt.Sprint(" | second: ", recover())
	}()
	defer func() {
		out += fmt.Sprint("first: ", recover())
	}()
	panic("once")
}

// A panic raised while deferred calls run for an earlier panic replaces it; after a recover
// the panic is over, so a second recover returns nil.
func main() {
	for _, l := range multi() {
		fmt.Println(l)
	}
	fmt.Println(recoverTwice())
}
