// Lazy initialisation without sync.Once: two goroutines may both create the instance.
// race: 15 16
package main

import (
	"fmt"
	"sync"
)

type Service struct{ id int }

var instance *Service

func get() *Service {
	if instance == nil {
		instance = &Service{id: 1}
	}
	return instance
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = get()
		}()
	}
	wg.Wait()
	fmt.Println(instance != nil)
}
