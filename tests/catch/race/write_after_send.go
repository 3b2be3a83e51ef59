// The sender keeps using what it sent: the buffer is handed over, then changed.
// race: 13 17
package main

import "fmt"

func main() {
	ch := make(chan []int, 1)
	done := make(chan bool)
	buf := []int{1, 2, 3}
	go func() {
		b := <-ch
		fmt.Println(b[0] > 0)
		done <- true
	}()
	ch <- buf
	buf[0] = 42
	<-done
}
