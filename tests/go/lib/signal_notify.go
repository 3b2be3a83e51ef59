package main

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

func main() {
	fmt.Println("goroutines before Notify:", runtime.NumGoroutine())
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	fmt.Println("goroutines after Notify:", runtime.NumGoroutine()) // Go's watcher counts

	// The classic graceful shutdown, the signal sent by ourselves.
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	s := <-sig
	fmt.Println("got", s, s == syscall.SIGTERM, s == os.Interrupt)
	fmt.Printf("%T %v %d %#v\n", s, s, s, s)

	// Through os.Process, as another program would.
	p, err := os.FindProcess(os.Getpid())
	fmt.Println(p.Pid == os.Getpid(), err)
	fmt.Println(p.Signal(os.Interrupt))
	s = <-sig
	fmt.Println("got", s, s == os.Interrupt)

	// Two channels for one signal: each gets it.
	c2 := make(chan os.Signal, 1)
	signal.Notify(c2, syscall.SIGUSR1)
	signal.Notify(sig, syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	fmt.Println(<-sig, <-c2)

	// Stop: c2 gets nothing more, sig still does.
	signal.Stop(c2)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	fmt.Println(<-sig)
	select {
	case s := <-c2:
		fmt.Println("unexpected", s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("c2 stopped")
	}

	// The send does not block: a full channel misses the signal.
	full := make(chan os.Signal, 1)
	full <- syscall.SIGHUP
	signal.Notify(full, syscall.SIGUSR2)
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	time.Sleep(50 * time.Millisecond)
	fmt.Println(len(full), <-full)

	// Ignore, Ignored, Reset.
	signal.Ignore(syscall.SIGHUP)
	fmt.Println("ignored:", signal.Ignored(syscall.SIGHUP), signal.Ignored(syscall.SIGUSR2))
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("still here after SIGHUP")
	signal.Reset(syscall.SIGHUP)
	fmt.Println("ignored after Reset:", signal.Ignored(syscall.SIGHUP))

	// Names and kinds.
	fmt.Println(syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGKILL, syscall.SIGQUIT)
	fmt.Println(syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGCHLD, syscall.SIGPIPE, syscall.Signal(0), syscall.Signal(40))
	fmt.Println(os.Interrupt, os.Kill, os.Kill == syscall.SIGKILL)
	var _ os.Signal = syscall.SIGWINCH

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		signal.Notify(nil, os.Interrupt)
	}()
}
