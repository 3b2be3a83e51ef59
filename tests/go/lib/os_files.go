package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "failed:", err)
		os.Exit(1)
	}
}

func main() {
	// Work in a fresh directory under the temporary directory, by relative names, so that
	// error messages do not depend on where it is.
	dir := os.TempDir() + "/gosub_lib_os_files_" + strconv.Itoa(os.Getpid())
	check("mkdir", os.Mkdir(dir, 0o755))
	home, err := os.Getwd()
	check("getwd", err)
	check("chdir", os.Chdir(dir))
	wd, _ := os.Getwd()
	fmt.Println("in the new directory:", strings.HasSuffix(wd, "/gosub_lib_os_files_"+strconv.Itoa(os.Getpid())))

	_, err = os.Open("missing.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist), os.IsNotExist(err), os.IsExist(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Printf("op=%s path=%s err=%v\n", pe.Op, pe.Path, pe.Err)
	}
	_, err = os.Create("nodir/x.txt")
	fmt.Println(err, os.IsNotExist(err))

	check("writefile", os.WriteFile("data.txt", []byte("line one\nline two\n"), 0o644))
	b, err := os.ReadFile("data.txt")
	fmt.Printf("%q %v\n", b, err)
	check("writefile", os.WriteFile("data.txt", []byte("shorter\n"), 0o644))
	b, _ = os.ReadFile("data.txt")
	fmt.Printf("truncated: %q\n", b)

	f, err := os.OpenFile("data.txt", os.O_WRONLY|os.O_APPEND, 0)
	check("open append", err)
	n, err := f.WriteString("appended\n")
	fmt.Println("append:", n, err, f.Name())
	check("close", f.Close())
	b, _ = os.ReadFile("data.txt")
	fmt.Printf("%q\n", b)

	_, err = os.OpenFile("data.txt", os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	fmt.Println(err, errors.Is(err, os.ErrExist), os.IsExist(err))

	// Read and Seek on a file made with Create.
	f, err = os.Create("rw.bin")
	check("create", err)
	big := make([]byte, 10000)
	for i := range big {
		big[i] = byte(i % 251)
	}
	n, err = f.Write(big)
	fmt.Println("wrote", n, err)
	pos, err := f.Seek(0, io.SeekCurrent)
	fmt.Println("at", pos, err)
	pos, err = f.Seek(-10, io.SeekEnd)
	fmt.Println("at", pos, err)
	buf := make([]byte, 4)
	n, err = f.Read(buf)
	fmt.Println(n, err, buf)
	f.Seek(9998, io.SeekStart)
	n, err = f.Read(buf)
	fmt.Println(n, err, buf[:n])
	n, err = f.Read(buf)
	fmt.Println(n, err)
	n, err = f.Read(nil)
	fmt.Println("empty read at EOF:", n, err)
	_, err = f.Seek(-1, io.SeekStart)
	fmt.Println(err)
	f.Seek(0, io.SeekStart)
	all, err := io.ReadAll(f)
	same := len(all) == len(big)
	for i := range all {
		same = same && all[i] == big[i]
	}
	fmt.Println("ReadAll:", len(all), err, same)

	fmt.Println("close:", f.Close())
	fmt.Println("close again:", f.Close())
	err = f.Close()
	fmt.Println(errors.Is(err, os.ErrClosed), errors.Is(err, os.ErrNotExist))
	_, err = f.Read(buf)
	fmt.Println(err)
	_, err = f.WriteString("x")
	fmt.Println(err)
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println(err)

	// Directories.
	err = os.Mkdir("sub", 0o755)
	fmt.Println("mkdir:", err)
	err = os.Mkdir("sub", 0o755)
	fmt.Println(err, os.IsExist(err), errors.Is(err, os.ErrExist))
	d, err := os.Open("sub")
	check("open dir", err)
	_, err = d.Read(buf)
	fmt.Println(err)
	d.Close()
	check("writefile", os.WriteFile("sub/inner.txt", nil, 0o600))
	err = os.Remove("sub")
	fmt.Println(err)
	fmt.Println(os.Remove("sub/inner.txt"), os.Remove("sub"))
	err = os.Remove("sub")
	fmt.Println(err, os.IsNotExist(err))
	err = os.Chdir("nowhere")
	fmt.Println(err)

	var nilFile *os.File
	_, err = nilFile.Write([]byte("x"))
	fmt.Println(err, err == os.ErrInvalid, nilFile.Close() == os.ErrInvalid)

	fmt.Println(os.FileMode(0o755), os.FileMode(0o644)|os.ModeDir, os.ModeDir|os.ModeSymlink|0o7,
		os.FileMode(0).String(), (os.ModeDir | 0o700).IsDir(), os.FileMode(0o600).IsRegular(),
		(os.ModeDir | 0o750).Perm())

	check("remove", os.Remove("data.txt"))
	check("remove", os.Remove("rw.bin"))
	check("chdir back", os.Chdir(home))
	check("rmdir", os.Remove(dir))
	fmt.Println("cleaned up")
}
