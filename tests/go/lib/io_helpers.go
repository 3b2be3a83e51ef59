package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// byteSrc reads from a string k bytes at a time (k <= 0: all it can).
type byteSrc struct {
	s string
	k int
}

func (r *byteSrc) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := len(p)
	if r.k > 0 && n > r.k {
		n = r.k
	}
	n = copy(p[:n], r.s)
	r.s = r.s[n:]
	return n, nil
}

// at is a ReaderAt over a string.
type at string

func (s at) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(s)) {
		return 0, io.EOF
	}
	n := copy(p, s[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// plainWriter has only Write; stringWriter also has WriteString.
type plainWriter struct{ got []string }

func (w *plainWriter) Write(p []byte) (int, error) {
	w.got = append(w.got, "W:"+string(p))
	return len(p), nil
}

type stringWriter struct{ plainWriter }

func (w *stringWriter) WriteString(s string) (int, error) {
	w.got = append(w.got, "S:"+s)
	return len(s), nil
}

type failWriter struct{ after int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.after {
		n := w.after
		w.after = 0
		return n, errors.New("write failed")
	}
	w.after -= len(p)
	return len(p), nil
}

func main() {
	// All of stdin, then stdin at EOF.
	in, err := io.ReadAll(os.Stdin)
	fmt.Printf("stdin: %d bytes, err=%v, first line %q\n", len(in), err, in[:12])
	more, err := io.ReadAll(os.Stdin)
	fmt.Println("again:", len(more), err, more != nil)
	n, err := os.Stdin.Read(make([]byte, 10))
	fmt.Println("Read at EOF:", n, err, err == io.EOF)

	// Copy to stdout.
	written, err := io.Copy(os.Stdout, &byteSrc{"copied to stdout\n", 3})
	fmt.Println("Copy:", written, err)
	written, err = io.CopyN(os.Stdout, &byteSrc{"only the first 9 bytes\n", 0}, 9)
	fmt.Println(" <- CopyN:", written, err)
	written, err = io.CopyN(io.Discard, &byteSrc{"short", 2}, 9)
	fmt.Println("CopyN short:", written, err)
	written, err = io.CopyBuffer(os.Stdout, &byteSrc{"through a 2-byte buffer\n", 0}, make([]byte, 2))
	fmt.Println("CopyBuffer:", written, err)
	written, err = io.Copy(&failWriter{after: 5}, &byteSrc{"0123456789", 4})
	fmt.Println("Copy to failing writer:", written, err)

	// WriteString uses WriteString when there is one.
	pw, sw := &plainWriter{}, &stringWriter{}
	io.WriteString(pw, "one")
	io.WriteString(sw, "two")
	fmt.Println(pw.got, sw.got)
	n, err = io.WriteString(os.Stdout, "WriteString to stdout\n")
	fmt.Println(n, err)
	n, err = io.WriteString(io.Discard, "gone")
	fmt.Println("Discard:", n, err)
	written, err = io.Copy(io.Discard, &byteSrc{"0123456789", 3})
	fmt.Println("Copy to Discard:", written, err)

	// ReadFull and ReadAtLeast.
	buf := make([]byte, 6)
	n, err = io.ReadFull(&byteSrc{"abcdefgh", 4}, buf)
	fmt.Printf("ReadFull: %d %v %q\n", n, err, buf[:n])
	n, err = io.ReadFull(&byteSrc{"abc", 2}, buf)
	fmt.Printf("ReadFull short: %d %v %v\n", n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(&byteSrc{"", 2}, buf)
	fmt.Printf("ReadFull empty: %d %v %v\n", n, err, err == io.EOF)
	n, err = io.ReadAtLeast(&byteSrc{"abcdefgh", 3}, buf, 4)
	fmt.Printf("ReadAtLeast: %d %v %q\n", n, err, buf[:n])
	n, err = io.ReadAtLeast(&byteSrc{"abcdefgh", 3}, buf, 7)
	fmt.Printf("ReadAtLeast big min: %d %v\n", n, err)

	// Readers built from readers.
	lr := io.LimitReader(&byteSrc{"0123456789", 0}, 4)
	b, _ := io.ReadAll(lr)
	fmt.Printf("LimitReader: %q\n", b)
	mr := io.MultiReader(&byteSrc{"ab", 1}, &byteSrc{"", 1}, &byteSrc{"cde", 2})
	b, err = io.ReadAll(mr)
	fmt.Printf("MultiReader: %q %v\n", b, err)
	n, err = mr.Read(buf)
	fmt.Println("MultiReader after end:", n, err)
	var tee plainWriter
	tr := io.TeeReader(&byteSrc{"teed text", 4}, &tee)
	b, _ = io.ReadAll(tr)
	fmt.Printf("TeeReader: %q %q\n", b, tee.got)
	var w1, w2 plainWriter
	mw := io.MultiWriter(&w1, &w2)
	fmt.Fprintf(mw, "to both %d", 2)
	io.WriteString(mw, "!")
	fmt.Println("MultiWriter:", w1.got, w2.got)

	sr := io.NewSectionReader(at("0123456789abcdef"), 3, 8)
	b, _ = io.ReadAll(sr)
	fmt.Printf("SectionReader: %q size=%d\n", b, sr.Size())
	pos, err := sr.Seek(-3, io.SeekEnd)
	fmt.Println("Seek:", pos, err)
	n, err = sr.Read(buf)
	fmt.Printf("Read: %d %v %q\n", n, err, buf[:n])
	n, err = sr.ReadAt(buf[:4], 6)
	fmt.Printf("ReadAt: %d %v %q\n", n, err, buf[:n])
	_, err = sr.Seek(0, 7)
	fmt.Println(err)
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(err)

	rc := io.NopCloser(&byteSrc{"x", 1})
	fmt.Println("NopCloser:", rc.Close())

	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress,
		io.ErrClosedPipe)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)

	var rd io.Reader = os.Stdin
	_, isWriter := rd.(io.Writer)
	_, isCloser := rd.(io.ReadWriteCloser)
	_, isStringWriter := rd.(io.StringWriter)
	fmt.Println(isWriter, isCloser, isStringWriter)
}
