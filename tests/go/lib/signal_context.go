package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	fmt.Println(ctx)
	fmt.Println("err before:", ctx.Err())
	go func() {
		time.Sleep(20 * time.Millisecond)
		syscall.Kill(os.Getpid(), syscall.SIGTERM)
	}()
	select {
	case <-ctx.Done():
		fmt.Println("done:", ctx.Err())
	case <-time.After(5 * time.Second):
		fmt.Println("timed out")
	}
	stop()
	stop()

	// stop without a signal cancels too; a child context sees it.
	ctx2, stop2 := signal.NotifyContext(context.Background(), syscall.SIGUSR1)
	child, cancel := context.WithCancel(ctx2)
	defer cancel()
	fmt.Println(ctx2)
	stop2()
	<-child.Done()
	fmt.Println("child:", child.Err())

	// A parent already canceled.
	parent, pcancel := context.WithCancel(context.Background())
	pcancel()
	ctx3, stop3 := signal.NotifyContext(parent)
	defer stop3()
	<-ctx3.Done()
	fmt.Println("parent canceled:", ctx3.Err(), ctx3)
}
