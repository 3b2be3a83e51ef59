// 10_mutex_vs_monitor.go: two ways to share state between goroutines.
//
// Many goroutines updating the same variable at the same time is a data race:
// updates get lost. There are two cures.
//
//  1. A sync.Mutex. Whoever wants to touch the state locks the mutex first and
//     unlocks it afterwards; only one goroutine at a time can hold it.
//
//  2. A monitor goroutine: one goroutine OWNS the state and nobody else ever
//     touches it. Others send it requests on channels and it applies them one
//     at a time. This is Go's proverb "Do not communicate by sharing memory;
//     instead, share memory by communicating."
//
// Both are correct. The mutex is smaller and faster for a simple counter; the
// monitor shines when the state has rules (here: no overdraft) and when a
// request needs an answer, because the owner sees every request in order.
//
// What to look for: 100 goroutines each deposit 10 into each account. Both
// balances end at exactly 1000, and the monitor refuses the withdrawal that
// would overdraw.
//
// Run it with: gosub run examples/10_mutex_vs_monitor.go
package main

import (
	"fmt"
	"sync"
)

// Way 1: the state and its mutex live together.
type lockedAccount struct {
	mu      sync.Mutex
	balance int
}

func (a *lockedAccount) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

// Way 2: the state lives inside one goroutine.
type withdrawal struct {
	amount int
	ok     chan bool // the monitor answers on this channel
}

type monitorAccount struct {
	deposits    chan int
	withdrawals chan withdrawal
	balances    chan int
}

func newMonitorAccount() *monitorAccount {
	a := &monitorAccount{
		deposits:    make(chan int),
		withdrawals: make(chan withdrawal),
		balances:    make(chan int),
	}
	go a.run()
	return a
}

// run is the only code that reads or writes balance.
func (a *monitorAccount) run() {
	balance := 0
	for {
		select {
		case n := <-a.deposits:
			balance += n
		case w := <-a.withdrawals:
			if w.amount > balance {
				w.ok <- false
			} else {
				balance -= w.amount
				w.ok <- true
			}
		case a.balances <- balance:
		}
	}
}

func (a *monitorAccount) deposit(n int) { a.deposits <- n }
func (a *monitorAccount) balance() int  { return <-a.balances }
func (a *monitorAccount) withdraw(n int) bool {
	ok := make(chan bool)
	a.withdrawals <- withdrawal{n, ok}
	return <-ok
}

func main() {
	var locked lockedAccount
	monitor := newMonitorAccount()

	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			locked.deposit(10)
			monitor.deposit(10)
		}()
	}
	wg.Wait()

	fmt.Println("mutex account:  ", locked.balance)
	fmt.Println("monitor account:", monitor.balance())
	fmt.Println("withdraw 300:", monitor.withdraw(300), "balance", monitor.balance())
	fmt.Println("withdraw 800:", monitor.withdraw(800), "balance", monitor.balance())
}
