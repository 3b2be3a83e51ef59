package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	// One buffered slot: when empty only the send is ready, when full only the
	// receive, so the same select alternates deterministically.
	ch := make(chan int, 1)
	for i := 0; i < 6; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i, "len", len(ch))
		case v := <-ch:
			fmt.Println("received", v, "len", len(ch))
		}
	}

	// Unbuffered: a goroutine cannot meet itself, so neither case is ready.
	u := make(chan int)
	select {
	case u <- 1:
		fmt.Println("sent to itself (wrong)")
	case v := <-u:
		fmt.Println("received from itself (wrong)", v)
	default:
		fmt.Println("unbuffered: a select cannot pair its own send and receive")
	}

	// Two goroutines running the same select pair up: one sends, the other receives.
	var wg sync.WaitGroup
	var mu sync.Mutex
	var roles []string
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var role string
			select {
			case u <- g:
				role = "sender"
			case <-u:
				role = "receiver"
			}
			mu.Lock()
			roles = append(roles, role)
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	sort.Strings(roles)
	fmt.Println("roles:", roles)

	// Four goroutines: two pairs form, whatever the matching.
	var pairs [2]int
	roles = roles[:0]
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			select {
			case u <- g:
				mu.Lock()
				pairs[0]++
				mu.Unlock()
			case <-u:
				mu.Lock()
				pairs[1]++
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("senders and receivers among four:", pairs)
}
