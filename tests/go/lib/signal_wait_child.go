package main

import (
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"syscall"
)

// Waiting for a signal is not a deadlock: here only another process can wake us (no timer,
// no other goroutine), and it does.
func main() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGUSR1)
	script := "sleep 0.2; kill -USR1 " + strconv.Itoa(os.Getpid())
	p, err := os.StartProcess("/bin/sh", []string{"sh", "-c", script},
		&os.ProcAttr{Files: []*os.File{os.Stdin, os.Stdout, os.Stderr}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("waiting for", <-sig)
	fmt.Println(p.Wait())
}
