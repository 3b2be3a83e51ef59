// exit: 3
// stderr: fatal: giving up after 2 tries
package main

import (
	"bufio"
	"fmt"
	"os"
)

func work(try int) (err error) {
	defer func() {
		fmt.Println("deferred in work runs on return:", try)
	}()
	if try > 1 {
		return fmt.Errorf("giving up after %d tries", try)
	}
	return nil
}

func main() {
	defer fmt.Println("deferred in main: never printed")
	fmt.Print("partial line, no newline yet...")
	os.Stdout.WriteString(" then WriteString\n")
	os.Stdout.Write([]byte("and Write\n"))
	w := bufio.NewWriter(os.Stdout)
	w.WriteString("flushed through bufio\n")
	w.Flush()
	w.WriteString("left in the bufio buffer: lost at exit\n")
	for try := 1; ; try++ {
		if err := work(try); err != nil {
			fmt.Fprintln(os.Stderr, "fatal:", err)
			fmt.Println("exiting with 3")
			func() {
				defer fmt.Println("deferred in a nested call: not printed either")
				os.Exit(3)
			}()
		}
	}
}
