package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	// A writer goroutine and a reader: every byte arrives, in order; Close gives EOF.
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 5; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())

	// One Write is split across small Reads; Write returns only once all is taken.
	pr, pw = io.Pipe()
	done := make(chan string)
	go func() {
		n, err := pw.Write([]byte("abcdefghij"))
		done <- fmt.Sprint("write returned ", n, " ", err)
	}()
	buf := make([]byte, 3)
	total := 0
	for total < 10 {
		n, err := pr.Read(buf)
		fmt.Printf("read %q %v\n", buf[:n], err)
		total += n
	}
	fmt.Println(<-done)

	// CloseWithError on the write end: the reader sees that error after the data.
	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("partial"))
		pw.CloseWithError(errors.New("producer failed"))
		pw.CloseWithError(errors.New("ignored: the first reason stays"))
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)
	n, err := pr.Read(buf)
	fmt.Println(n, err)

	// Closing the read end: a blocked writer fails with the reader's reason.
	pr, pw = io.Pipe()
	go func() {
		pr.Read(buf[:2])
		pr.CloseWithError(errors.New("consumer gone"))
	}()
	n, err = pw.Write([]byte("more than two bytes"))
	fmt.Println(n, err)
	n, err = pw.Write([]byte("x"))
	fmt.Println(n, err)
	pw.Close()
	n, err = pw.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	n, err = pr.Read(buf)
	fmt.Println(n, err)

	// Plain Close of the read end: writes get ErrClosedPipe, reads too.
	pr, pw = io.Pipe()
	pr.Close()
	n, err = pw.Write([]byte("x"))
	fmt.Println(n, err == io.ErrClosedPipe)
	n, err = pr.Read(buf)
	fmt.Println(n, err == io.ErrClosedPipe)

	// Many concurrent writers: writes are not interleaved.
	pr, pw = io.Pipe()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				pw.Write([]byte(strings.Repeat(string(rune('a'+w)), 8) + "\n"))
			}
		}(w)
	}
	go func() {
		wg.Wait()
		pw.Close()
	}()
	counts := map[string]int{}
	sc = bufio.NewScanner(pr)
	for sc.Scan() {
		counts[sc.Text()]++
	}
	fmt.Println(len(counts), counts["aaaaaaaa"], counts["dddddddd"])

	// A pipe between io.Copy and a TeeReader/MultiWriter chain.
	pr, pw = io.Pipe()
	go func() {
		io.Copy(pw, strings.NewReader("through the pipe"))
		pw.Close()
	}()
	var copy1, copy2 strings.Builder
	tee := io.TeeReader(io.LimitReader(pr, 11), &copy1)
	m, err := io.Copy(io.MultiWriter(&copy2, io.Discard), tee)
	fmt.Println(m, err, copy1.String(), copy2.String())
	rest, _ := io.ReadAll(pr)
	fmt.Printf("%q\n", rest)

	// strings.Reader's ReadAt and Seek.
	sr := strings.NewReader("0123456789")
	p := make([]byte, 4)
	n, err = sr.ReadAt(p, 8)
	fmt.Println(n, err, string(p[:n]))
	_, err = sr.ReadAt(p, -1)
	fmt.Println(err)
	pos, err := sr.Seek(3, io.SeekStart)
	fmt.Println(pos, err)
	pos, _ = sr.Seek(2, io.SeekCurrent)
	b, _ := sr.ReadByte()
	fmt.Println(pos, string(b))
	pos, _ = sr.Seek(-1, io.SeekEnd)
	b, _ = sr.ReadByte()
	fmt.Println(pos, string(b))
	_, err = sr.Seek(0, 9)
	fmt.Println(err)
	_, err = sr.Seek(-20, io.SeekEnd)
	fmt.Println(err)
	sec := io.NewSectionReader(sr, 2, 5)
	all, _ := io.ReadAll(sec)
	fmt.Println(string(all))
}
