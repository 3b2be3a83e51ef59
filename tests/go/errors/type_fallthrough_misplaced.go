// error: 16:3: cannot fallthrough final case in switch
// error: 21:3: cannot fallthrough in type switch
// error: 27:4: fallthrough statement out of place
// fallthrough must be the last statement of a non-final case of an expression switch.
package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v interface{} = x
	switch v.(type) {
	case int:
		fallthrough
	case string:
	}
	switch x {
	case 1:
		if x > 0 {
			fallthrough
		}
	case 2:
	}
}
