// stderr: 1 true
// stderr: (+1.000000e+000+2.000000e+000i)
// stderr: xy7
// stderr: deferred 3 0
// stderr: deferred 1 true
// stderr: deferred xy7
// stderr: recover deferred by a deferred call: true
package main

// Builtins called with a multi-value call f(g()) take g's results as their arguments; go and
// defer of a builtin evaluate its arguments at the statement; a deferred recover() recovers
// as if the deferred call that deferred it had called it.

import "fmt"

func two() (int, bool)             { return 1, true }
func ab() ([]byte, []byte)         { return make([]byte, 2), []byte("hi") }
func ri() (float64, float64)       { return 1, 2 }
func ri32() (float32, float32)     { return 3, 4 }
func app() ([]int, int, int)       { return []int{1}, 2, 3 }
func mk() (map[string]int, string) { return map[string]int{"a": 1, "b": 2}, "a" }
func strs() (string, string, int)  { return "x", "y", 7 }
func bs() ([]byte, string)         { return make([]byte, 3), "hey" }

var calls int

func counted() ([]int, int) {
	calls++
	return []int{calls}, 10
}

func main() {
	println(two())
	fmt.Println(copy(ab()))
	println(complex(ri()))
	fmt.Println(complex(ri32()))
	fmt.Println(append(app()))
	fmt.Println(append(counted()), calls)
	m, k := mk()
	delete(m, k)
	delete(mk())
	fmt.Println(len(m), m)
	print(strs())
	println()
	fmt.Println(copy(bs()))

	x := make([]int, 3)
	func() {
		defer copy(x, []int{1, 2})
		defer println("deferred", len(x), x[0])
		x[0] = 9
	}()
	fmt.Println(x)

	c := make(chan int, 1)
	func() {
		defer close(c)
		defer delete(m, "b")
		defer print("deferred ", "x", "y", 7, "\n")
		defer println("deferred", 1, true)
		c <- 4
	}()
	v, ok := <-c
	w, ok2 := <-c
	fmt.Println(v, ok, w, ok2, m)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer panic(fmt.Sprint("deferred ", 42))
	}()

	done := make(chan bool)
	go close(done)
	<-done

	y := []byte("abcdef")
	func() {
		defer copy(y, "XY")
	}()
	fmt.Println(string(y))

	// defer recover() directly in the panicking function recovers nothing; in a deferred
	// call, it recovers that call's panic
	func() {
		defer func() { fmt.Println("outer recovers:", recover()) }()
		defer recover()
		panic(1)
	}()
	func() {
		defer func() { println("recover deferred by a deferred call:", recover() == nil) }()
		defer func() {
			defer recover()
		}()
		panic(2)
	}()
}
