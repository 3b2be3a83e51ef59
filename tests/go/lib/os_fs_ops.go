package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "error:", err)
	}
}

// rel shows a path under the temporary directory without its random part.
var tmp string

func rel(p string) string { return strings.ReplaceAll(p, tmp, "$TMP") }

func main() {
	var err error
	tmp, err = os.MkdirTemp("", "gosub-os-*")
	check("MkdirTemp", err)
	defer os.RemoveAll(tmp)
	info, err := os.Stat(tmp)
	fmt.Println(info.IsDir(), info.Mode().Perm(), info.Mode().IsDir(), strings.HasPrefix(filepath.Base(tmp), "gosub-os-"))

	// WriteFile, ReadFile, Stat
	a := filepath.Join(tmp, "a.txt")
	check("WriteFile", os.WriteFile(a, []byte("hello\nworld\n"), 0644))
	data, err := os.ReadFile(a)
	fmt.Printf("%q %v\n", data, err)
	info, err = os.Stat(a)
	fmt.Println(info.Name(), info.Size(), info.Mode(), info.IsDir(), info.Mode().IsRegular(), err)
	fmt.Println(time.Since(info.ModTime()) < time.Minute, info.Sys() != nil)

	// Errors: not found, with errors.Is and os.IsNotExist, as *PathError
	_, err = os.ReadFile(filepath.Join(tmp, "missing"))
	fmt.Println(rel(err.Error()), errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, rel(pe.Path))
	_, err = os.Stat(filepath.Join(tmp, "missing"))
	fmt.Println(rel(err.Error()))
	_, err = os.Lstat(filepath.Join(tmp, "missing"))
	fmt.Println(rel(err.Error()))
	err = os.Mkdir(tmp, 0755)
	fmt.Println(rel(err.Error()), os.IsExist(err), errors.Is(err, fs.ErrExist))
	_, err = os.Open(filepath.Join(a, "below"))
	fmt.Println(rel(err.Error()))

	// Open, Read, Seek, ReadAt, Create, Write, WriteAt, Truncate, Stat of an open file
	f, err := os.Open(a)
	check("Open", err)
	buf := make([]byte, 5)
	n, err := f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	pos, err := f.Seek(-6, io.SeekEnd)
	fmt.Println(pos, err)
	n, err = f.ReadAt(buf, 6)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 10)
	fmt.Println(n, err, string(buf[:n]))
	fi, err := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), err)
	_, err = f.Write([]byte("x"))
	fmt.Println(rel(err.Error()))
	check("Close", f.Close())
	err = f.Close()
	fmt.Println(rel(err.Error()), errors.Is(err, os.ErrClosed))
	_, err = f.Read(buf)
	fmt.Println(rel(err.Error()))

	b := filepath.Join(tmp, "sub", "b.txt")
	check("MkdirAll", os.MkdirAll(filepath.Dir(b), 0755))
	check("MkdirAll again", os.MkdirAll(filepath.Dir(b), 0755))
	err = os.MkdirAll(filepath.Join(a, "x"), 0755)
	fmt.Println(rel(err.Error()))
	w, err := os.Create(b)
	check("Create", err)
	fmt.Fprintf(w, "line %d\n", 1)
	w.WriteString("line 2\n")
	n, err = w.WriteAt([]byte("LINE"), 0)
	fmt.Println(n, err)
	check("Truncate", w.Truncate(13))
	check("Close", w.Close())
	data, _ = os.ReadFile(b)
	fmt.Printf("%q\n", data)

	// OpenFile flags: append, exclusive create
	af, err := os.OpenFile(b, os.O_APPEND|os.O_WRONLY, 0)
	check("OpenFile", err)
	af.WriteString("appended\n")
	af.Close()
	data, _ = os.ReadFile(b)
	fmt.Printf("%q\n", data)
	_, err = os.OpenFile(b, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(rel(err.Error()), os.IsExist(err))

	// bufio over files
	bf, _ := os.Open(b)
	sc := bufio.NewScanner(bf)
	for sc.Scan() {
		fmt.Printf("scan %q\n", sc.Text())
	}
	bf.Close()
	wf, _ := os.Create(filepath.Join(tmp, "buffered.txt"))
	bw := bufio.NewWriter(wf)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(bw, "row %d\n", i)
	}
	fmt.Println(bw.Buffered())
	bw.Flush()
	wf.Close()
	rf, _ := os.Open(filepath.Join(tmp, "buffered.txt"))
	br := bufio.NewReader(rf)
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("read %q\n", line)
	}
	rf.Close()

	// Directories: ReadDir (sorted), File.ReadDir in batches, Readdirnames, DirEntry
	os.Mkdir(filepath.Join(tmp, "sub", "deeper"), 0700)
	os.WriteFile(filepath.Join(tmp, "sub", "c.go"), nil, 0600)
	os.WriteFile(filepath.Join(tmp, "sub", "A.md"), []byte("x"), 0600)
	entries, err := os.ReadDir(filepath.Join(tmp, "sub"))
	for _, e := range entries {
		inf, _ := e.Info()
		size := inf.Size()
		if inf.IsDir() {
			size = -1 // a directory's size depends on the file system
		}
		fmt.Println(e.Name(), e.IsDir(), e.Type(), size, inf.Mode())
	}
	fmt.Println(err)
	d, _ := os.Open(filepath.Join(tmp, "sub"))
	total := 0
	for {
		batch, err := d.ReadDir(2)
		total += len(batch)
		if err != nil {
			fmt.Println(total, err)
			break
		}
	}
	d.Close()
	d, _ = os.Open(filepath.Join(tmp, "sub"))
	names, err := d.Readdirnames(-1)
	fmt.Println(len(names), err)
	d.Close()
	_, err = os.ReadDir(a)
	fmt.Println(rel(err.Error()))

	// Rename, Remove, Symlink, Readlink, Lstat of a link, Chmod, Chtimes
	c := filepath.Join(tmp, "c.txt")
	check("Rename", os.Rename(a, c))
	_, err = os.Stat(a)
	fmt.Println(os.IsNotExist(err))
	err = os.Rename(a, c)
	fmt.Println(rel(err.Error()))
	link := filepath.Join(tmp, "link")
	check("Symlink", os.Symlink("c.txt", link))
	dest, err := os.Readlink(link)
	fmt.Println(dest, err)
	li, _ := os.Lstat(link)
	si, _ := os.Stat(link)
	fmt.Println(li.Mode()&fs.ModeSymlink != 0, li.Mode().Type() == fs.ModeSymlink, si.Mode().IsRegular(), si.Size())
	check("Chmod", os.Chmod(c, 0600))
	si, _ = os.Stat(c)
	fmt.Println(si.Mode())
	mtime := time.Date(2020, 5, 17, 10, 30, 0, 0, time.UTC)
	check("Chtimes", os.Chtimes(c, mtime, mtime))
	si, _ = os.Stat(c)
	fmt.Println(si.ModTime().UTC())
	ci, _ := os.Stat(c)
	fmt.Println(os.SameFile(si, ci), os.SameFile(si, li))
	err = os.Remove(filepath.Join(tmp, "sub"))
	fmt.Println(rel(err.Error()))
	err = os.Remove(filepath.Join(tmp, "nothing"))
	fmt.Println(rel(err.Error()))

	// CreateTemp
	tf, err := os.CreateTemp(tmp, "data-*.json")
	check("CreateTemp", err)
	base := filepath.Base(tf.Name())
	fmt.Println(strings.HasPrefix(base, "data-"), strings.HasSuffix(base, ".json"))
	tf.Close()
	_, err = os.CreateTemp(tmp, "bad/pattern")
	fmt.Println(err)
	_, err = os.MkdirTemp(filepath.Join(tmp, "none"), "x")
	fmt.Println(rel(err.Error()))

	// Environment and working directory
	os.Setenv("GOSUB_TEST_VAR", "value 1")
	v, ok := os.LookupEnv("GOSUB_TEST_VAR")
	fmt.Println(v, ok, os.Getenv("GOSUB_TEST_VAR"), os.ExpandEnv("[$GOSUB_TEST_VAR]"))
	found := false
	for _, kv := range os.Environ() {
		if kv == "GOSUB_TEST_VAR=value 1" {
			found = true
		}
	}
	os.Unsetenv("GOSUB_TEST_VAR")
	_, ok = os.LookupEnv("GOSUB_TEST_VAR")
	fmt.Println(found, ok)
	old, _ := os.Getwd()
	check("Chdir", os.Chdir(tmp))
	wd, _ := os.Getwd()
	real, _ := filepath.EvalSymlinks(tmp)
	fmt.Println(wd == tmp || wd == real)
	data, err = os.ReadFile("c.txt")
	fmt.Printf("%q %v\n", data, err)
	os.Chdir(old)
	host, err := os.Hostname()
	fmt.Println(host != "", err)

	// RemoveAll
	check("RemoveAll", os.RemoveAll(filepath.Join(tmp, "sub")))
	_, err = os.Stat(filepath.Join(tmp, "sub"))
	fmt.Println(os.IsNotExist(err), os.RemoveAll(filepath.Join(tmp, "never")))
	entries, _ = os.ReadDir(tmp)
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "data-") {
			fmt.Print(e.Name(), " ")
		}
	}
	fmt.Println()
}
