// Publication of a struct without synchronisation: the reader polls a plain pointer.
// race: 26 23
// race: 27 21
// race: 27 21
package main

import (
	"fmt"
	"time"
)

type Config struct {
	Name  string
	Limit int
}

var current *Config

func main() {
	go func() {
		c := &Config{Name: "prod"}
		c.Limit = 10
		current = c
	}()
	time.Sleep(10 * time.Millisecond)
	if c := current; c != nil {
		fmt.Println(c.Name, c.Limit)
	}
}
