package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stop:", t.Stop(), t.Stop())
	fmt.Println("reset:", t.Reset(10*time.Millisecond))
	v := <-t.C
	fmt.Println("fired:", !v.IsZero(), t.Stop(), t.Reset(time.Hour), t.Stop())
	select {
	case <-t.C:
		fmt.Println("unexpected")
	default:
		fmt.Println("drained")
	}

	// A fired timer not drained keeps its value across Reset (pre-Go 1.23 timers).
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("reset fired:", t2.Reset(time.Hour))
	select {
	case <-t2.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no value")
	}
	t2.Stop()

	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	wg.Add(1)
	a := time.AfterFunc(10*time.Millisecond, func() {
		mu.Lock()
		log = append(log, "afterfunc ran")
		mu.Unlock()
		wg.Done()
	})
	fmt.Println("C nil:", a.C == nil)
	wg.Wait()
	fmt.Println(log, a.Stop())
	ran := make(chan string, 1)
	b := time.AfterFunc(time.Hour, func() { ran <- "rearmed func ran" })
	fmt.Println("stop af:", b.Stop())
	fmt.Println("reset af:", b.Reset(5*time.Millisecond))
	fmt.Println(<-ran)

	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Reset(5 * time.Millisecond)
		}
		if n == 5 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	start := time.Now()
	<-time.After(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("after ok:", el >= 20*time.Millisecond, el < 2*time.Second)
	fmt.Println("until:", time.Until(start.Add(time.Hour)) > 59*time.Minute)
	c := time.Tick(5 * time.Millisecond)
	<-c
	<-c
	fmt.Println("tick ok")
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
