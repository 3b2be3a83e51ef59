package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
)

func main() {
	// Output, Run and the exit status.
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)
	err = exec.Command("sh", "-c", "exit 3").Run()
	fmt.Println(err)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Println(ee.ExitCode(), ee.Exited(), ee.Success(), ee.String(), len(ee.Stderr))
		ws := ee.Sys().(syscall.WaitStatus)
		fmt.Println(ws.Exited(), ws.ExitStatus(), ws.Signaled())
	}

	// Output keeps the standard error of a failed command in the ExitError.
	_, err = exec.Command("sh", "-c", "echo oops >&2; exit 1").Output()
	fmt.Printf("%v %q\n", err, err.(*exec.ExitError).Stderr)

	// CombinedOutput: both streams, in order.
	b, err := exec.Command("sh", "-c", "echo out; echo err >&2; echo out2").CombinedOutput()
	fmt.Printf("%q %v\n", b, err)

	// A signal ends the child.
	cmd := exec.Command("sh", "-c", "kill -9 $$")
	err = cmd.Run()
	fmt.Println(err, cmd.ProcessState.ExitCode(), cmd.ProcessState.Exited(), cmd.ProcessState.Success())
	cmd = exec.Command("sh", "-c", "kill -TERM $$")
	fmt.Println(cmd.Run(), cmd.ProcessState)

	// Commands that cannot run.
	err = exec.Command("nosuchcmd").Run()
	fmt.Println(err)
	fmt.Println(errors.Is(err, exec.ErrNotFound))
	var e *exec.Error
	fmt.Println(errors.As(err, &e), e.Name)
	_, err = exec.LookPath("nosuchcmd")
	fmt.Println(err)
	p, err := exec.LookPath("sh")
	fmt.Println(filepath.Base(p), filepath.IsAbs(p), err)
	err = exec.Command("/no/such/program").Run()
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	fmt.Println(exec.Command("").Run())

	// Run twice, Wait before Start.
	cmd = exec.Command("true")
	fmt.Println(cmd.Run(), cmd.ProcessState.Success(), cmd.ProcessState.Pid() == cmd.Process.Pid)
	fmt.Println(cmd.Run())
	fmt.Println(exec.Command("true").Wait())
	cmd = exec.Command("true")
	cmd.Start()
	fmt.Println(cmd.Wait(), cmd.Wait())

	// Stdout already set.
	cmd = exec.Command("echo")
	cmd.Stdout = os.Stdout
	_, err = cmd.Output()
	fmt.Println(err)
	_, err = cmd.CombinedOutput()
	fmt.Println(err)

	// String, Path, Args.
	cmd = exec.Command("sh", "-c", "echo hi")
	fmt.Println(strings.HasSuffix(cmd.String(), "/sh -c echo hi"), cmd.Args, filepath.Base(cmd.Path))
	fmt.Println(exec.Command("nosuchcmd", "a", "b").String())

	// A child writing to our stdout comes after what we printed before it.
	fmt.Print("before the child; ")
	cmd = exec.Command("echo", "the child")
	cmd.Stdout = os.Stdout
	fmt.Println(cmd.Run())
	fmt.Println("after the child")
}
