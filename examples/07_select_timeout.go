// 07_select_timeout.go: wait on several channels at once with select.
//
// `select` is like a switch whose cases are channel operations. It blocks
// until one of the cases can proceed, then runs that case. If several are
// ready at the same moment, it picks one at random, so no channel is
// favoured. Two idioms:
//
//   - Multiplexing: receive from whichever of two channels has a value. When a
//     channel is closed and drained, set the variable to nil: a nil channel is
//     never ready, so that case is switched off.
//   - Timeout: time.After(d) returns a channel that receives a value after d.
//     Put it in a select next to the real work, and whichever comes first wins.
//
// What to look for: the merged messages arrive interleaved in a different
// order each run, so the program collects them per source and prints them
// afterwards; each source's messages stay in their own order. Then one fast
// request beats its timeout and one slow request loses to it.
//
// Run it with: gosub run examples/07_select_timeout.go
package main

import (
	"fmt"
	"time"
)

func source(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return ch
}

// request answers after delay, on a channel with room for the answer, so the
// answering goroutine never gets stuck if nobody is listening any more.
func request(delay time.Duration) <-chan string {
	reply := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		reply <- "reply after " + delay.String()
	}()
	return reply
}

func main() {
	// Multiplexing two channels until both are closed.
	news, sport := source("news", 3), source("sport", 4)
	var fromNews, fromSport []string
	for news != nil || sport != nil {
		select {
		case m, ok := <-news:
			if !ok {
				news = nil // closed: switch this case off
				continue
			}
			fromNews = append(fromNews, m)
		case m, ok := <-sport:
			if !ok {
				sport = nil
				continue
			}
			fromSport = append(fromSport, m)
		}
	}
	fmt.Println("from news: ", fromNews)
	fmt.Println("from sport:", fromSport)

	// A timeout: at most 500ms for a reply that takes 10ms.
	select {
	case r := <-request(10 * time.Millisecond):
		fmt.Println("fast request:", r)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("fast request: timed out")
	}

	// Now at most 50ms for a reply that takes a whole second.
	select {
	case r := <-request(time.Second):
		fmt.Println("slow request:", r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("slow request: timed out after 50ms, gave up")
	}
}
