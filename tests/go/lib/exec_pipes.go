package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

type upper struct{ b strings.Builder }

func (u *upper) Write(p []byte) (int, error) {
	u.b.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	// Stdin from a Reader, Stdout to a Writer: pipes and copying goroutines.
	cmd := exec.Command("cat")
	cmd.Stdin = strings.NewReader("from stdin\n")
	u := &upper{}
	cmd.Stdout = u
	fmt.Println(cmd.Run(), u.b.String())

	// More than a pipe holds, both ways at once.
	big := strings.Repeat("0123456789abcdef\n", 50000)
	cmd = exec.Command("cat")
	cmd.Stdin = strings.NewReader(big)
	var out bytes.Buffer
	cmd.Stdout = &out
	fmt.Println(cmd.Run(), out.Len(), out.String() == big)

	// A child that stops reading early: no error, no SIGPIPE for us.
	cmd = exec.Command("head", "-c", "5")
	cmd.Stdin = strings.NewReader(big)
	b, err := cmd.Output()
	fmt.Printf("%q %v\n", b, err)

	// StdoutPipe, read line by line while the child runs.
	cmd = exec.Command("sh", "-c", "for i in 1 2 3; do echo line $i; done")
	r, err := cmd.StdoutPipe()
	fmt.Println(err)
	fmt.Println(cmd.Start())
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
	}
	fmt.Println(cmd.Wait())

	// StdinPipe, written by us, then closed.
	cmd = exec.Command("tr", "a-z", "A-Z")
	w, err := cmd.StdinPipe()
	fmt.Println(err)
	var o2 bytes.Buffer
	cmd.Stdout = &o2
	cmd.Start()
	io.WriteString(w, "hello pipe\n")
	fmt.Fprintf(w, "%d more\n", 2)
	fmt.Println(w.Close())
	fmt.Println(cmd.Wait(), o2.String())

	// StderrPipe.
	cmd = exec.Command("sh", "-c", "echo to stderr >&2")
	ep, _ := cmd.StderrPipe()
	cmd.Start()
	all, _ := io.ReadAll(ep)
	fmt.Printf("%q %v\n", all, cmd.Wait())

	// Pipe errors.
	cmd = exec.Command("cat")
	cmd.Stdin = os.Stdin
	_, err = cmd.StdinPipe()
	fmt.Println(err)
	cmd = exec.Command("true")
	cmd.Start()
	_, err = cmd.StdoutPipe()
	fmt.Println(err)
	cmd.Wait()

	// An *os.File goes to the child as it is.
	pr, pw, err := os.Pipe()
	fmt.Println(err, pr.Name(), pw.Name())
	cmd = exec.Command("echo", "through os.Pipe")
	cmd.Stdout = pw
	fmt.Println(cmd.Run())
	pw.Close()
	got, _ := io.ReadAll(pr)
	fmt.Printf("%q\n", got)

	// A write to a pipe whose reader is gone is EPIPE, not the end of the program.
	pr, pw, _ = os.Pipe()
	pr.Close()
	_, err = pw.Write([]byte("x"))
	fmt.Println(err)
}
