// Package context: deadlines, cancellation signals and request-scoped values carried across
// API boundaries and goroutines.
//
// A context is a chain from a root (Background, TODO) through the contexts derived from it.
// A cancelable context (cancelCtx, and timerCtx and afterFuncCtx, which embed one) has a Done
// channel, made when the context is, and closed exactly once, by cancel, under the context's
// mutex. Cancellation flows down: a cancelable context records its cancelable children, and
// cancels them while holding its own mutex (so locks are taken parent first, then child; a
// child never locks its parent while holding its own mutex). A child of a context of some
// other implementation is watched by a goroutine instead.
//
// Natives: lib_context_funcs in runtime/lib/context.c.
package context

import (
	"errors"
	"sync"
	"time"
)

// A Context carries a deadline, a cancellation signal, and other values across API
// boundaries. Its methods may be called by multiple goroutines simultaneously.
type Context interface {
	// Deadline returns the time when work done on behalf of this context should be
	// canceled; ok is false when no deadline is set.
	Deadline() (deadline time.Time, ok bool)
	// Done returns a channel that is closed when work done on behalf of this context should
	// be canceled; nil if this context can never be canceled.
	Done() <-chan struct{}
	// Err returns nil while Done is not closed, afterwards why: Canceled or
	// DeadlineExceeded.
	Err() error
	// Value returns the value associated with this context for key, or nil.
	Value(key any) any
}

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error returned by Context.Err when the context's deadline passes.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// A CancelFunc tells an operation to abandon its work. After the first call, subsequent
// calls do nothing.
type CancelFunc func()

// A CancelCauseFunc behaves like a CancelFunc but additionally sets the cancellation cause.
type CancelCauseFunc func(cause error)

// ---- roots ----

// emptyCtx is never canceled, has no values, and has no deadline.
type emptyCtx struct{}

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }

type backgroundCtx struct{ emptyCtx }

func (backgroundCtx) String() string { return "context.Background" }

type todoCtx struct{ emptyCtx }

func (todoCtx) String() string { return "context.TODO" }

// Background returns a non-nil, empty Context. It is never canceled, has no values, and has
// no deadline.
func Background() Context { return backgroundCtx{} }

// TODO returns a non-nil, empty Context, for code where it is unclear which Context to use.
func TODO() Context { return todoCtx{} }

// ---- cancelation ----

// A canceler is a context that can be canceled directly.
type canceler interface {
	cancel(removeFromParent bool, err, cause error)
	Done() <-chan struct{}
}

// cancelCtxKey is the key under which a cancelCtx reports itself through Value, so that a
// derived context finds the nearest cancelable ancestor through wrappers.
var cancelCtxKey int

// A cancelCtx can be canceled. When canceled, it also cancels any children.
type cancelCtx struct {
	Context // the parent

	mu       sync.Mutex
	done     chan struct{}
	children map[canceler]struct{} // nil once canceled
	err      error                 // non-nil once canceled
	cause    error
}

func (c *cancelCtx) Value(key any) any {
	if key == &cancelCtxKey {
		return c
	}
	return value(c.Context, key)
}

func (c *cancelCtx) Done() <-chan struct{} { return c.done }

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

func (c *cancelCtx) String() string {
	return contextName(c.Context) + ".WithCancel"
}

// attach makes c (embedded in self) a child of parent: it is canceled when parent is.
func (c *cancelCtx) attach(parent Context, self canceler) {
	c.Context = parent
	c.done = make(chan struct{})
	pdone := parent.Done()
	if pdone == nil {
		return // the parent is never canceled
	}
	select {
	case <-pdone:
		self.cancel(false, parent.Err(), Cause(parent))
		return
	default:
	}
	if p := parentCancelCtx(parent); p != nil {
		p.mu.Lock()
		if p.err != nil {
			err, cause := p.err, p.cause
			p.mu.Unlock()
			self.cancel(false, err, cause)
			return
		}
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[self] = struct{}{}
		p.mu.Unlock()
		return
	}
	// A parent of another implementation: watch it.
	go func() {
		select {
		case <-pdone:
			self.cancel(false, parent.Err(), Cause(parent))
		case <-self.Done():
		}
	}()
}

// parentCancelCtx returns the cancelCtx underlying parent, if parent's Done channel is that
// cancelCtx's (a wrapper that overrides Done does not count).
func parentCancelCtx(parent Context) *cancelCtx {
	done := parent.Done()
	if done == nil {
		return nil
	}
	p, ok := parent.Value(&cancelCtxKey).(*cancelCtx)
	if !ok || p.done != done {
		return nil
	}
	return p
}

// removeChild removes a context from its parent's children.
func removeChild(parent Context, child canceler) {
	p := parentCancelCtx(parent)
	if p == nil {
		return
	}
	p.mu.Lock()
	if p.children != nil {
		delete(p.children, child)
	}
	p.mu.Unlock()
}

// cancel closes c.done, cancels each of c's children and, if removeFromParent, removes c
// from its parent's children. The first call sets err and cause; later calls do nothing.
func (c *cancelCtx) cancel(removeFromParent bool, err, cause error) {
	if cause == nil {
		cause = err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err = err
	c.cause = cause
	close(c.done)
	for child := range c.children {
		child.cancel(false, err, cause)
	}
	c.children = nil
	c.mu.Unlock()
	if removeFromParent {
		removeChild(c.Context, c)
	}
}

func newCancelCtx(parent Context) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelCtx{}
	c.attach(parent, c)
	return c
}

// WithCancel returns a copy of parent with a new Done channel, closed when the returned
// cancel function is called or when the parent's Done channel is closed, whichever happens
// first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent)
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithCancelCause behaves like WithCancel but returns a CancelCauseFunc instead of a
// CancelFunc. Calling cancel with a non-nil error records that error as the cause
// (retrieved with Cause); with nil, the cause is Canceled.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent)
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

// Cause returns a non-nil error explaining why c was canceled: the first cancellation of c
// or one of its parents sets it. Before that, Cause returns nil. For a context that is not
// from this package's cancelable contexts, Cause returns c.Err().
func Cause(c Context) error {
	if cc, ok := c.Value(&cancelCtxKey).(*cancelCtx); ok {
		cc.mu.Lock()
		cause := cc.cause
		cc.mu.Unlock()
		return cause
	}
	return c.Err()
}

// ---- deadlines ----

// A timerCtx carries a timer and a deadline. It embeds a cancelCtx to implement Done and Err,
// and stops its timer when canceled.
type timerCtx struct {
	cancelCtx
	timer    *time.Timer // guarded by cancelCtx.mu
	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) {
	return c.deadline, true
}

func (c *timerCtx) String() string {
	return contextName(c.cancelCtx.Context) + ".WithDeadline(" + c.deadline.String() + " [" +
		time.Until(c.deadline).String() + "])"
}

func (c *timerCtx) cancel(removeFromParent bool, err, cause error) {
	c.cancelCtx.cancel(false, err, cause)
	if removeFromParent {
		removeChild(c.cancelCtx.Context, c)
	}
	c.mu.Lock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
}

// WithDeadline returns a copy of parent whose deadline is no later than d. Its Done channel
// is closed when the deadline expires, when cancel is called, or when the parent's Done
// channel is closed, whichever happens first.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithDeadlineCause behaves like WithDeadline but also sets the cause of the returned
// Context when the deadline is exceeded.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		// The parent's deadline is earlier: the new context cannot outlive it.
		return WithCancel(parent)
	}
	c := &timerCtx{deadline: d}
	c.cancelCtx.attach(parent, c)
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded, cause)
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	c.mu.Lock()
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() {
			c.cancel(true, DeadlineExceeded, cause)
		})
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// WithTimeoutCause behaves like WithTimeout but also sets the cause of the returned Context
// when the timeout expires.
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

// ---- AfterFunc and WithoutCancel ----

// afterFuncCtx runs f (once, in its own goroutine) when its parent is canceled.
type afterFuncCtx struct {
	cancelCtx
	once sync.Once // either starts f or is stopped
	f    func()
}

func (a *afterFuncCtx) cancel(removeFromParent bool, err, cause error) {
	a.cancelCtx.cancel(false, err, cause)
	if removeFromParent {
		removeChild(a.Context, a)
	}
	a.once.Do(func() {
		go a.f()
	})
}

// AfterFunc arranges to call f in its own goroutine after ctx is canceled (at once if it
// already is). Calling the returned stop function stops the association of ctx with f: it
// returns true if that stopped f from being run.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFuncCtx{f: f}
	a.cancelCtx.attach(ctx, a)
	return func() bool {
		stopped := false
		a.once.Do(func() {
			stopped = true
		})
		if stopped {
			a.cancel(true, Canceled, nil)
		}
		return stopped
	}
}

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (c withoutCancelCtx) Value(key any) any                     { return value(c, key) }

func (c withoutCancelCtx) String() string {
	return contextName(c.c) + ".WithoutCancel"
}

// WithoutCancel returns a copy of parent that is not canceled when parent is canceled: it
// has no Deadline or Err, and its Done channel is nil. Values are still looked up in parent.
func WithoutCancel(parent Context) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return withoutCancelCtx{parent}
}

// ---- values ----

// A valueCtx carries a key-value pair. It delegates all other calls to the embedded
// Context.
type valueCtx struct {
	Context
	key, val any
}

// WithValue returns a copy of parent in which the value associated with key is val. The key
// must be comparable and should not be of a built-in type.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	if !isComparable(key) {
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return value(c.Context, key)
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(" + stringify(c.key) + ", " +
		stringify(c.val) + ")"
}

// value walks up the chain of this package's contexts without recursion.
func value(c Context, key any) any {
	for {
		switch ctx := c.(type) {
		case *valueCtx:
			if key == ctx.key {
				return ctx.val
			}
			c = ctx.Context
		case *cancelCtx:
			if key == &cancelCtxKey {
				return ctx
			}
			c = ctx.Context
		case *timerCtx:
			if key == &cancelCtxKey {
				return &ctx.cancelCtx
			}
			c = ctx.Context
		case *afterFuncCtx:
			if key == &cancelCtxKey {
				return &ctx.cancelCtx
			}
			c = ctx.Context
		case withoutCancelCtx:
			if key == &cancelCtxKey {
				return nil // a context without cancel hides its parent's
			}
			c = ctx.c
		case backgroundCtx, todoCtx:
			return nil
		default:
			return c.Value(key)
		}
	}
}

type stringer interface {
	String() string
}

func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return typeName(c)
}

func stringify(v any) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	case nil:
		return "<nil>"
	}
	return typeName(v)
}
