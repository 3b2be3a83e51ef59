package main

import (
	"context"
	"fmt"
	"os/exec"
	"time"
)

func main() {
	// The context ends first: the process is killed.
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := exec.CommandContext(ctx, "sleep", "5").Run()
	fmt.Println(err, ctx.Err(), time.Since(start) < 3*time.Second)

	// The command ends first.
	ctx2, cancel2 := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel2()
	out, err := exec.CommandContext(ctx2, "echo", "quick").Output()
	fmt.Printf("%q %v %v\n", out, err, ctx2.Err())

	// Canceled before Start.
	ctx3, cancel3 := context.WithCancel(context.Background())
	cancel3()
	cmd := exec.CommandContext(ctx3, "echo", "never")
	fmt.Println(cmd.Start(), cmd.Process == nil)

	// Canceled while it runs.
	ctx4, cancel4 := context.WithCancel(context.Background())
	cmd = exec.CommandContext(ctx4, "sleep", "5")
	fmt.Println(cmd.Start())
	go func() {
		time.Sleep(50 * time.Millisecond)
		cancel4()
	}()
	fmt.Println(cmd.Wait(), cmd.ProcessState.ExitCode())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		exec.CommandContext(nil, "true")
	}()
}
