// A lock-order deadlock: transfer locks the source account first, then the destination. Two
// opposite transfers deadlock only when each takes its first lock before the other takes
// its second.
// explore: exit 2
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amount int, wg *sync.WaitGroup) {
	defer wg.Done()
	from.mu.Lock()
	defer from.mu.Unlock()
	to.mu.Lock()
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	a := &Account{balance: 100}
	b := &Account{balance: 100}
	var wg sync.WaitGroup
	wg.Add(2)
	go transfer(a, b, 10, &wg)
	go transfer(b, a, 20, &wg)
	wg.Wait()
	fmt.Println("balances:", a.balance, b.balance)
}
