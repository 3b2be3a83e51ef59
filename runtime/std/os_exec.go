// Package exec: running external commands (Go's os/exec, in Go over os.StartProcess).
//
// A Cmd's standard streams reach the child as descriptors: an *os.File is passed straight
// through; nil is /dev/null; any other io.Reader or io.Writer goes through a pipe, with a
// goroutine copying between it and the pipe while the child runs (started by Start, waited
// for by Wait). Wait parks only its goroutine (os.Process.Wait), and the copying goroutines
// block no worker thread either (os.File reads hand the processor on; writes to a pipe
// wait the same way), so other goroutines run meanwhile, at GOMAXPROCS=1 too.
//
// Invariants: closeAfterStart holds the child's ends of the pipes (closed once the child has
// them, so that the copying goroutines see end of file when it exits), closeAfterWait our
// ends; goroutine holds the copying functions until Start runs them, after which errch
// receives one result from each.
package exec

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// Error is returned by LookPath (and Start) when a command cannot be found or run.
type Error struct {
	Name string // the command's name
	Err  error  // why it cannot run
}

func (e *Error) Error() string {
	return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// ErrNotFound: no executable file of that name in $PATH.
var ErrNotFound = errors.New("executable file not found in $PATH")

// ErrDot: the command was found through a relative entry of $PATH ("." or "bin"), which
// Go refuses to run (since 1.19).
var ErrDot = errors.New("cannot run executable found relative to current directory")

// An ExitError reports a command that ran and did not exit with status 0.
type ExitError struct {
	*os.ProcessState

	// Stderr holds (part of) the command's standard error when Output collected it.
	Stderr []byte
}

func (e *ExitError) Error() string {
	return e.ProcessState.String()
}

// Cmd is a command being prepared or run.
type Cmd struct {
	Path   string   // the program: a path, found by Command with LookPath when given a name
	Args   []string // its arguments, Args[0] first (the name); empty: just Path
	Env    []string // "KEY=value"; nil: our environment
	Dir    string   // its working directory; "": ours
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer

	ExtraFiles  []*os.File // descriptors 3, 4, ... of the child
	SysProcAttr *syscall.SysProcAttr

	Process      *os.Process      // once started
	ProcessState *os.ProcessState // once waited for

	Err error // why Command could not find the program (LookPath's error), or nil

	ctx             context.Context
	childFiles      []*os.File
	closeAfterStart []io.Closer
	closeAfterWait  []io.Closer
	goroutine       []func() error
	errch           chan error
	waitDone        chan struct{}
	finished        bool
}

// Command returns the Cmd running name with arguments arg. A name without a slash is
// looked up in $PATH at once (the error, if any, is Cmd.Err, and Start returns it).
func Command(name string, arg ...string) *Cmd {
	cmd := &Cmd{Path: name, Args: append([]string{name}, arg...)}
	if filepath.Base(name) == name {
		lp, err := LookPath(name)
		if lp != "" {
			cmd.Path = lp
		}
		cmd.Err = err
	}
	return cmd
}

// CommandContext is Command, killing the process (os.Process.Kill) if ctx is done before
// the command completes.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	if ctx == nil {
		panic("nil Context")
	}
	cmd := Command(name, arg...)
	cmd.ctx = ctx
	return cmd
}

// String is the command line, for reading (not for a shell).
func (c *Cmd) String() string {
	if c.Err != nil {
		return strings.Join(c.Args, " ")
	}
	s := c.Path
	for _, a := range c.argv()[1:] {
		s += " " + a
	}
	return s
}

func (c *Cmd) argv() []string {
	if len(c.Args) > 0 {
		return c.Args
	}
	return []string{c.Path}
}

// LookPath finds the executable file named file: file itself if it has a slash, else in
// the directories of $PATH.
func LookPath(file string) (string, error) {
	if strings.Contains(file, "/") {
		if err := findExecutable(file); err != nil {
			return "", &Error{file, err}
		}
		return file, nil
	}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if dir == "" {
			dir = "." // an empty entry is the current directory, as in a shell
		}
		path := filepath.Join(dir, file)
		if findExecutable(path) == nil {
			if !filepath.IsAbs(path) {
				return path, &Error{file, ErrDot}
			}
			return path, nil
		}
	}
	return "", &Error{file, ErrNotFound}
}

func findExecutable(file string) error {
	d, err := os.Stat(file)
	if err != nil {
		return err
	}
	if m := d.Mode(); !m.IsDir() && m&0111 != 0 {
		return nil
	}
	return os.ErrPermission
}

func (c *Cmd) closeDescriptors(closers []io.Closer) {
	for _, f := range closers {
		f.Close()
	}
}

// failStart closes every pipe end made for the command and returns err.
func (c *Cmd) failStart(err error) error {
	c.closeDescriptors(c.closeAfterStart)
	c.closeDescriptors(c.closeAfterWait)
	return err
}

// Start starts the command without waiting for it: Wait then waits, and releases what it
// holds.
func (c *Cmd) Start() error {
	if c.Path == "" && c.Err == nil {
		c.Err = errors.New("exec: no command")
	}
	if c.Err != nil {
		return c.failStart(c.Err)
	}
	if c.Process != nil {
		return errors.New("exec: already started")
	}
	if c.ctx != nil {
		select {
		case <-c.ctx.Done():
			return c.failStart(c.ctx.Err())
		default:
		}
	}
	c.childFiles = make([]*os.File, 0, 3+len(c.ExtraFiles))
	for _, setup := range []func(*Cmd) (*os.File, error){(*Cmd).stdin, (*Cmd).stdout, (*Cmd).stderr} {
		f, err := setup(c)
		if err != nil {
			return c.failStart(err)
		}
		c.childFiles = append(c.childFiles, f)
	}
	c.childFiles = append(c.childFiles, c.ExtraFiles...)
	env, err := c.environ()
	if err != nil {
		return c.failStart(err)
	}
	c.Process, err = os.StartProcess(c.Path, c.argv(), &os.ProcAttr{
		Dir: c.Dir, Files: c.childFiles, Env: env, Sys: c.SysProcAttr})
	if err != nil {
		return c.failStart(err)
	}
	c.closeDescriptors(c.closeAfterStart)
	if len(c.goroutine) > 0 {
		c.errch = make(chan error, len(c.goroutine))
		for _, fn := range c.goroutine {
			go func(fn func() error) { c.errch <- fn() }(fn)
		}
	}
	if c.ctx != nil {
		c.waitDone = make(chan struct{})
		go func() {
			select {
			case <-c.ctx.Done():
				c.Process.Kill()
			case <-c.waitDone:
			}
		}()
	}
	return nil
}

func (c *Cmd) stdin() (*os.File, error) {
	if c.Stdin == nil {
		return c.devNull(os.O_RDONLY)
	}
	if f, ok := c.Stdin.(*os.File); ok {
		return f, nil
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.track(pr, pw, func() error {
		_, err := io.Copy(pw, c.Stdin)
		if pe, ok := err.(*os.PathError); ok && pe.Op == "write" && pe.Err == syscall.EPIPE {
			err = nil // the child stopped reading: not an error of the command
		}
		if cerr := pw.Close(); err == nil {
			err = cerr
		}
		return err
	})
	return pr, nil
}

// devNull opens /dev/null for the child, closed once it has started.
func (c *Cmd) devNull(flag int) (*os.File, error) {
	f, err := os.OpenFile(os.DevNull, flag, 0)
	if err != nil {
		return nil, err
	}
	c.closeAfterStart = append(c.closeAfterStart, f)
	return f, nil
}

// track notes the two ends of a pipe made for the child: the child's end is closed once it
// has started, ours by Wait; copy, if not nil, runs as a goroutine while the child runs.
func (c *Cmd) track(child, ours io.Closer, copy func() error) {
	c.closeAfterStart = append(c.closeAfterStart, child)
	c.closeAfterWait = append(c.closeAfterWait, ours)
	if copy != nil {
		c.goroutine = append(c.goroutine, copy)
	}
}

func (c *Cmd) stdout() (*os.File, error) {
	return c.writerDescriptor(c.Stdout)
}

func (c *Cmd) stderr() (*os.File, error) {
	if c.Stderr != nil && interfaceEqual(c.Stderr, c.Stdout) {
		return c.childFiles[1], nil // one pipe for both, so their order is kept
	}
	return c.writerDescriptor(c.Stderr)
}

// interfaceEqual is a == b, false where comparing them would panic.
func interfaceEqual(a, b any) (eq bool) {
	defer func() { recover() }()
	return a == b
}

func (c *Cmd) writerDescriptor(w io.Writer) (*os.File, error) {
	if w == nil {
		return c.devNull(os.O_WRONLY)
	}
	if f, ok := w.(*os.File); ok {
		return f, nil
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.track(pw, pr, func() error {
		_, err := io.Copy(w, pr)
		pr.Close() // a failed write stops the copy: the child then gets EPIPE
		return err
	})
	return pw, nil
}

// Wait waits for the started command to exit and for the copying of its streams to end,
// then releases its resources. A command that exits with a status other than 0, or is ended
// by a signal, gives an *ExitError.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errors.New("exec: not started")
	}
	if c.finished {
		return errors.New("exec: Wait was already called")
	}
	c.finished = true
	state, err := c.Process.Wait()
	if c.waitDone != nil {
		close(c.waitDone)
	}
	c.ProcessState = state
	var copyErr error
	for range c.goroutine {
		if err := <-c.errch; err != nil && copyErr == nil {
			copyErr = err
		}
	}
	c.closeDescriptors(c.closeAfterWait)
	if err != nil {
		return err
	}
	if !state.Success() {
		return &ExitError{ProcessState: state}
	}
	return copyErr
}

// Run starts the command and waits for it.
func (c *Cmd) Run() error {
	if err := c.Start(); err != nil {
		return err
	}
	return c.Wait()
}

// Output runs the command and returns its standard output. Unless Stderr is set, what the
// command writes to standard error is kept in the *ExitError it may return.
func (c *Cmd) Output() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	var stdout bytes.Buffer
	c.Stdout = &stdout
	var saved *headTail
	if c.Stderr == nil {
		saved = &headTail{n: 32 << 10}
		c.Stderr = saved
	}
	err := c.Run()
	if ee, ok := err.(*ExitError); ok && saved != nil {
		ee.Stderr = saved.Bytes()
	}
	return stdout.Bytes(), err
}

// CombinedOutput runs the command and returns its standard output and error, interleaved
// as written.
func (c *Cmd) CombinedOutput() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	var b bytes.Buffer
	c.Stdout = &b
	c.Stderr = &b
	err := c.Run()
	return b.Bytes(), err
}

// StdinPipe returns a writer connected to the command's standard input, closed by Wait
// (close it sooner for a command that reads to the end).
func (c *Cmd) StdinPipe() (io.WriteCloser, error) {
	if c.Stdin != nil {
		return nil, errors.New("exec: Stdin already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdinPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stdin = pr
	wc := &closeOnce{File: pw}
	c.track(pr, wc, nil)
	return wc, nil
}

// closeOnce lets both the program and Wait close the stdin pipe.
type closeOnce struct {
	*os.File
	once sync.Once
	err  error
}

func (c *closeOnce) Close() error {
	c.once.Do(func() { c.err = c.File.Close() })
	return c.err
}

// StdoutPipe returns a reader connected to the command's standard output. Wait closes it:
// read everything before calling Wait.
func (c *Cmd) StdoutPipe() (io.ReadCloser, error) {
	return c.outPipe("Stdout", &c.Stdout)
}

// StderrPipe is StdoutPipe for standard error.
func (c *Cmd) StderrPipe() (io.ReadCloser, error) {
	return c.outPipe("Stderr", &c.Stderr)
}

// outPipe makes the pipe of StdoutPipe or StderrPipe: the child writes *stream.
func (c *Cmd) outPipe(name string, stream *io.Writer) (io.ReadCloser, error) {
	if *stream != nil {
		return nil, errors.New("exec: " + name + " already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: " + name + "Pipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	*stream = pw
	c.track(pw, pr, nil)
	return pr, nil
}

// Environ is the environment the command would run with: Env, or ours with PWD set to Dir,
// without duplicate keys (the last one wins).
func (c *Cmd) Environ() []string {
	env, _ := c.environ()
	return env
}

func (c *Cmd) environ() ([]string, error) {
	env := c.Env
	var err error
	if env == nil {
		env = os.Environ()
		if c.Dir != "" {
			pwd, absErr := filepath.Abs(c.Dir)
			if absErr == nil {
				env = append(env, "PWD="+pwd)
			} else {
				err = absErr
			}
		}
	}
	env, dupErr := dedupEnv(env)
	if err == nil {
		err = dupErr
	}
	return env, err
}

// dedupEnv keeps the last entry of each key, in the order of those last entries.
func dedupEnv(env []string) ([]string, error) {
	var err error
	seen := make(map[string]bool, len(env))
	out := make([]string, 0, len(env))
	for i := len(env) - 1; i >= 0; i-- {
		kv := env[i]
		if strings.IndexByte(kv, 0) >= 0 {
			err = errors.New("exec: environment variable contains NUL")
			continue
		}
		k := kv
		if j := strings.IndexByte(kv[1:], '='); j >= 0 {
			k = kv[:j+1] // a leading '=' belongs to the key
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, kv)
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, err
}

// headTail keeps the first n and the last n bytes written to it (Output's copy of a
// command's standard error).
type headTail struct {
	n       int
	head    []byte
	tail    []byte // the latest bytes past head, trimmed to n now and then
	skipped int64  // bytes trimmed off tail
}

func (w *headTail) Write(p []byte) (int, error) {
	k := len(p)
	if room := w.n - len(w.head); room > 0 {
		if room > len(p) {
			room = len(p)
		}
		w.head = append(w.head, p[:room]...)
		p = p[room:]
	}
	w.tail = append(w.tail, p...)
	if len(w.tail) > 2*w.n {
		cut := len(w.tail) - w.n
		w.skipped += int64(cut)
		w.tail = append([]byte(nil), w.tail[cut:]...)
	}
	return k, nil
}

// Bytes is what was written, with the middle replaced by a note when it was too long.
func (w *headTail) Bytes() []byte {
	if len(w.tail) > w.n {
		w.skipped += int64(len(w.tail) - w.n)
		w.tail = w.tail[len(w.tail)-w.n:]
	}
	if w.skipped == 0 {
		return append(w.head, w.tail...)
	}
	var b bytes.Buffer
	b.Write(w.head)
	b.WriteString("\n... omitting " + strconv.FormatInt(w.skipped, 10) + " bytes ...\n")
	b.Write(w.tail)
	return b.Bytes()
}
