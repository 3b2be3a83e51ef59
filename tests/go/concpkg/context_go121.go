// go: skip (WithCancelCause and Cause are Go 1.20; AfterFunc, WithoutCancel, WithDeadlineCause and the String forms are Go 1.21)
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

type named struct{}

func (named) String() string { return "named-value" }

func main() {
	// WithCancelCause and Cause.
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println("cause before:", context.Cause(ctx))
	errDisk := errors.New("disk full")
	cancel(errDisk)
	cancel(errors.New("second cause is ignored"))
	fmt.Println("err:", ctx.Err(), "cause:", context.Cause(ctx))
	child, cc := context.WithCancel(ctx)
	defer cc()
	fmt.Println("child of canceled:", child.Err(), context.Cause(child))
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println("nil cause:", context.Cause(ctx2))
	fmt.Println("Cause of Background:", context.Cause(context.Background()))

	// WithTimeoutCause.
	tctx, tc := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	defer tc()
	<-tctx.Done()
	fmt.Println("timeout:", tctx.Err(), "cause:", context.Cause(tctx))
	dctx, dc := context.WithDeadlineCause(context.Background(), time.Now().Add(time.Hour), errors.New("unused"))
	dc()
	fmt.Println("deadline canceled:", dctx.Err(), context.Cause(dctx))

	// AfterFunc.
	actx, acancel := context.WithCancel(context.Background())
	ran := make(chan string, 1)
	stop := context.AfterFunc(actx, func() { ran <- "after func ran" })
	acancel()
	fmt.Println(<-ran)
	fmt.Println("stop after it ran:", stop())
	bctx, bcancel := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(bctx, func() { fmt.Println("must not run") })
	fmt.Println("stop before cancel:", stop2(), stop2())
	bcancel()
	time.Sleep(10 * time.Millisecond)
	done, dcancel := context.WithCancel(context.Background())
	dcancel()
	fired := make(chan bool)
	context.AfterFunc(done, func() { fired <- true })
	fmt.Println("AfterFunc on a done context runs at once:", <-fired)

	// WithoutCancel.
	pctx, pcancel := context.WithCancel(context.WithValue(context.Background(), key("k"), "v"))
	wc := context.WithoutCancel(pctx)
	pcancel()
	_, hasDL := wc.Deadline()
	fmt.Println("without cancel:", wc.Err(), wc.Done() == nil, wc.Value(key("k")), hasDL)

	// String forms.
	bg := context.Background()
	c1, f1 := context.WithCancel(bg)
	defer f1()
	fmt.Println(bg, context.TODO(), c1)
	fmt.Println(context.WithValue(c1, key("user"), "gopher"))
	fmt.Println(context.WithValue(bg, named{}, named{}))
	fmt.Println(context.WithValue(bg, 1, 2.5))
	fmt.Println(context.WithValue(bg, "k", nil))
	fmt.Println(context.WithoutCancel(c1))
}
