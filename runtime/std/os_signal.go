// Package signal: the process's incoming signals delivered on channels (Notify), or
// ignored, or given back their default action.
//
// As in Go, a signal is caught only while some channel wants it (the natives of
// runtime/lib/signal.c install and remove the handler). The first Notify starts a watcher
// goroutine that loops taking the caught signals from the runtime (signalRecv parks it
// meanwhile; it counts as a goroutine, as Go's does) and sends each on every channel that
// asked for it, without blocking: a channel that is full misses it, so give Notify a
// buffered one. Waiting for a signal is never a deadlock.
//
// Invariants (under handlers' lock): handlers.m holds each channel's signals as a mask (bit
// n-1 for signal n), no mask empty; handlers.ref[n] counts the masks holding n, and the
// runtime catches n exactly when it is not 0. The watcher holds the lock while it
// delivers, so after Stop(c) returns nothing more is sent on c.
//
// Natives: lib_signal_funcs in runtime/lib/signal.c.
package signal

import (
	"context"
	"os"
	"sync"
	"syscall"
)

const numSig = 65 // Linux signals are 1..64

var handlers struct {
	sync.Mutex
	m   map[chan<- os.Signal]uint64
	ref [numSig]int64
}

var watcherOnce sync.Once

// signum is sig's number, or -1 for a Signal of another kind or out of range.
func signum(sig os.Signal) int {
	s, ok := sig.(syscall.Signal)
	if !ok || s < 1 || s >= numSig {
		return -1
	}
	return int(s)
}

func bit(n int) uint64 { return 1 << uint(n-1) }

// each calls f for each signal of sigs that has a number, or for every signal when sigs is
// empty.
func each(sigs []os.Signal, f func(n int)) {
	if len(sigs) == 0 {
		for n := 1; n < numSig; n++ {
			f(n)
		}
		return
	}
	for _, s := range sigs {
		if n := signum(s); n > 0 {
			f(n)
		}
	}
}

// Notify makes the given signals (every signal when none is given) be sent on c.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	handlers.Lock()
	defer handlers.Unlock()
	if handlers.m == nil {
		handlers.m = make(map[chan<- os.Signal]uint64)
	}
	mask := handlers.m[c]
	each(sig, func(n int) {
		if mask&bit(n) != 0 {
			return
		}
		mask |= bit(n)
		if handlers.ref[n] == 0 {
			enableSignal(n)
			watcherOnce.Do(func() { go watch() })
		}
		handlers.ref[n]++
	})
	if mask != 0 {
		handlers.m[c] = mask
	}
}

// Stop makes signals no longer be sent on c. When it returns, none will be.
func Stop(c chan<- os.Signal) {
	handlers.Lock()
	defer handlers.Unlock()
	mask, ok := handlers.m[c]
	if !ok {
		return
	}
	delete(handlers.m, c)
	for n := 1; n < numSig; n++ {
		if mask&bit(n) != 0 {
			handlers.ref[n]--
			if handlers.ref[n] == 0 {
				disableSignal(n)
			}
		}
	}
}

// cancel takes the signals away from every channel, then applies action to each.
func cancel(sigs []os.Signal, action func(int)) {
	handlers.Lock()
	defer handlers.Unlock()
	each(sigs, func(n int) {
		for c, mask := range handlers.m {
			if mask&bit(n) != 0 {
				if mask &^= bit(n); mask == 0 {
					delete(handlers.m, c)
				} else {
					handlers.m[c] = mask
				}
			}
		}
		handlers.ref[n] = 0
		action(n)
	})
}

// Ignore makes the given signals (every signal when none is given) be ignored; children
// started afterwards ignore them too.
func Ignore(sig ...os.Signal) {
	cancel(sig, ignoreSignal)
}

// Ignored reports whether sig is being ignored.
func Ignored(sig os.Signal) bool {
	n := signum(sig)
	return n > 0 && signalIgnored(n)
}

// Reset undoes Notify for the given signals (every signal when none is given): they get
// back the action they had when the program started, unless Ignore ignored them (as in Go,
// only Notify undoes that).
func Reset(sig ...os.Signal) {
	cancel(sig, disableSignal)
}

// watch is the watcher goroutine: it delivers every signal caught, forever.
func watch() {
	for {
		deliver(syscall.Signal(signalRecv()))
	}
}

func deliver(sig syscall.Signal) {
	n := int(sig)
	handlers.Lock()
	defer handlers.Unlock()
	for c, mask := range handlers.m {
		if mask&bit(n) != 0 {
			select {
			case c <- sig:
			default:
			}
		}
	}
}

// NotifyContext returns a copy of parent that is canceled when one of the signals comes
// (every signal when none is given), when stop is called, or when parent is canceled,
// whichever happens first. stop also unregisters the signals.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	c := &signalCtx{Context: ctx, cancel: cancel, signals: signals, ch: make(chan os.Signal, 1)}
	Notify(c.ch, c.signals...)
	if ctx.Err() == nil {
		go func() {
			select {
			case <-c.ch:
				c.cancel()
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}

type signalCtx struct {
	context.Context
	cancel  context.CancelFunc
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel()
	Stop(c.ch)
}

type stringer interface {
	String() string
}

// String is "signal.NotifyContext(PARENT, [SIGNALS])", as Go prints it.
func (c *signalCtx) String() string {
	name := c.Context.(stringer).String()
	name = name[:len(name)-len(".WithCancel")]
	s := "signal.NotifyContext(" + name
	if len(c.signals) != 0 {
		s += ", ["
		for i, sig := range c.signals {
			if i > 0 {
				s += " "
			}
			s += sig.String()
		}
		s += "]"
	}
	return s + ")"
}
