// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"os/exec"
	"runtime"
	"time"
)

// With one processor, a goroutine keeps ticking while another waits for a child: Wait parks
// the goroutine, not the worker thread.
func main() {
	fmt.Println("procs:", runtime.GOMAXPROCS(0))
	ticks := make(chan int)
	stop := make(chan bool)
	go func() {
		n := 0
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				n++
			case <-stop:
				ticks <- n
				return
			}
		}
	}()
	busy := make(chan int)
	go func() {
		// a goroutine computing meanwhile
		s := 0
		for i := 0; i < 3000000; i++ {
			s += i % 7
		}
		busy <- s
	}()
	cmd := exec.Command("sleep", "1")
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	stop <- true
	n := <-ticks
	fmt.Println("wait:", err, elapsed >= time.Second, elapsed < 3*time.Second)
	fmt.Println("ticked while waiting:", n >= 10)
	fmt.Println("computed meanwhile:", <-busy)
}
