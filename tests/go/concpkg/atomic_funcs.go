package main

import (
	"fmt"
	"math"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	// int32 wraps at 32 bits and stays an int32.
	i32 := int32(math.MaxInt32)
	r := atomic.AddInt32(&i32, 1)
	fmt.Println("AddInt32 overflow:", r, i32, i32 < 0)
	r = atomic.AddInt32(&i32, -1)
	fmt.Println("AddInt32 negative:", r, i32)
	var u32 uint32
	r2 := atomic.AddUint32(&u32, ^uint32(0))
	fmt.Println("AddUint32 decrement wraps:", r2, u32)
	r2 = atomic.AddUint32(&u32, 2)
	fmt.Println("AddUint32 back:", r2, u32)
	u32 = 10
	fmt.Println("AddUint32 ^uint32(c-1) subtracts c:", atomic.AddUint32(&u32, ^uint32(3-1)))
	i64 := int64(math.MaxInt64)
	fmt.Println("AddInt64 overflow:", atomic.AddInt64(&i64, 1))
	var u64 uint64
	fmt.Println("AddUint64 wraps:", atomic.AddUint64(&u64, ^uint64(0)))
	var up uintptr
	r3 := atomic.AddUintptr(&up, 7)
	fmt.Println("AddUintptr:", r3, up)

	// Load, Store, Swap, CompareAndSwap for each type.
	atomic.StoreInt32(&i32, -5)
	fmt.Print("int32: ", atomic.LoadInt32(&i32), " ", atomic.SwapInt32(&i32, 6), " ")
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 5, 7), atomic.CompareAndSwapInt32(&i32, 6, -7))
	fmt.Println("int32 now:", i32)
	atomic.StoreUint32(&u32, math.MaxUint32)
	fmt.Print("uint32: ", atomic.LoadUint32(&u32), " ", atomic.SwapUint32(&u32, 1), " ")
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 1, math.MaxUint32))
	fmt.Println("uint32 now:", u32)
	atomic.StoreInt64(&i64, math.MinInt64)
	fmt.Print("int64: ", atomic.LoadInt64(&i64), " ", atomic.SwapInt64(&i64, 1), " ")
	fmt.Println(atomic.CompareAndSwapInt64(&i64, 2, 3), atomic.CompareAndSwapInt64(&i64, 1, 3))
	fmt.Println("int64 now:", i64)
	atomic.StoreUint64(&u64, math.MaxUint64)
	fmt.Print("uint64: ", atomic.LoadUint64(&u64), " ", atomic.SwapUint64(&u64, 0), " ")
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 0, 1<<63))
	fmt.Println("uint64 now:", u64)
	atomic.StoreUintptr(&up, 99)
	fmt.Print("uintptr: ", atomic.LoadUintptr(&up), " ", atomic.SwapUintptr(&up, 1), " ")
	fmt.Println(atomic.CompareAndSwapUintptr(&up, 1, 2))
	fmt.Println("uintptr now:", up)

	// Atomics on fields, slice elements and array elements.
	type stats struct {
		name string
		hits int64
		errs uint32
	}
	var s stats
	arr := make([]int32, 4)
	var wg sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				atomic.AddInt64(&s.hits, 1)
				if i%10 == 0 {
					atomic.AddUint32(&s.errs, 1)
				}
				atomic.AddInt32(&arr[(g+i)%4], -1)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("fields:", s.hits, s.errs, "elements:", arr)

	// A spin lock built from CompareAndSwap.
	var lock int32
	counter := 0
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				for !atomic.CompareAndSwapInt32(&lock, 0, 1) {
					runtime.Gosched()
				}
				counter++
				atomic.StoreInt32(&lock, 0)
			}
		}()
	}
	wg.Wait()
	fmt.Println("spin-locked counter:", counter)

	// A CAS loop computing a running maximum.
	var max int64
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(v int64) {
			defer wg.Done()
			for {
				old := atomic.LoadInt64(&max)
				if v <= old || atomic.CompareAndSwapInt64(&max, old, v) {
					return
				}
			}
		}(int64((g * 37) % 50))
	}
	wg.Wait()
	fmt.Println("max:", max)

	// Unsigned 32-bit counters from many goroutines wrap consistently.
	var w uint32 = math.MaxUint32 - 499
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				atomic.AddUint32(&w, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("wrapped uint32:", w)
}
