package main

import (
	"fmt"
	"time"
)

func main() {
	// A ticker never queues up ticks: a receiver that sleeps through many
	// periods finds one tick waiting, not a backlog.
	tk := time.NewTicker(10 * time.Millisecond)
	time.Sleep(75 * time.Millisecond)
	waiting := 0
	for {
		select {
		case <-tk.C:
			waiting++
			continue
		default:
		}
		break
	}
	fmt.Println("ticks waiting after sleeping through seven periods:", waiting)
	<-tk.C // the ticker goes on
	fmt.Println("next tick arrived")
	tk.Stop()

	// Ticks carry increasing times.
	tk2 := time.NewTicker(5 * time.Millisecond)
	prev := <-tk2.C
	increasing := true
	for i := 0; i < 5; i++ {
		now := <-tk2.C
		if !now.After(prev) {
			increasing = false
		}
		prev = now
	}
	tk2.Stop()
	fmt.Println("tick times increase:", increasing)

	// time.Tick is a ticker's channel without the ticker.
	start := time.Now()
	c := time.Tick(5 * time.Millisecond)
	for i := 0; i < 4; i++ {
		<-c
	}
	fmt.Println("four ticks of 5ms took at least 20ms:", time.Since(start) >= 20*time.Millisecond)
}
