// Package log: simple logging. A Logger writes each message as one line, one Write per
// message, after a header: the prefix, the date and time as its flags ask, then the
// message (and a newline unless it ends with one). Fatal* exit with status 1 after
// logging; Panic* panic with the message.
//
// The clock reading is a native (the C library's local time, or UTC with LUTC), so that
// log does not load package time; the lock is a channel of one slot, so that it does not
// load package sync. gosub has no runtime.Caller yet: Lshortfile and Llongfile print
// "???:0", Go's text for an unknown caller.
//
// Natives: lib_log_funcs in runtime/lib/log.c.
package log

import (
	"fmt"
	"io"
	"os"
)

// Flags choosing the header's parts, in this order: date, time, file and line.
const (
	Ldate         = 1 << iota     // 2009/01/23
	Ltime                         // 01:23:23
	Lmicroseconds                 // 01:23:23.123123 (implies Ltime)
	Llongfile                     // /a/b/c/d.go:23
	Lshortfile                    // d.go:23 (overrides Llongfile)
	LUTC                          // UTC rather than local time
	Lmsgprefix                    // the prefix before the message, not the header
	LstdFlags     = Ldate | Ltime // the standard logger's initial flags
)

// A Logger writes log lines to an io.Writer; it is safe for concurrent use.
type Logger struct {
	mu     chan struct{} // holds a value while a goroutine uses the fields below
	prefix string
	flag   int
	out    io.Writer
	buf    []byte
}

// New returns a Logger writing to out with the given prefix and flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{mu: make(chan struct{}, 1), prefix: prefix, flag: flag, out: out}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger the package-level functions use.
func Default() *Logger { return std }

func (l *Logger) lock()   { l.mu <- struct{}{} }
func (l *Logger) unlock() { <-l.mu }

func (l *Logger) SetOutput(w io.Writer) {
	l.lock()
	l.out = w
	l.unlock()
}

func (l *Logger) Writer() io.Writer {
	l.lock()
	defer l.unlock()
	return l.out
}

func (l *Logger) Flags() int {
	l.lock()
	defer l.unlock()
	return l.flag
}

func (l *Logger) SetFlags(flag int) {
	l.lock()
	l.flag = flag
	l.unlock()
}

func (l *Logger) Prefix() string {
	l.lock()
	defer l.unlock()
	return l.prefix
}

func (l *Logger) SetPrefix(prefix string) {
	l.lock()
	l.prefix = prefix
	l.unlock()
}

// appendInt appends i in decimal, zero-padded to wid digits.
func appendInt(b []byte, i int, wid int) []byte {
	var d [20]byte
	k := len(d)
	for i >= 10 || wid > 1 {
		k--
		d[k] = byte('0' + i%10)
		i /= 10
		wid--
	}
	k--
	d[k] = byte('0' + i)
	return append(b, d[k:]...)
}

// header appends the prefix (unless Lmsgprefix), the date and time the flags ask for, and
// the file and line, then the prefix if Lmsgprefix.
func (l *Logger) header(b []byte, file string, line int) []byte {
	if l.flag&Lmsgprefix == 0 {
		b = append(b, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		year, month, day, hour, min, sec, usec := clock(l.flag&LUTC != 0)
		if l.flag&Ldate != 0 {
			b = appendInt(b, year, 4)
			b = append(b, '/')
			b = appendInt(b, month, 2)
			b = append(b, '/')
			b = append(appendInt(b, day, 2), ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			b = appendInt(b, hour, 2)
			b = append(b, ':')
			b = appendInt(b, min, 2)
			b = append(b, ':')
			b = appendInt(b, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				b = appendInt(append(b, '.'), usec, 6)
			}
			b = append(b, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		b = append(b, file...)
		b = append(appendInt(append(b, ':'), line, -1), ": "...)
	}
	if l.flag&Lmsgprefix != 0 {
		b = append(b, l.prefix...)
	}
	return b
}

// Output writes one log line: the header, then s (with a newline added unless it ends
// with one). calldepth is the caller's depth for Lshortfile/Llongfile.
func (l *Logger) Output(calldepth int, s string) error {
	l.lock()
	defer l.unlock()
	l.buf = append(l.header(l.buf[:0], "???", 0), s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		l.buf = append(l.buf, '\n')
	}
	_, err := l.out.Write(l.buf)
	return err
}

func (l *Logger) Print(v ...any)                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.Output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

func SetOutput(w io.Writer)                { std.SetOutput(w) }
func Writer() io.Writer                    { return std.Writer() }
func Flags() int                           { return std.Flags() }
func SetFlags(flag int)                    { std.SetFlags(flag) }
func Prefix() string                       { return std.Prefix() }
func SetPrefix(prefix string)              { std.SetPrefix(prefix) }
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

// The package-level functions log through the standard logger (with no runtime.Caller,
// the call depth makes no difference).
func Print(v ...any)                 { std.Print(v...) }
func Printf(format string, v ...any) { std.Printf(format, v...) }
func Println(v ...any)               { std.Println(v...) }
func Fatal(v ...any)                 { std.Fatal(v...) }
func Fatalf(format string, v ...any) { std.Fatalf(format, v...) }
func Fatalln(v ...any)               { std.Fatalln(v...) }
func Panic(v ...any)                 { std.Panic(v...) }
func Panicf(format string, v ...any) { std.Panicf(format, v...) }
func Panicln(v ...any)               { std.Panicln(v...) }
