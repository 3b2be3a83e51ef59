// Package sync: mutual exclusion locks, wait groups, once, condition variables, a concurrent
// map and a pool.
//
// The locks are built like Go's: a state word changed with atomics (the fast path: one
// compare-and-swap) and a semaphore word. A goroutine that must wait parks on the runtime
// semaphore keyed by that word's address (natives in runtime/lib/sync.c), so a waiter
// costs no thread and the deadlock detector sees
// it with Go's wait reason ("sync.Mutex.Lock", "sync.WaitGroup.Wait", ...). Cond uses the
// runtime's notify lists (ticket-ordered waiters).
//
// Natives: lib_sync_funcs in runtime/lib/sync.c.
package sync

import "sync/atomic"

// Wait reasons passed to semacquire (the runtime maps them to Go's names).
const (
	waitMutexLock = iota
	waitRWMutexLock
	waitRWMutexRLock
	waitWaitGroupWait
)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// ---- Mutex ----

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
//
// state holds: bit 0 locked, bit 1 a woken waiter is competing for the lock (Unlock need not
// wake another), bit 2 hand-off mode, and from bit 3 the number of parked waiters.
//
// Normally an unlocked mutex goes to whoever takes it first: a running goroutine usually
// beats a waiter that has just been woken (good throughput). A waiter that has been passed
// over for more than a millisecond switches the mutex to hand-off mode, where Unlock gives
// the mutex directly to the first waiter and newcomers queue behind it; the mode ends when
// the queue is empty or the waiter that owns the mutex did not wait long. So no waiter
// starves.
type Mutex struct {
	state int32
	sema  uint32
}

// The state bits TryLock needs (the natives in runtime/lib/sync.c use the same layout).
const (
	mutexLocked  = 1
	mutexHandoff = 4
)

// Lock and Unlock are natives (runtime/lib/sync.c): Go's algorithm in C, one call each.
// Lock locks m; if the lock is in use, the calling goroutine blocks until it is available.
// Unlock unlocks m; it is a fatal error (not a panic) if m is not locked.

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&(mutexLocked|mutexHandoff) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

// ---- RWMutex ----

// An RWMutex is a reader/writer mutual exclusion lock: held by any number of readers or a
// single writer. The zero value is an unlocked mutex. A blocked Lock call excludes new
// readers from acquiring the lock (so writers do not starve).
//
// readers counts the readers holding or waiting for the lock; a writer that announces
// itself subtracts rwmutexMaxReaders, making it negative, so that RLock sees a writer and
// parks on readerSem. departing counts the readers the announced writer still waits for.
type RWMutex struct {
	w         Mutex // held by the writer (serialises writers)
	writerSem uint32
	readerSem uint32
	readers   int32
	departing int32
}

const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading. It must not be used for recursive read locking: a blocked Lock
// call excludes new readers.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readers, 1) < 0 {
		// A writer holds or wants the lock: wait for its Unlock.
		semacquire(&rw.readerSem, waitRWMutexRLock)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := atomic.LoadInt32(&rw.readers)
		if c < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readers, c, c+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	r := atomic.AddInt32(&rw.readers, -1)
	if r >= 0 {
		return
	}
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	// A writer is waiting: the last departing reader lets it in.
	if atomic.AddInt32(&rw.departing, -1) == 0 {
		semrelease(&rw.writerSem, false)
	}
}

// Lock locks rw for writing. If the lock is already locked for reading or writing, Lock
// blocks until the lock is available.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	// Announce the writer; r is the number of readers inside or queued before it.
	r := atomic.AddInt32(&rw.readers, -rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && atomic.AddInt32(&rw.departing, r) != 0 {
		semacquire(&rw.writerSem, waitRWMutexLock)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readers, 0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing. It is a run-time error if rw is not locked for writing.
func (rw *RWMutex) Unlock() {
	r := atomic.AddInt32(&rw.readers, rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	// Let in the readers that queued while the writer held the lock.
	for i := int32(0); i < r; i++ {
		semrelease(&rw.readerSem, false)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// ---- WaitGroup ----

// A WaitGroup waits for a collection of goroutines to finish.
//
// state holds the counter in its high 32 bits and the number of waiters in its low 32 bits,
// so that Add sees both at once; the waiters park on sema.
type WaitGroup struct {
	state uint64
	sema  uint32
}

// Add (which may be given a negative delta) and Done are natives (runtime/lib/sync.c):
// the counter is the high half of state, the number of waiters the low half. When the
// counter reaches zero, every goroutine blocked in Wait is released; below zero, Add panics.

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state)
		if state>>32 == 0 {
			return
		}
		if atomic.CompareAndSwapUint64(&wg.state, state, state+1) {
			semacquire(&wg.sema, waitWaitGroupWait)
			if atomic.LoadUint64(&wg.state) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup (Go 1.25).
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// ---- Once ----

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this instance of
// Once. No call to Do returns until the one call to f returns; if f panics, Do considers it
// returned, and future calls of Do return without calling f.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}

// OnceFunc returns a function that invokes f only once. If f panics, the returned function
// panics with the same value on every call.
func OnceFunc(f func()) func() {
	var once Once
	done := false
	var failure any
	call := func() {
		defer func() {
			if !done {
				failure = recover()
				panic(failure)
			}
		}()
		f()
		f = nil
		done = true
	}
	return func() {
		once.Do(call)
		if !done {
			panic(failure)
		}
	}
}

// OnceValue returns a function that invokes f only once and returns the value returned by
// f. If f panics, the returned function panics with the same value on every call.
func OnceValue[T any](f func() T) func() T {
	var once Once
	done := false
	var failure any
	var result T
	call := func() {
		defer func() {
			if !done {
				failure = recover()
				panic(failure)
			}
		}()
		result = f()
		f = nil
		done = true
	}
	return func() T {
		once.Do(call)
		if !done {
			panic(failure)
		}
		return result
	}
}

// OnceValues returns a function that invokes f only once and returns the values returned by
// f. If f panics, the returned function panics with the same value on every call.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	done := false
	var failure any
	var r1 T1
	var r2 T2
	call := func() {
		defer func() {
			if !done {
				failure = recover()
				panic(failure)
			}
		}()
		r1, r2 = f()
		f = nil
		done = true
	}
	return func() (T1, T2) {
		once.Do(call)
		if !done {
			panic(failure)
		}
		return r1, r2
	}
}

// ---- Cond ----

// notifyList is the runtime's ticket-ordered wait queue of a Cond (its words belong to the
// natives; the pointers keep what the runtime hangs there alive).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   *notifyList
	tail   *notifyList
}

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or
// announcing the occurrence of an event. L is held while observing or changing the
// condition. A Cond must not be copied after first use.
type Cond struct {
	L       Locker
	notify  notifyList
	checker uintptr
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the calling goroutine; after later resuming, Wait
// locks c.L before returning. Wait cannot return unless awoken by Broadcast or Signal.
func (c *Cond) Wait() {
	c.check()
	t := notifyListAdd(&c.notify)
	c.L.Unlock()
	notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.check()
	notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.check()
	notifyListNotifyAll(&c.notify)
}

func (c *Cond) check() {
	if !checkCopy(&c.checker) {
		panic("sync.Cond is copied")
	}
}

// ---- Map ----

// Map is like a map[any]any but is safe for concurrent use by multiple goroutines. The zero
// Map is empty and ready for use. (A mutex and a map: simple and fair.)
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value is present.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return value, ok
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for the key if present. Otherwise, it stores and
// returns the given value. The loaded result is true if the value was loaded.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
	}
	m.mu.Unlock()
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// Swap swaps the value for a key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key if the value stored in the map is
// equal to old. The old value must be of a comparable type.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f sequentially for each key and value present in the map. If f returns false,
// range stops the iteration. f may call any method of m: Range works on a snapshot taken
// under the lock and calls f without holding it.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i, k := range keys {
		if !f(k, vals[i]) {
			return
		}
	}
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	m.mu.Lock()
	m.m = nil
	m.mu.Unlock()
}

// ---- Pool ----

// A Pool is a set of temporary objects that may be individually saved and retrieved.
// New, when non-nil, makes a value when Get finds the pool empty.
type Pool struct {
	mu    Mutex
	items []any
	New   func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns it to
// the caller. If the pool is empty, Get returns the result of calling p.New (nil if New is
// nil).
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
