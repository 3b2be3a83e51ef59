// error: 7:6: func init must have no arguments and no return values
// error: 9:6: func main must have no arguments and no return values
// error: 10:2: undefined: init
// init and main take no arguments and return nothing; init cannot be referred to.
package main

func init(x int) {}

func main() int {
	init()
	return 0
}
