package main

import (
	"errors"
	"fmt"
	"runtime"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func catch(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return "no panic"
}

// recover returns the panic value with its dynamic type intact; runtime failures are
// runtime.Error values; recover outside a panic returns nil.
func main() {
	vals := []interface{}{
		catch(func() { panic(&MyErr{7}) }),
		catch(func() { panic(errors.New("plain")) }),
		catch(func() { panic([]string{"a"}) }),
		catch(func() { panic(struct{ X int }{1}) }),
		catch(func() { var m map[string]int; m["x"] = 1 }),
		catch(func() { a := []int{}; i := 3; _ = a[i] }),
		catch(func() {}),
	}
	for _, v := range vals {
		_, isRuntime := v.(runtime.Error)
		_, isErr := v.(error)
		if isRuntime {
			// The concrete types of runtime errors are internal: print only the message.
			fmt.Printf("runtime error value | %v | error=%v\n", v, isErr)
			continue
		}
		fmt.Printf("%T | %v | runtime=%v error=%v\n", v, v, isRuntime, isErr)
	}
	if e, ok := vals[0].(*MyErr); ok {
		fmt.Println("code", e.Code)
	}
	fmt.Println(recover())
}
