// Many short blocking reads: each read hands the goroutine's P to another worker while it
// waits in the kernel. Another worker that finds nothing to do must not take the reader
// for stuck (a false "all goroutines are asleep").
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	name := os.TempDir() + "/gosub_blocking_reads_" + strconv.Itoa(os.Getpid())
	data := make([]byte, 4096)
	for i := range data {
		data[i] = byte('a' + i%26)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(name)
	total := 0
	for round := 0; round < 200; round++ {
		f, err := os.Open(name)
		if err != nil {
			fmt.Println(err)
			return
		}
		buf := make([]byte, 64)
		for {
			n, err := f.Read(buf)
			total += n
			if err != nil {
				break
			}
		}
		f.Close()
	}
	fmt.Println("read", total, "bytes")
}
