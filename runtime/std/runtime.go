// Package runtime: the types of the runtime's own panics, and goroutine/scheduler queries.
//
// The VM panics with these types: runtime.Error values for faults it detects (index out of
// range, nil dereference, division by zero: errorString, whose text includes the
// "runtime error: " prefix), plainError for misuse that Go reports without the prefix
// ("assignment to entry in nil map"), and *TypeAssertionError for failed type assertions.
package runtime

// Error identifies a run time error.
type Error interface {
	error
	RuntimeError()
}

type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return string(e) }

type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}
func (e *TypeAssertionError) Error() string { return e.msg }

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }
func (*PanicNilError) RuntimeError() {}

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gosub"

// GOOS and GOARCH: where the program runs.
const GOOS = "linux"
const GOARCH = "amd64"

// KeepAlive marks its argument as reachable: nothing to do, the collector is conservative.
func KeepAlive(x any) {}

// A Func is a function of the program, as FuncForPC finds it; its pc lies in its code.
type Func struct {
	entry uintptr
}

// Name returns the function's name ("main.f", "main.(*T).M"), or "" for a nil *Func.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	name, _, _, _ := funcInfo(f.entry)
	return name
}

// Entry returns the address of the function's first instruction.
func (f *Func) Entry() uintptr { return f.entry }

// FileLine returns the file name and line number of the source code at pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _ = funcInfo(pc)
	return
}

// Frame is what Frames.Next reports of one call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames walks the pcs Callers returned, innermost first.
type Frames struct {
	callers []uintptr
}

// CallersFrames returns the frames of pcs returned by Callers.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame, and whether a call to Next would return another one.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0] - 1 // a return address: the call lies just before it
		ci.callers = ci.callers[1:]
		name, file, line, entry := funcInfo(pc)
		if entry == 0 {
			continue
		}
		frame = Frame{PC: pc, Func: FuncForPC(pc), Function: name, File: file, Line: line, Entry: entry}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}
