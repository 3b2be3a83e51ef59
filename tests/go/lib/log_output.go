// exit: 1
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
	"sync"
	"time"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Print("plain", 1, 2, "x")
	l.Printf("formatted %d%%", 50)
	l.Println("line", 3)
	l.Print("ends with newline\n")
	l.Print()
	l.SetFlags(log.Lmsgprefix)
	l.SetPrefix("[pfx] ")
	l.Println("message prefix")
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == &buf)
	fmt.Println(l.Output(1, "direct"), strings.HasSuffix(buf.String(), "[pfx] direct\n"))

	// The date and time in the header follow the clock, in the requested formats.
	buf.Reset()
	l = log.New(&buf, "", log.LstdFlags|log.Lmicroseconds|log.LUTC)
	before := time.Now().UTC()
	l.Print("stamped")
	after := time.Now().UTC()
	line := buf.String()
	stamp, err := time.Parse("2006/01/02 15:04:05.000000", line[:26])
	ok := err == nil && !stamp.Before(before.Truncate(time.Microsecond)) && !stamp.After(after)
	fmt.Println(ok, len(line), line[26:])
	buf.Reset()
	l.SetFlags(log.Ldate)
	l.Print("date only")
	fmt.Println(len(buf.String()), buf.String()[10:], buf.String()[:10] == time.Now().UTC().Format("2006/01/02"))
	buf.Reset()
	l.SetFlags(log.Ltime)
	l.Print("time only")
	fmt.Println(len(buf.String()), buf.String()[8:])

	// The standard logger.
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Print("to stdout")
	log.Printf("%s=%v", "k", true)
	log.Println("ln")
	fmt.Println(log.Flags(), log.Prefix(), log.Writer() == os.Stdout, log.Default().Prefix())
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		log.Panicf("bad %d", 7)
	}()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		log.Panicln("bad", "line")
	}()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		l.SetFlags(0)
		l.Panic("logger panic")
	}()

	// Concurrent loggers never interleave within a line.
	buf.Reset()
	cl := log.New(&buf, "", 0)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				cl.Printf("goroutine %d message %d %s", g, i, strings.Repeat("x", g))
			}
		}(g)
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	good := 0
	for _, ln := range lines {
		f := strings.Fields(ln)
		if len(f) >= 4 && f[0] == "goroutine" && f[2] == "message" && (len(f) == 4 || len(f[4]) == int(f[1][0]-'0')) {
			good++
		}
	}
	fmt.Println(len(lines), good)
	log.Fatalln("fatal:", "bye")
}
