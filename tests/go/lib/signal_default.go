// exit: -15
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Without Notify a signal has its default action: SIGTERM ends the program, as in Go.
// After Notify and Reset too.
func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	fmt.Println("caught:", <-c)
	signal.Reset(syscall.SIGTERM)
	fmt.Println("reset; sending SIGTERM again")
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
