// error: 11:5: break is not in a loop, switch, or select
// error: 14:5: continue is not in a loop
// A function literal starts a new context: the loops of the enclosing function are not
// visible to break and continue inside it.
package main

func main() {
	for i := 0; i < 3; i++ {
		func() {
			if i == 1 {
				break
			}
			if i == 2 {
				continue
			}
		}()
	}
}
