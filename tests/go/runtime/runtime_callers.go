package main

// runtime.Caller, Callers, CallersFrames, FuncForPC and Stack report the calling goroutine's
// frames with Go's function names and absolute file paths: the line of each call, the line
// that panicked below a deferred call run by the panic (runtime.gopanic between), the return
// that runs a deferred call.

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{}

func (T) value() (string, int)   { return where(1) }
func (*T) pointer() (string, int) { return where(1) }

// where reports the function and line skip frames above its caller.
func where(skip int) (string, int) {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?", 0
	}
	if !strings.HasPrefix(file, "/") || !strings.HasSuffix(file, "runtime_callers.go") {
		return "bad file " + file, 0
	}
	return runtime.FuncForPC(pc).Name(), line
}

// frames lists the functions and lines of the stack from Callers(skip).
func frames(skip int) []string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(skip, pcs)
	fs := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := fs.Next()
		if strings.HasPrefix(f.Function, "main.") || f.Function == "runtime.gopanic" {
			out = append(out, fmt.Sprintf("%s:%d", f.Function, f.Line))
		} else if f.Function == "runtime.Callers" {
			out = append(out, f.Function)
		}
		if !more {
			break
		}
	}
	return out
}

func fault(p *int) int {
	return *p // line 52
}

func inPanic() (got []string) {
	defer func() {
		recover()
		got = frames(1)
	}()
	fault(nil)
	return nil
}

func atReturn() (got []string) {
	defer func() {
		got = frames(2)
	}()
	fmt.Sprint("no panic")
	return nil // line 69
}

var endFrames []string

func atEnd() {
	defer func() { endFrames = frames(2) }()
	fmt.Sprint("no panic")
}

func main() {
	fmt.Println(where(0))
	fmt.Println(T{}.value())
	fmt.Println((&T{}).pointer())
	func() {
		fmt.Println(where(0))
		fmt.Println(where(1))
	}()
	fmt.Println(frames(0))
	fmt.Println(inPanic())
	fmt.Println(atReturn())
	atEnd()
	fmt.Println(endFrames)

	_, _, _, ok := runtime.Caller(1000)
	fmt.Println(ok)
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
	pc, _, line, _ := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	file, l := f.FileLine(pc)
	fmt.Println(f.Name(), file[strings.LastIndex(file, "/")+1:], l == line, f.Entry() <= pc, f == runtime.FuncForPC(pc))

	buf := make([]byte, 4096)
	s := string(buf[:runtime.Stack(buf, false)])
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\nmain.main()\n\t"),
		strings.Contains(s, "runtime_callers.go:102 "))
	short := make([]byte, 10)
	fmt.Printf("%q\n", short[:runtime.Stack(short, false)])
	runtime.KeepAlive(buf)
}
