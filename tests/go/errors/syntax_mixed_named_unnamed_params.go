// error: 5:15: syntax error: mixed named and unnamed parameters
// Parameters are either all named or all unnamed.
package main

func f(a int, b) {}

func main() {}
