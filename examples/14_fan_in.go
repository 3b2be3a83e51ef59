// 14_fan_in.go: merge several channels into one with select.
//
// Fan-in combines several input channels into a single output channel, so the
// reader does not need to know how many sources there are. There are two ways
// to write it:
//
//   - a goroutine per input, each copying into the shared output, plus a
//     WaitGroup to close the output when all inputs are drained (example 13
//     used that shape);
//   - ONE goroutine with a select over the inputs, shown here. Each input
//     that is closed is set to nil, which switches its case off; when all are
//     nil the merger closes the output.
//
// What to look for: the merged stream is interleaved differently on each run,
// but it holds every value exactly once. The program prints each source's
// values in arrival order, which is always the order that source sent them.
//
// Run it with: gosub run examples/14_fan_in.go
package main

import (
	"fmt"
	"strings"
)

type message struct {
	from string
	text string
}

func talker(name string, lines ...string) <-chan message {
	ch := make(chan message)
	go func() {
		defer close(ch)
		for _, l := range lines {
			ch <- message{name, l}
		}
	}()
	return ch
}

// merge2 fans in two channels with one select loop.
func merge2(a, b <-chan message) <-chan message {
	out := make(chan message)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case m, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- m
			case m, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- m
			}
		}
	}()
	return out
}

func main() {
	alice := talker("alice", "hi", "how are you?", "bye")
	bob := talker("bob", "hello", "fine, thanks", "see you", "bye")
	carol := talker("carol", "hey")

	// merge2 composes: merging a merged stream with a third one.
	all := merge2(merge2(alice, bob), carol)

	said := map[string][]string{}
	total := 0
	for m := range all {
		said[m.from] = append(said[m.from], m.text)
		total++
	}
	for _, who := range []string{"alice", "bob", "carol"} {
		fmt.Printf("%-5s said: %s\n", who, strings.Join(said[who], " / "))
	}
	fmt.Println("messages merged:", total)
}
