// go: skip (os.DirFS's ReadFile/ReadDir methods and their error paths are Go 1.21; output
// derived from Go's source: the error names the path given to the FS)
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	tmp, _ := os.MkdirTemp("", "gosub-dirfs-*")
	defer os.RemoveAll(tmp)
	fsys := os.DirFS(tmp)
	_, err := fs.ReadFile(fsys, "/abs")
	fmt.Println(err)
	_, err = fs.ReadFile(fsys, "none.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = fs.ReadDir(fsys, "../up")
	fmt.Println(err)
	_, err = fs.Stat(fsys, "gone")
	fmt.Println(err)
	_, err = fsys.Open("a//b")
	fmt.Println(err)
}
