// error: 6:6: missing function body
// A function declared without a body must be implemented elsewhere (in assembly): a
// program made of this one file cannot provide it.
package main

func declared() int

func main() {
	_ = declared()
}
