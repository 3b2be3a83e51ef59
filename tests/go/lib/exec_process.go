package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	// os.StartProcess with explicit descriptors.
	r, w, _ := os.Pipe()
	p, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "echo started; exit 7"},
		&os.ProcAttr{Files: []*os.File{nil, w, os.Stderr}})
	fmt.Println(err, p.Pid > 0)
	w.Close()
	buf := make([]byte, 100)
	n, _ := r.Read(buf)
	fmt.Printf("%q\n", buf[:n])
	st, err := p.Wait()
	fmt.Println(st, err, st.ExitCode(), st.Exited(), st.Success(), st.Pid() == p.Pid)
	fmt.Println(st.UserTime() >= 0, st.SystemTime() >= 0, st.SysUsage() != nil)
	_, err = p.Wait()
	fmt.Println(err)
	fmt.Println(p.Signal(os.Kill))

	_, err = os.StartProcess("/no/such", []string{"x"}, &os.ProcAttr{})
	fmt.Println(err)

	// Signalling a running child: SIGTERM, then Kill.
	cmd := exec.Command("sleep", "5")
	cmd.Start()
	time.Sleep(50 * time.Millisecond)
	fmt.Println(cmd.Process.Signal(syscall.SIGTERM))
	fmt.Println(cmd.Wait())
	fmt.Println(cmd.ProcessState.String(), cmd.ProcessState.ExitCode())
	fmt.Println(cmd.Process.Signal(syscall.SIGTERM))

	cmd = exec.Command("sleep", "5")
	cmd.Start()
	fmt.Println(cmd.Process.Kill())
	err = cmd.Wait()
	fmt.Println(err, err.(*exec.ExitError).Sys().(syscall.WaitStatus).Signal())

	// FindProcess of a process that does not exist; Release.
	q, err := os.FindProcess(999999)
	fmt.Println(q.Pid, err, q.Signal(syscall.Signal(0)))
	_, err = q.Wait()
	fmt.Println(err)
	q.Release()
	fmt.Println(q.Pid, q.Signal(os.Interrupt))

	me, _ := os.FindProcess(os.Getpid())
	fmt.Println(me.Signal(syscall.Signal(0)), os.Getppid() > 1 || os.Getppid() == 1)

	// Many children waited for at once.
	done := make(chan int)
	for i := 0; i < 20; i++ {
		go func(i int) {
			err := exec.Command("sh", "-c", fmt.Sprintf("sleep 0.1; exit %d", i%5)).Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			}
			done <- code
		}(i)
	}
	sum := 0
	for i := 0; i < 20; i++ {
		sum += <-done
	}
	fmt.Println("sum of exit codes:", sum)

	// syscall: errors and status words.
	fmt.Println(syscall.ENOENT, syscall.EPIPE, syscall.Errno(0), syscall.ECHILD)
	fmt.Printf("%#v %d %T\n", syscall.EPIPE, syscall.EACCES, syscall.ENOENT)
	var ws syscall.WaitStatus
	fmt.Println(ws.Exited(), ws.ExitStatus(), ws.Signaled(), ws.Signal())
	var wpid int
	c2 := exec.Command("sh", "-c", "exit 4")
	c2.Start()
	var ru syscall.Rusage
	wpid, err = syscall.Wait4(c2.Process.Pid, &ws, 0, &ru)
	fmt.Println(wpid == c2.Process.Pid, err, ws.Exited(), ws.ExitStatus())
}
