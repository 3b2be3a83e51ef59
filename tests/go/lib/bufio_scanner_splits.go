package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// chunkReader hands out its data k bytes per Read; with eofWithData the last Read returns
// the final bytes together with io.EOF, as some readers do.
type chunkReader struct {
	data        string
	k           int
	eofWithData bool
	err         error // returned once the data is out (io.EOF if nil)
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		return 0, io.EOF
	}
	n := r.k
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.data) {
		n = len(r.data)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	if len(r.data) == 0 && r.eofWithData && r.err == nil {
		return n, io.EOF
	}
	return n, nil
}

// stuckReader never makes progress.
type stuckReader struct{ calls int }

func (r *stuckReader) Read(p []byte) (int, error) {
	r.calls++
	return 0, nil
}

func scanAll(name string, sc *bufio.Scanner) {
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%s: %d %q err=%v\n", name, len(toks), toks, sc.Err())
}

func newScanner(data string, k int, split bufio.SplitFunc) *bufio.Scanner {
	sc := bufio.NewScanner(&chunkReader{data: data, k: k})
	sc.Split(split)
	return sc
}

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	for i, c := range data {
		if c == ',' {
			tok := data[:i]
			if string(tok) == "STOP" {
				return i + 1, tok, bufio.ErrFinalToken
			}
			return i + 1, tok, nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: recovered %v\n", name, recover())
	}()
	f()
}

func main() {
	fmt.Println("MaxScanTokenSize:", bufio.MaxScanTokenSize)

	words := "  alpha\tbeta\n\ngamma\u2003delta\u00a0eps\u0085zeta\u3000eta \u200btheta\v\f iota  "
	for _, k := range []int{1, 3, 1000} {
		scanAll(fmt.Sprintf("words/%d", k), newScanner(words, k, bufio.ScanWords))
	}
	scanAll("words/empty", newScanner("", 1, bufio.ScanWords))
	scanAll("words/blank", newScanner(" \n\t ", 2, bufio.ScanWords))

	runes := "aé\xffz€\xe2\x82 😀!"
	for _, k := range []int{1, 2, 100} {
		sc := newScanner(runes, k, bufio.ScanRunes)
		var out []string
		for sc.Scan() {
			out = append(out, fmt.Sprintf("%q/%d", sc.Text(), len(sc.Bytes())))
		}
		fmt.Printf("runes/%d: %v %v\n", k, out, sc.Err())
	}
	scanAll("bytes", newScanner("a\x00b\n", 2, bufio.ScanBytes))

	lines := "one\ntwo\r\n\r\nthree"
	for _, k := range []int{1, 4, 64} {
		sc := bufio.NewScanner(&chunkReader{data: lines, k: k, eofWithData: true})
		scanAll(fmt.Sprintf("lines/%d", k), sc)
	}
	scanAll("lines/only-newlines", newScanner("\n\n\n", 1, bufio.ScanLines))
	scanAll("lines/crlf-at-end", newScanner("x\r", 1, bufio.ScanLines))

	scanAll("comma", newScanner("a,bb,,ccc,STOP,ignored,more", 3, commaSplit))
	scanAll("comma/no-stop", newScanner("a,b,", 1, commaSplit))

	// Tokens longer than the buffer's limit.
	sc := newScanner("short\nmedium1\nmuch too long a line\nnever seen\n", 5, bufio.ScanLines)
	sc.Buffer(make([]byte, 4), 8)
	scanAll("toolong", sc)
	fmt.Println("is ErrTooLong:", sc.Err() == bufio.ErrTooLong)
	sc = newScanner("12345678\n", 5, bufio.ScanLines)
	sc.Buffer(nil, 9)
	scanAll("fits-exactly", sc)
	sc = newScanner("123456789\n", 5, bufio.ScanLines)
	sc.Buffer(nil, 9)
	scanAll("one-over", sc)

	// A long line grows the buffer past its 4096-byte start.
	long := make([]byte, 10000)
	for i := range long {
		long[i] = byte('a' + i%26)
	}
	sc = newScanner("x\n"+string(long)+"\ny", 777, bufio.ScanLines)
	for sc.Scan() {
		t := sc.Text()
		if len(t) > 3 {
			t = t[:3] + "..." + t[len(t)-3:]
		}
		fmt.Println("long:", len(sc.Bytes()), t)
	}

	// A read error ends the scan after the split had a last look at the data.
	sc = bufio.NewScanner(&chunkReader{data: "abc\ndef", k: 2, err: errors.New("disk on fire")})
	scanAll("readerr", sc)

	stuck := &stuckReader{}
	scanAll("stuck", bufio.NewScanner(stuck))
	fmt.Println("stuck calls:", stuck.calls, bufio.NewScanner(stuck).Err())

	sc = newScanner("abc", 1, func(data []byte, atEOF bool) (int, []byte, error) {
		return len(data) + 1, nil, nil
	})
	scanAll("toofar", sc)
	sc = newScanner("abc", 1, func(data []byte, atEOF bool) (int, []byte, error) {
		return -1, nil, nil
	})
	scanAll("negative", sc)
	sc = newScanner("abc", 1, func(data []byte, atEOF bool) (int, []byte, error) {
		if len(data) == 2 {
			return 0, nil, errors.New("split says no")
		}
		return 0, nil, nil
	})
	scanAll("spliterr", sc)

	try("split-after-scan", func() {
		sc := newScanner("a b", 1, bufio.ScanWords)
		sc.Scan()
		sc.Split(bufio.ScanLines)
	})
	try("buffer-after-scan", func() {
		sc := newScanner("a b", 1, bufio.ScanWords)
		sc.Scan()
		sc.Buffer(nil, 10)
	})
	try("empty-tokens", func() {
		sc := newScanner("x", 1, func(data []byte, atEOF bool) (int, []byte, error) {
			if atEOF {
				return 0, []byte{}, nil
			}
			return 0, nil, nil
		})
		n := 0
		for sc.Scan() {
			n++
		}
		fmt.Println("never here", n)
	})
}
