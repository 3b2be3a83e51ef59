// error: 7:9: syntax error: else must be followed by if or statement block
package main

func main() {
	x := 1
	if x > 0 {
	} else x = 2
}
