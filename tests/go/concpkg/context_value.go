package main

import (
	"context"
	"fmt"
)

type ctxKey int

const (
	userKey ctxKey = iota
	reqKey
)

type otherKey int

func main() {
	ctx := context.Background()
	ctx = context.WithValue(ctx, userKey, "alice")
	ctx = context.WithValue(ctx, reqKey, 42)
	ctx = context.WithValue(ctx, otherKey(0), "other")
	ctx = context.WithValue(ctx, "plain", []int{1, 2})
	fmt.Println(ctx.Value(userKey), ctx.Value(reqKey), ctx.Value(otherKey(0)), ctx.Value("plain"))
	fmt.Println(ctx.Value(otherKey(1)), ctx.Value(ctxKey(7)), ctx.Value(0))

	// Shadowing in a child leaves the parent alone.
	child := context.WithValue(ctx, userKey, "bob")
	fmt.Println(child.Value(userKey), ctx.Value(userKey))

	// Values through cancel and timeout contexts.
	cctx, cancel := context.WithCancel(child)
	tctx, tcancel := context.WithTimeout(cctx, 1e9)
	fmt.Println(tctx.Value(userKey), tctx.Value(reqKey))
	tcancel()
	cancel()
	fmt.Println(tctx.Value(userKey), tctx.Err())

	// A pointer key is compared by identity.
	k1, k2 := new(int), new(int)
	pc := context.WithValue(context.Background(), k1, "one")
	fmt.Println(pc.Value(k1), pc.Value(k2))

	// A struct key.
	type pair struct{ a, b string }
	sc := context.WithValue(context.Background(), pair{"x", "y"}, true)
	fmt.Println(sc.Value(pair{"x", "y"}), sc.Value(pair{"x", "z"}))

	// Panics.
	for _, f := range []func(){
		func() { context.WithValue(context.Background(), nil, 1) },
		func() { context.WithValue(context.Background(), []int{1}, 1) },
		func() { context.WithValue(context.Background(), map[string]int{}, 1) },
		func() { context.WithValue(nil, "k", 1) },
		func() { context.WithCancel(nil) },
		func() { context.WithTimeout(nil, 1) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}

	// Goroutines reading values concurrently.
	out := make(chan string, 10)
	for i := 0; i < 10; i++ {
		go func() {
			out <- fmt.Sprint(child.Value(userKey), child.Value(reqKey))
		}()
	}
	same := true
	for i := 0; i < 10; i++ {
		if <-out != "bob 42" {
			same = false
		}
	}
	fmt.Println("concurrent reads agree:", same)
}
