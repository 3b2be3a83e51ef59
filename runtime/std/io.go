// Package io: the basic reader and writer interfaces and helpers over them. Its one native,
// registerEOF, hands EOF and ErrUnexpectedEOF to fmt's scanning, which returns them.
//
// Natives: lib_io_funcs in runtime/lib/io.c.
package io

import "errors"

// fmt's scanning (a C native) returns these EOF errors too.
func init() {
	registerEOF(EOF, ErrUnexpectedEOF)
}

// Whence values for Seek.
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

var (
	// EOF is what Read returns when no more input is available.
	EOF = errors.New("EOF")
	// ErrUnexpectedEOF means EOF came in the middle of a fixed-size block or structure.
	ErrUnexpectedEOF = errors.New("unexpected EOF")
	// ErrShortWrite means a write accepted fewer bytes than asked, without an error.
	ErrShortWrite = errors.New("short write")
	// ErrShortBuffer means a read needed a longer buffer than the one given.
	ErrShortBuffer = errors.New("short buffer")
	// ErrNoProgress means many Read calls in a row returned neither data nor an error.
	ErrNoProgress = errors.New("multiple Read calls return no data or error")
	// ErrClosedPipe is the error of an operation on a closed pipe.
	ErrClosedPipe = errors.New("io: read/write on closed pipe")

	errInvalidWrite = errors.New("invalid write result")
	errWhence       = errors.New("Seek: invalid whence")
	errOffset       = errors.New("Seek: invalid offset")
)

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through w's WriteString method when it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until it holds at least min bytes. Fewer bytes then EOF gives
// ErrUnexpectedEOF (EOF if none were read); a buffer shorter than min gives ErrShortBuffer.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var k int
		k, err = r.Read(buf[n:])
		n += k
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull reads exactly len(buf) bytes into buf (see ReadAtLeast for the errors).
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// ReadAll reads r until EOF or an error; EOF is not reported as an error.
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// Copy copies src to dst until EOF on src or an error; EOF is not reported.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy staging through buf (which must not be empty) when it needs a buffer.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

// CopyN copies n bytes (or up to an error); fewer than n bytes without an error gives EOF.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF
	}
	return written, err
}

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := 32 * 1024
		if lr, ok := src.(*LimitedReader); ok && int64(size) > lr.N {
			size = 1
			if lr.N > 1 {
				size = int(lr.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, rerr := src.Read(buf)
		if nr > 0 {
			nw, werr := dst.Write(buf[:nr])
			if nw < 0 || nw > nr {
				nw = 0
				if werr == nil {
					werr = errInvalidWrite
				}
			}
			written += int64(nw)
			if werr != nil {
				return written, werr
			}
			if nw != nr {
				return written, ErrShortWrite
			}
		}
		if rerr != nil {
			if rerr != EOF {
				err = rerr
			}
			return written, err
		}
	}
}

// LimitReader returns a Reader that reads at most n bytes from r.
func LimitReader(r Reader, n int64) Reader {
	return &LimitedReader{r, n}
}

// LimitedReader reads from R, at most N bytes in all (N is decremented as it reads).
type LimitedReader struct {
	R Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// SectionReader reads the n bytes of an underlying ReaderAt from an offset on.
type SectionReader struct {
	r     ReaderAt
	base  int64
	off   int64
	limit int64
}

// NewSectionReader returns a SectionReader reading r from off, n bytes at most.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const maxInt64 = 1<<63 - 1
	limit := int64(maxInt64)
	if off <= maxInt64-n {
		limit = off + n
	}
	return &SectionReader{r, off, off, limit}
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	if rest := s.limit - s.off; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return n, err
}

func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case SeekStart:
		offset += s.base
	case SeekCurrent:
		offset += s.off
	case SeekEnd:
		offset += s.limit
	default:
		return 0, errWhence
	}
	if offset < s.base {
		return 0, errOffset
	}
	s.off = offset
	return offset - s.base, nil
}

func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.limit-s.base {
		return 0, EOF
	}
	off += s.base
	if rest := s.limit - off; int64(len(p)) > rest {
		n, err = s.r.ReadAt(p[:rest], off)
		if err == nil {
			err = EOF
		}
		return n, err
	}
	return s.r.ReadAt(p, off)
}

// Size returns the section's size in bytes.
func (s *SectionReader) Size() int64 {
	return s.limit - s.base
}

// TeeReader returns a Reader that writes to w whatever it reads from r.
func TeeReader(r Reader, w Writer) Reader {
	return &teeReader{r, w}
}

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if k, werr := t.w.Write(p[:n]); werr != nil {
			return k, werr
		}
	}
	return n, err
}

// Discard is a Writer on which every write succeeds and does nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) {
	return len(p), nil
}

func (discard) WriteString(s string) (int, error) {
	return len(s), nil
}

func (discard) ReadFrom(r Reader) (n int64, err error) {
	buf := make([]byte, 8192)
	for {
		k, rerr := r.Read(buf)
		n += int64(k)
		if rerr != nil {
			if rerr == EOF {
				return n, nil
			}
			return n, rerr
		}
	}
}

// NopCloser returns a ReadCloser whose Close does nothing.
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error {
	return nil
}

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error {
	return nil
}

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	return c.Reader.(WriterTo).WriteTo(w)
}

// MultiReader returns a Reader that reads its readers one after the other.
func MultiReader(readers ...Reader) Reader {
	r := make([]Reader, len(readers))
	copy(r, readers)
	return &multiReader{r}
}

type multiReader struct {
	readers []Reader
}

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		if len(mr.readers) == 1 {
			if inner, ok := mr.readers[0].(*multiReader); ok {
				mr.readers = inner.readers
				continue
			}
		}
		n, err = mr.readers[0].Read(p)
		if err == EOF {
			// Not nil: a flattened inner multiReader may still share this slice.
			mr.readers[0] = eofReader{}
			mr.readers = mr.readers[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(mr.readers) > 0 {
				err = nil
			}
			return n, err
		}
	}
	return 0, EOF
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) {
	return 0, EOF
}

// MultiWriter returns a Writer that writes everything to each of writers in turn, stopping
// at the first error.
func MultiWriter(writers ...Writer) Writer {
	all := make([]Writer, 0, len(writers))
	for _, w := range writers {
		if mw, ok := w.(*multiWriter); ok {
			all = append(all, mw.writers...)
		} else {
			all = append(all, w)
		}
	}
	return &multiWriter{all}
}

type multiWriter struct {
	writers []Writer
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err != nil {
			return n, err
		}
		if n != len(p) {
			return n, ErrShortWrite
		}
	}
	return len(p), nil
}

func (t *multiWriter) WriteString(s string) (n int, err error) {
	var p []byte
	for _, w := range t.writers {
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if p == nil {
				p = []byte(s)
			}
			n, err = w.Write(p)
		}
		if err != nil {
			return n, err
		}
		if n != len(s) {
			return n, ErrShortWrite
		}
	}
	return len(s), nil
}

// A pipe connects a PipeWriter to a PipeReader with no buffer: each Write blocks until
// Reads have taken all of its bytes (several Reads may share one Write), and Writes are
// served one at a time. Closing either end (once; later closes change nothing) wakes every
// blocked call on both ends.
//
// It is built on channels alone, so io needs no sync: wrMu (capacity 1, full while a
// Write is in progress) serializes writers, wrCh hands a writer's bytes to a reader and
// rdCh returns how many were taken; mu (capacity 1) guards rerr, werr and the closing of
// done.
type pipe struct {
	wrMu chan struct{}
	wrCh chan []byte
	rdCh chan int
	mu   chan struct{}
	done chan struct{}
	rerr error // why the read end was closed (nil while open)
	werr error // why the write end was closed (nil while open)
}

// Pipe returns the two ends of a synchronous in-memory pipe, safe for concurrent use.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		wrMu: make(chan struct{}, 1),
		wrCh: make(chan []byte),
		rdCh: make(chan int),
		mu:   make(chan struct{}, 1),
		done: make(chan struct{}),
	}
	return &PipeReader{p}, &PipeWriter{p}
}

// errors returns the close errors of the read and write ends.
func (p *pipe) errors() (rerr, werr error) {
	p.mu <- struct{}{}
	rerr, werr = p.rerr, p.werr
	<-p.mu
	return rerr, werr
}

// closeWith records why one end closed (the first reason only) and wakes everyone.
func (p *pipe) closeWith(reason *error, err error) {
	p.mu <- struct{}{}
	if *reason == nil {
		*reason = err
	}
	select {
	case <-p.done:
	default:
		close(p.done)
	}
	<-p.mu
}

// readError is what Read returns once the pipe is closed: the writer's reason (EOF for a
// plain Close) if only the write end was closed, else ErrClosedPipe.
func (p *pipe) readError() error {
	if rerr, werr := p.errors(); rerr == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

// writeError is what Write returns once the pipe is closed: the reader's reason if only
// the read end was closed, else ErrClosedPipe.
func (p *pipe) writeError() error {
	if rerr, werr := p.errors(); werr == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

func (p *pipe) read(b []byte) (int, error) {
	select {
	case <-p.done:
		return 0, p.readError()
	default:
	}
	select {
	case chunk := <-p.wrCh:
		n := copy(b, chunk)
		p.rdCh <- n
		return n, nil
	case <-p.done:
		return 0, p.readError()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeError()
	case p.wrMu <- struct{}{}:
	}
	defer func() { <-p.wrMu }()
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.wrCh <- b:
			k := <-p.rdCh
			b = b[k:]
			n += k
		case <-p.done:
			return n, p.writeError()
		}
	}
	return n, nil
}

// A PipeReader is the read end of a pipe.
type PipeReader struct {
	p *pipe
}

// Read blocks until a writer supplies data or the pipe is closed; then it returns the
// write end's close error (EOF after a plain Close), or ErrClosedPipe if this end was
// closed.
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

// Close closes the read end: later writes fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the read end: later writes fail with err (ErrClosedPipe if nil).
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	r.p.closeWith(&r.p.rerr, err)
	return nil
}

// A PipeWriter is the write end of a pipe.
type PipeWriter struct {
	p *pipe
}

// Write blocks until readers have taken all of data or the pipe is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }

// Close closes the write end: reads, once the data written is taken, return EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the write end: reads return err (EOF if nil).
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	w.p.closeWith(&w.p.werr, err)
	return nil
}
