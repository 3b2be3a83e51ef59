// error: 10:9: x (variable of type int) is not an interface
// error: 17:13: duplicate case int in type switch
// error: 19:6: invalid operation: x (variable of type int) is not an interface
// A type switch and a type assertion need an operand of interface type; a type may
// appear only once among the cases of a type switch.
package main

func main() {
	x := 5
	switch x.(type) {
	case int:
		println("int")
	}
	var v interface{} = x
	switch v.(type) {
	case int, string:
	case bool, int:
	}
	_ = x.(int)
}
