// go: skip (And and Or are Go 1.23)
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var x int32 = -1
	fmt.Println(atomic.AndInt32(&x, 0x0F), x)
	fmt.Println(atomic.OrInt32(&x, -16), x)
	var u uint32 = 0xF0F0F0F0
	fmt.Println(atomic.AndUint32(&u, 0xFFFF0000), u)
	fmt.Println(atomic.OrUint32(&u, 0xF), u)
	var i64 int64 = 6
	fmt.Println(atomic.AndInt64(&i64, 3), atomic.OrInt64(&i64, 8), i64)
	var u64 uint64 = 1 << 63
	fmt.Println(atomic.OrUint64(&u64, 1), atomic.AndUint64(&u64, 1), u64)
	var up uintptr = 12
	fmt.Println(atomic.AndUintptr(&up, 4), atomic.OrUintptr(&up, 1), up)

	var flags atomic.Uint32
	var wg sync.WaitGroup
	for bit := 0; bit < 32; bit++ {
		wg.Add(1)
		go func(bit int) {
			defer wg.Done()
			flags.Or(1 << bit)
		}(bit)
	}
	wg.Wait()
	fmt.Println("all bits set:", flags.Load() == 0xFFFFFFFF)
	for bit := 0; bit < 32; bit += 2 {
		wg.Add(1)
		go func(bit int) {
			defer wg.Done()
			flags.And(^uint32(1 << bit))
		}(bit)
	}
	wg.Wait()
	fmt.Printf("even bits cleared: %#x\n", flags.Load())
	var n atomic.Int64
	n.Store(0xFF)
	fmt.Println(n.And(0x0F), n.Or(0x100), n.Load())
}
