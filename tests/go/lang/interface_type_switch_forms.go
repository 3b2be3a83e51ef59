package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.0f degrees", float64(t)) }

func classify(v interface{}) string {
	switch x := v.(type) {
	default:
		return fmt.Sprintf("other %T", x)
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %T %v", x, x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice ", len(x), x == nil)
	case func() int:
		return fmt.Sprint("func returning ", x())
	case *int:
		return fmt.Sprint("pointer to ", *x)
	}
}

// Type switches: default first in the source, nil case, lists of types (the variable keeps
// the interface type), interface types as cases (first match wins), composite types.
func main() {
	n := 5
	var nilSlice []int
	var nilErr error
	vals := []interface{}{nil, 1, int64(2), int8(3), errors.New("boom"), Temp(20), "héllo",
		nilSlice, []int{1}, func() int { return 7 }, &n, nilErr, struct{}{}, 2.5}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s fmt.Stringer = Temp(1)
	switch s.(type) {
	case Temp:
		fmt.Println("Temp via Stringer")
	}
}
