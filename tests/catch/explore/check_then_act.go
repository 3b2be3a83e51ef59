// An unsynchronised check-then-act: two withdrawals each check the balance, then take the
// money. Almost always one runs after the other; a switch between the check and the act of
// one of them overdraws the account.
// explore: exit 2
package main

import (
	"fmt"
	"sync"
)

var balance = 100

func withdraw(amount int, wg *sync.WaitGroup) {
	defer wg.Done()
	if balance >= amount {
		balance -= amount
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go withdraw(80, &wg)
	go withdraw(80, &wg)
	wg.Wait()
	if balance < 0 {
		panic(fmt.Sprintf("overdrawn: balance %d", balance))
	}
	fmt.Println("balance:", balance)
}
