// env: GOMAXPROCS=1
package main

// A String method called by fmt (a native calling back into Go) sleeps: its thread waits
// and hands the P on. Meanwhile a spinner holds the P; when the sleep ends, the String
// method must get a P back at the spinner's next preemption.

import (
	"fmt"
	"time"
)

var n int

type T int

func (t T) String() string {
	time.Sleep(time.Millisecond)
	return fmt.Sprintf("T(%d)", int(t))
}

func main() {
	go func() {
		for {
			n++
		}
	}()
	time.Sleep(time.Millisecond)
	fmt.Println(T(1), T(2))
}
