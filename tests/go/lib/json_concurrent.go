package main

import (
	"encoding/json"
	"fmt"
	"sync"
)

type A struct {
	X int `json:"x"`
	B *B  `json:"b,omitempty"`
}
type B struct {
	Y []string `json:"y"`
	A *A       `json:"a,omitempty"`
}

// Goroutines marshal and unmarshal types met for the first time at once: the caches of
// encoders and struct fields are shared.
func main() {
	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			v := A{X: i, B: &B{Y: []string{fmt.Sprint("g", i)}, A: &A{X: -i}}}
			var out string
			for k := 0; k < 50; k++ {
				b, err := json.Marshal(v)
				if err != nil {
					out = err.Error()
					break
				}
				var back A
				if err := json.Unmarshal(b, &back); err != nil {
					out = err.Error()
					break
				}
				out = string(b)
			}
			results[i] = out
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
