// Package os: files, the process's arguments, environment and exit.
//
// A File is {fd, name}: slot 0 of a File is its descriptor, which the fmt engine reads to
// print to *os.File directly. A closed File has fd -1.
//
// The system calls are natives (runtime/lib/os.c). They return the raw errno (Linux
// numbering) as an int, 0 for success; this file turns it into Go's error values.
package os

import (
	"errors"
	"io"
)

// Flags for OpenFile (Linux values, as Go's syscall package has them).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_TRUNC  int = 0x200
	O_APPEND int = 0x400
	O_SYNC   int = 0x101000
)

// Whence values for Seek (deprecated in Go in favour of io's, still there).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

var (
	ErrInvalid          = errors.New("invalid argument")
	ErrPermission       = errors.New("permission denied")
	ErrExist            = errors.New("file already exists")
	ErrNotExist         = errors.New("file does not exist")
	ErrClosed           = errors.New("file already closed")
	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

// Errno values the package itself tests for.
const (
	eperm     = 1
	enoent    = 2
	eintr     = 4
	eacces    = 13
	eexist    = 17
	enotdir   = 20
	einval    = 22
	enotempty = 39
)

// errno is a system call's error number; it prints as the system's text for it.
type errno uintptr

func (e errno) Error() string {
	return errnoText(int(e))
}

// Is lets errors.Is(err, os.ErrNotExist) and friends see through a system error.
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eacces || e == eperm
	case ErrExist:
		return e == eexist || e == enotempty
	case ErrNotExist:
		return e == enoent
	}
	return false
}

func (e errno) Timeout() bool {
	return e == 11 || e == 110
}

func (e errno) Temporary() bool {
	return e == eintr || e == 24 || e == 23 || e.Timeout()
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string {
	return e.Op + " " + e.Path + ": " + e.Err.Error()
}

func (e *PathError) Unwrap() error {
	return e.Err
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string {
	return e.Syscall + ": " + e.Err.Error()
}

func (e *SyscallError) Unwrap() error {
	return e.Err
}

// LinkError records an error during a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error {
	return e.Err
}

// NewSyscallError returns nil for a nil err, else a SyscallError naming the call.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

// IsExist reports whether err tells that a file or directory already exists.
func IsExist(err error) bool {
	return underlyingErrorIs(err, ErrExist)
}

// IsNotExist reports whether err tells that a file or directory does not exist.
func IsNotExist(err error) bool {
	return underlyingErrorIs(err, ErrNotExist)
}

// IsPermission reports whether err tells that permission is denied.
func IsPermission(err error) bool {
	return underlyingErrorIs(err, ErrPermission)
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(errno)
	return ok && e.Is(target)
}

// FileMode holds a file's mode and permission bits.
type FileMode uint32

const (
	ModeDir        FileMode = 1 << 31
	ModeAppend     FileMode = 1 << 30
	ModeExclusive  FileMode = 1 << 29
	ModeTemporary  FileMode = 1 << 28
	ModeSymlink    FileMode = 1 << 27
	ModeDevice     FileMode = 1 << 26
	ModeNamedPipe  FileMode = 1 << 25
	ModeSocket     FileMode = 1 << 24
	ModeSetuid     FileMode = 1 << 23
	ModeSetgid     FileMode = 1 << 22
	ModeCharDevice FileMode = 1 << 21
	ModeSticky     FileMode = 1 << 20
	ModeIrregular  FileMode = 1 << 19

	ModeType FileMode = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice |
		ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777
)

// String spells the mode as ls does: type letters (or "-"), then rwx for each class.
func (m FileMode) String() string {
	const typeLetters = "dalTLDpSugct?"
	var b []byte
	for i := 0; i < len(typeLetters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			b = append(b, typeLetters[i])
		}
	}
	if len(b) == 0 {
		b = append(b, '-')
	}
	const perm = "rwxrwxrwx"
	for i := 0; i < len(perm); i++ {
		if m&(1<<uint(8-i)) != 0 {
			b = append(b, perm[i])
		} else {
			b = append(b, '-')
		}
	}
	return string(b)
}

func (m FileMode) IsDir() bool {
	return m&ModeDir != 0
}

func (m FileMode) IsRegular() bool {
	return m&ModeType == 0
}

func (m FileMode) Perm() FileMode {
	return m & ModePerm
}

func (m FileMode) Type() FileMode {
	return m & ModeType
}

// File is an open file descriptor.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// NewFile returns a File for an open descriptor.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{int(fd), name}
}

// Name returns the name the file was opened with.
func (f *File) Name() string {
	return f.name
}

// Fd returns the file's descriptor (^uintptr(0) once closed).
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.fd, b)
	if e != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errno(e)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes b whole, or reports why not.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	n, e := sysWrite(f.fd, b)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: errno(e)}
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString is Write for a string.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	n, e := sysWriteString(f.fd, s)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: errno(e)}
	}
	if n != len(s) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// Seek sets the offset of the next Read or Write (whence: 0 start, 1 current, 2 end).
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.check("seek"); err != nil {
		return 0, err
	}
	ret, e := sysSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: errno(e)}
	}
	return ret, nil
}

// Sync is a no-op success here: writes go straight to the descriptor.
func (f *File) Sync() error {
	return f.check("sync")
}

// Close closes the file; closing it again is an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	e := sysClose(f.fd)
	f.fd = -1
	if e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: errno(e)}
	}
	return nil
}

// ReadFrom copies r into the file until EOF (lets io.Copy skip its own buffer sizing).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	buf := make([]byte, 32*1024)
	for {
		k, rerr := r.Read(buf)
		if k > 0 {
			w, werr := f.Write(buf[:k])
			n += int64(w)
			if werr != nil {
				return n, werr
			}
		}
		if rerr != nil {
			if rerr == io.EOF {
				return n, nil
			}
			return n, rerr
		}
	}
}

// Open opens a file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates a file (mode 0666 before umask) for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens a file with the given flags (O_RDONLY...) and, when it creates it, perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, uint32(perm.Perm()|perm&(ModeSetuid|ModeSetgid|ModeSticky)))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	return &File{fd, name}, nil
}

// ReadFile reads the whole named file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			f.Close()
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it with perm or truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); cerr != nil && err == nil {
		err = cerr
	}
	return err
}

// Remove removes a file or an empty directory.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e2 := sysRmdir(name)
	if e2 == 0 {
		return nil
	}
	if e2 != enotdir {
		e = e2
	}
	return &PathError{Op: "remove", Path: name, Err: errno(e)}
}

// Mkdir creates a directory.
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, uint32(perm.Perm())); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

// Chdir changes the current directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errno(e)}
	}
	return nil
}

// Getwd returns the current directory.
func Getwd() (dir string, err error) {
	dir, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errno(e))
	}
	return dir, nil
}

// Hostname returns the host name the kernel reports.
func Hostname() (name string, err error) {
	name, e := sysHostname()
	if e != 0 {
		return "", NewSyscallError("hostname", errno(e))
	}
	return name, nil
}

// Setenv sets an environment variable.
func Setenv(key, value string) error {
	if !validEnvKey(key) || !validEnvValue(value) {
		return NewSyscallError("setenv", errno(einval))
	}
	if e := sysSetenv(key, value); e != 0 {
		return NewSyscallError("setenv", errno(e))
	}
	return nil
}

// Unsetenv removes an environment variable.
func Unsetenv(key string) error {
	if e := sysUnsetenv(key); e != 0 {
		return NewSyscallError("unsetenv", errno(e))
	}
	return nil
}

func validEnvKey(key string) bool {
	if len(key) == 0 {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return false
		}
	}
	return true
}

func validEnvValue(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] == 0 {
			return false
		}
	}
	return true
}

// TempDir returns $TMPDIR, or /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if dir := Getenv("HOME"); dir != "" {
		return dir, nil
	}
	return "", errors.New("$HOME is not defined")
}

// ExpandEnv replaces $var and ${var} in s by the environment's values.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// Expand replaces $var and ${var} in s by mapping(var). A "$" followed by no name stays;
// malformed "${" and "${}" are dropped.
func Expand(s string, mapping func(string) string) string {
	var out []byte // nil until the first "$" that can start a name
	done := 0      // s[:done] is in out (once out is in use)
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '$' {
			continue
		}
		if out == nil {
			out = make([]byte, 0, 2*len(s))
		}
		name, width := shellName(s[i+1:])
		out = append(out, s[done:i]...)
		switch {
		case name != "":
			out = append(out, mapping(name)...)
		case width == 0:
			out = append(out, '$')
		}
		i += width
		done = i + 1
	}
	if out == nil {
		return s
	}
	return string(out) + s[done:]
}

// shellName reads the variable name at the start of s (after a "$"): its name and how many
// bytes it spans. ("", 0): no name; ("", n>0): bad syntax to drop.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if isShellSpecial(s[0]) {
		return s[:1], 1
	}
	n := 0
	for n < len(s) && (s[n] == '_' || '0' <= s[n] && s[n] <= '9' || 'a' <= s[n] && s[n] <= 'z' ||
		'A' <= s[n] && s[n] <= 'Z') {
		n++
	}
	return s[:n], n
}

func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}
