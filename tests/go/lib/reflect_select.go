// reflect.Select: sends, receives, default, nil and invalid channels, blocking until a case
// is ready, and Go's panics for malformed cases.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type big struct {
	a, b int
	s    string
}

func try(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func main() {
	ci := make(chan int, 1)
	cs := make(chan string, 1)
	cb := make(chan big, 1)
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ci)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(cs)},
		{Dir: reflect.SelectDefault},
	}
	chosen, v, ok := reflect.Select(cases)
	fmt.Println(chosen, v.IsValid(), ok)
	cs <- "hello"
	chosen, v, ok = reflect.Select(cases)
	fmt.Println(chosen, v, ok)
	close(ci)
	chosen, v, ok = reflect.Select(cases)
	fmt.Println(chosen, v, ok)

	// sends: only the one with room can proceed
	full := make(chan int)
	chosen, v, ok = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(full), Send: reflect.ValueOf(1)},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(cb), Send: reflect.ValueOf(big{1, 2, "x"})},
	})
	fmt.Println(chosen, v.IsValid(), ok, <-cb)

	// nil and zero channels are never ready; blocking until a goroutine sends
	var nilc chan int
	ready := make(chan big)
	go func() { ready <- big{3, 4, "late"} }()
	chosen, v, ok = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(nilc)},
		{Dir: reflect.SelectRecv},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ready)},
	})
	fmt.Println(chosen, v.Interface(), ok)

	// many rounds over a fan-in: every value arrives once
	chans := make([]chan int, 4)
	var rc []reflect.SelectCase
	for i := range chans {
		chans[i] = make(chan int)
		rc = append(rc, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(chans[i])})
		go func(i int) {
			for k := 0; k < 5; k++ {
				chans[i] <- i*10 + k
			}
			close(chans[i])
		}(i)
	}
	var got []int
	for open := len(rc); open > 0; {
		i, v, ok := reflect.Select(rc)
		if !ok {
			rc[i].Chan = reflect.Value{}
			open--
			continue
		}
		got = append(got, int(v.Int()))
	}
	sort.Ints(got)
	fmt.Println(got)

	try(func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}}) })
	try(func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Chan: reflect.ValueOf(ci)}}) })
	try(func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(ci)}}) })
	try(func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ci), Send: reflect.ValueOf(1)}}) })
	try(func() { reflect.Select([]reflect.SelectCase{{Dir: 7}}) })
	try(func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(make(chan int)), Send: reflect.ValueOf("s")}})
	})
	try(func() {
		c := make(chan int)
		close(c)
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c), Send: reflect.ValueOf(1)}})
	})
}
