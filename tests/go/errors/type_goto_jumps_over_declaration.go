// error: 10:7: goto done jumps over
// A goto must not jump over a variable declaration into its scope. (The rest of the
// message differs between versions: Go 1.19 names "declaration of n at FILE:L:C", later
// versions say "variable declaration at line 11".)
package main

import "fmt"

func main() {
	goto done
	n := 1
	fmt.Println(n)
done:
	fmt.Println("done")
}
