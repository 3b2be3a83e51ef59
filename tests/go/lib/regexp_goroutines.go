// regexp: one compiled Regexp used from many goroutines at once, and patterns compiled
// concurrently.
package main

import (
	"fmt"
	"regexp"
	"sync"
)

var email = regexp.MustCompile(`(?P<user>[a-z0-9.]+)@(?P<host>[a-z0-9]+)\.(com|org)`)

func main() {
	const workers, rounds = 32, 300
	var wg sync.WaitGroup
	var mu sync.Mutex
	good := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			n := 0
			for i := 0; i < rounds; i++ {
				s := fmt.Sprintf("to: w%d.r%d@host%d.org; cc: x@y.com", w, i, w)
				all := email.FindAllStringSubmatch(s, -1)
				want := fmt.Sprintf("w%d.r%d", w, i)
				if len(all) == 2 && all[0][1] == want && all[1][2] == "y" &&
					email.ReplaceAllString(s, "${host}") == fmt.Sprintf("to: host%d; cc: y", w) {
					n++
				}
				own := regexp.MustCompile(fmt.Sprintf(`w%d\.r(\d+)`, w))
				if own.FindStringSubmatch(s)[1] == fmt.Sprint(i) {
					n++
				}
			}
			mu.Lock()
			good += n
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	fmt.Println(good, workers*rounds*2)
}
