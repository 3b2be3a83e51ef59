// Package os: files, directories, the process's arguments, environment and exit, and
// processes: starting them, signalling them, waiting for them (over syscall's natives).
//
// A File is {fd, name, dir}: slot 0 of a File is its descriptor, which the fmt engine reads
// to print to *os.File directly. A closed File has fd -1. dir holds a directory's entries
// once ReadDir and friends have read them.
//
// The system calls are natives (runtime/lib/os.c, and internal/fsys for status,
// directories, links and positioned I/O). They return the raw errno (Linux numbering) as
// an int, 0 for success; this file turns it into Go's error values. FileMode, FileInfo,
// DirEntry, PathError and the common errors are io/fs's, as in Go.
//
// Natives: lib_os_funcs in runtime/lib/os.c.
package os

import (
	"errors"
	"internal/fsys"
	"io"
	"io/fs"
	"syscall"
	"time"
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
	ErrInvalid          = fs.ErrInvalid
	ErrPermission       = fs.ErrPermission
	ErrExist            = fs.ErrExist
	ErrNotExist         = fs.ErrNotExist
	ErrClosed           = fs.ErrClosed
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
	eisdir    = 21
	einval    = 22
	enotempty = 39
)

// errno is a system call's error number: syscall's Errno, as in Go.
type errno = syscall.Errno

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

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

// The file-system types are io/fs's.
type (
	FileMode = fs.FileMode
	FileInfo = fs.FileInfo
	DirEntry = fs.DirEntry
)

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// File is an open file descriptor.
type File struct {
	fd   int
	name string
	dir  *dirEntries // a directory's entries, once read
	pipe bool        // made by Pipe: a write whose reader is gone fails with EPIPE
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
	return &File{fd: int(fd), name: name}
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
	var e int
	if f.pipe {
		n, e = sysWritePipe(f.fd, b)
	} else {
		n, e = sysWrite(f.fd, b)
	}
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
	var e int
	if f.pipe {
		n, e = sysWriteStringPipe(f.fd, s)
	} else {
		n, e = sysWriteString(f.fd, s)
	}
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
	return &File{fd: fd, name: name}, nil
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

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     fsys.Info
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }

// Sys returns the underlying *fsys.Info (Go's is a *syscall.Stat_t).
func (fs *fileStat) Sys() any { return &fs.sys }

// modeOf turns st_mode into a FileMode.
func modeOf(m uint32) FileMode {
	mode := FileMode(m & 0777)
	switch m & fsys.S_IFMT {
	case fsys.S_IFBLK:
		mode |= ModeDevice
	case fsys.S_IFCHR:
		mode |= ModeDevice | ModeCharDevice
	case fsys.S_IFDIR:
		mode |= ModeDir
	case fsys.S_IFIFO:
		mode |= ModeNamedPipe
	case fsys.S_IFLNK:
		mode |= ModeSymlink
	case fsys.S_IFSOCK:
		mode |= ModeSocket
	}
	if m&fsys.S_ISGID != 0 {
		mode |= ModeSetgid
	}
	if m&fsys.S_ISUID != 0 {
		mode |= ModeSetuid
	}
	if m&fsys.S_ISVTX != 0 {
		mode |= ModeSticky
	}
	return mode
}

// basename is the last element of name, trailing slashes removed.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func newFileStat(name string, st *fsys.Info) *fileStat {
	return &fileStat{
		name:    basename(name),
		size:    st.Size,
		mode:    modeOf(st.Mode),
		modTime: time.Unix(st.Mtime, st.MtimeNsec),
		sys:     *st,
	}
}

func stat(op, name string, follow bool) (FileInfo, error) {
	var st fsys.Info
	if e := fsys.Stat(name, follow, &st); e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: errno(e)}
	}
	return newFileStat(name, &st), nil
}

// Stat describes the named file, following symbolic links.
func Stat(name string) (FileInfo, error) { return stat("stat", name, true) }

// Lstat describes the named file; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) { return stat("lstat", name, false) }

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	var st fsys.Info
	if e := fsys.Fstat(f.fd, &st); e != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errno(e)}
	}
	return newFileStat(f.name, &st), nil
}

// SameFile reports whether two FileInfos from this package describe the same file.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && a.sys.Dev == b.sys.Dev && a.sys.Ino == b.sys.Ino
}

// IsPathSeparator reports whether c is a directory separator ('/').
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// dirEntries is what a File has read of its directory: every entry, sorted by name (the
// order the native lists them in), and how many were handed out.
type dirEntries struct {
	names []string
	types []uint8
	pos   int
}

// dirEntry is a DirEntry of os's, whose Info stats the entry when asked.
type dirEntry struct {
	dir  string
	name string
	typ  FileMode
}

func (d *dirEntry) Name() string            { return d.name }
func (d *dirEntry) IsDir() bool             { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.dir + "/" + d.name) }
func (d *dirEntry) String() string          { return fs.FormatDirEntry(d) }

// typeOf turns a d_type into a FileMode; unknown types are found by Lstat.
func typeOf(t uint8, dir, name string) FileMode {
	switch t {
	case fsys.DT_BLK:
		return ModeDevice
	case fsys.DT_CHR:
		return ModeDevice | ModeCharDevice
	case fsys.DT_DIR:
		return ModeDir
	case fsys.DT_FIFO:
		return ModeNamedPipe
	case fsys.DT_LNK:
		return ModeSymlink
	case fsys.DT_REG:
		return 0
	case fsys.DT_SOCK:
		return ModeSocket
	}
	if info, err := Lstat(dir + "/" + name); err == nil {
		return info.Mode().Type()
	}
	return ModeIrregular
}

// readDir returns the next n entries (all that are left for n <= 0) of the directory f,
// reading it whole the first time. At the end, n > 0 gives io.EOF.
func (f *File) readDir(n int) (names []string, types []uint8, err error) {
	if err := f.check("readdirent"); err != nil {
		return nil, nil, err
	}
	if f.dir == nil {
		names, types, e := fsys.ReadDir(f.fd)
		if e != 0 {
			return nil, nil, &PathError{Op: "readdirent", Path: f.name, Err: errno(e)}
		}
		f.dir = &dirEntries{names: names, types: types}
	}
	d := f.dir
	left := len(d.names) - d.pos
	if n > 0 && left == 0 {
		return nil, nil, io.EOF
	}
	if n <= 0 || n > left {
		n = left
	}
	names, types = d.names[d.pos:d.pos+n], d.types[d.pos:d.pos+n]
	d.pos += n
	return names, types, nil
}

// ReadDir returns the directory's next n entries (n <= 0: all the rest).
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, types, err := f.readDir(n)
	list := make([]DirEntry, len(names))
	for i, name := range names {
		list[i] = &dirEntry{f.name, name, typeOf(types[i], f.name, name)}
	}
	return list, err
}

// Readdirnames returns the names of the directory's next n entries (n <= 0: all the rest).
func (f *File) Readdirnames(n int) (names []string, err error) {
	names, _, err = f.readDir(n)
	return append([]string{}, names...), err
}

// Readdir returns the FileInfos (by Lstat) of the directory's next n entries.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, _, err := f.readDir(n)
	infos := make([]FileInfo, 0, len(names))
	for _, name := range names {
		info, lerr := Lstat(f.name + "/" + name)
		if lerr != nil {
			if IsNotExist(lerr) {
				continue // removed since it was listed
			}
			return infos, lerr
		}
		infos = append(infos, info)
	}
	return infos, err
}

// ReadDir reads the named directory: its entries sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

// ReadAt reads len(b) bytes from offset off; fewer only with an error (io.EOF at the end).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		k, e := fsys.Pread(f.fd, b, off)
		if e != 0 {
			return n, &PathError{Op: "read", Path: f.name, Err: errno(e)}
		}
		if k == 0 {
			return n, io.EOF
		}
		n += k
		b = b[k:]
		off += int64(k)
	}
	return n, nil
}

// WriteAt writes b at offset off (not for files opened with O_APPEND).
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	n, e := fsys.Pwrite(f.fd, b, off)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: errno(e)}
	}
	return n, nil
}

// Truncate changes the size of the open file.
func (f *File) Truncate(size int64) error {
	if err := f.check("truncate"); err != nil {
		return err
	}
	if e := fsys.Ftruncate(f.fd, size); e != 0 {
		return &PathError{Op: "truncate", Path: f.name, Err: errno(e)}
	}
	return nil
}

// Chmod changes the mode of the open file.
func (f *File) Chmod(mode FileMode) error {
	if err := f.check("chmod"); err != nil {
		return err
	}
	if e := fsys.Fchmod(f.fd, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: f.name, Err: errno(e)}
	}
	return nil
}

// Chdir makes the open directory the current one.
func (f *File) Chdir() error {
	if err := f.check("chdir"); err != nil {
		return err
	}
	if e := fsys.Fchdir(f.fd); e != 0 {
		return &PathError{Op: "chdir", Path: f.name, Err: errno(e)}
	}
	return nil
}

// syscallMode turns a FileMode into st_mode permission bits.
func syscallMode(m FileMode) uint32 {
	mode := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		mode |= fsys.S_ISUID
	}
	if m&ModeSetgid != 0 {
		mode |= fsys.S_ISGID
	}
	if m&ModeSticky != 0 {
		mode |= fsys.S_ISVTX
	}
	return mode
}

// pathErr wraps a non-zero errno of an operation on a path.
func pathErr(op, name string, e int) error {
	if e == 0 {
		return nil
	}
	return &PathError{Op: op, Path: name, Err: errno(e)}
}

// linkErr wraps a non-zero errno of an operation on two paths.
func linkErr(op, from, to string, e int) error {
	if e == 0 {
		return nil
	}
	return &LinkError{Op: op, Old: from, New: to, Err: errno(e)}
}

func Chmod(name string, mode FileMode) error {
	return pathErr("chmod", name, fsys.Chmod(name, syscallMode(mode)))
}

func Chown(name string, uid, gid int) error {
	return pathErr("chown", name, fsys.Chown(name, uid, gid, true))
}

func Lchown(name string, uid, gid int) error {
	return pathErr("lchown", name, fsys.Chown(name, uid, gid, false))
}

func Truncate(name string, size int64) error {
	return pathErr("truncate", name, fsys.Truncate(name, size))
}

// Chtimes sets the access and modification times of the named file.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	e := fsys.Chtimes(name, atime.Unix(), int64(atime.Nanosecond()), mtime.Unix(), int64(mtime.Nanosecond()))
	return pathErr("chtimes", name, e)
}

// Rename moves oldpath to newpath, replacing a file there.
func Rename(oldpath, newpath string) error {
	return linkErr("rename", oldpath, newpath, fsys.Rename(oldpath, newpath))
}

func Link(oldname, newname string) error {
	return linkErr("link", oldname, newname, fsys.Link(oldname, newname))
}

func Symlink(oldname, newname string) error {
	return linkErr("symlink", oldname, newname, fsys.Symlink(oldname, newname))
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	dest, e := fsys.Readlink(name)
	return dest, pathErr("readlink", name, e)
}

// Executable returns the path of the running program — for gosub, the gosub binary.
func Executable() (string, error) {
	p, e := fsys.Executable()
	return p, pathErr("readlink", "/proc/self/exe", e)
}

// MkdirAll creates a directory and the parents it needs; an existing directory is no
// error, an existing file is.
func MkdirAll(path string, perm FileMode) error {
	if info, err := Stat(path); err == nil {
		if info.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: errno(enotdir)}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// "a/." and the like: the directory may exist after all.
		if info, err1 := Lstat(path); err1 == nil && info.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// RemoveAll removes path and everything it contains; a path that does not exist is no
// error. It returns the first error met.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: errno(einval)}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	info, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) || underlyingError(serr) == errno(enotdir) {
			return nil
		}
		return serr
	}
	if !info.IsDir() {
		return err
	}
	var first error
	if entries, rerr := ReadDir(path); rerr != nil {
		first = rerr
	} else {
		for _, e := range entries {
			if err := RemoveAll(path + "/" + e.Name()); err != nil && first == nil {
				first = err
			}
		}
	}
	if err := Remove(path); err != nil && !IsNotExist(err) && first == nil {
		first = err
	}
	return first
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits a temporary-name pattern at its last "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// tempNames calls try with random names made from the pattern in dir (TempDir() if
// empty) until it succeeds or fails otherwise than by the name existing.
func tempNames(op, dir, pattern string, try func(name string) error) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: op, Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for attempt := 0; attempt < 10000; attempt++ {
		name := prefix + uitoa(uint(fsys.Random())) + suffix
		err := try(name)
		if err == nil {
			return name, nil
		}
		if !IsExist(err) {
			if IsNotExist(err) {
				if _, serr := Stat(dir); IsNotExist(serr) {
					return "", serr
				}
			}
			return "", err
		}
	}
	return "", &PathError{Op: op, Path: prefix + "*" + suffix, Err: ErrExist}
}

func uitoa(v uint) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return string(b[i:])
		}
	}
}

// MkdirTemp creates a new directory (mode 0700) in dir, named by pattern with its last
// "*" (or its end) replaced by a random number, and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	return tempNames("mkdirtemp", dir, pattern, func(name string) error {
		return Mkdir(name, 0700)
	})
}

// CreateTemp creates and opens a new file (mode 0600) in dir, named like MkdirTemp's.
func CreateTemp(dir, pattern string) (*File, error) {
	var f *File
	_, err := tempNames("createtemp", dir, pattern, func(name string) error {
		var err error
		f, err = OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		return err
	})
	if err != nil {
		return nil, err
	}
	return f, nil
}

// DirFS returns the file system of the tree rooted at dir.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (dir dirFS) join(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: ErrInvalid}
	}
	if name == "." {
		return string(dir), nil
	}
	return string(dir) + "/" + name, nil
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join("open", name)
	if err != nil {
		return nil, err
	}
	f, err := Open(full)
	if err != nil {
		err.(*PathError).Path = name
		return nil, err
	}
	return f, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	full, err := dir.join("readfile", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(full)
	if pe, ok := err.(*PathError); ok {
		pe.Path = name
	}
	return data, err
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := dir.join("readdir", name)
	if err != nil {
		return nil, err
	}
	entries, err := ReadDir(full)
	if pe, ok := err.(*PathError); ok {
		pe.Path = name
	}
	return entries, err
}

func (dir dirFS) Stat(name string) (FileInfo, error) {
	full, err := dir.join("stat", name)
	if err != nil {
		return nil, err
	}
	info, err := Stat(full)
	if pe, ok := err.(*PathError); ok {
		pe.Path = name
	}
	return info, err
}

// ---- processes ----

// A Signal is an operating-system signal; on Unix, a syscall.Signal.
type Signal interface {
	String() string
	Signal() // tells a Signal from other Stringers
}

// The signals every system has.
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

func Getpid() int      { return syscall.Getpid() }
func Getppid() int     { return syscall.Getppid() }
func Getuid() int      { return syscall.Getuid() }
func Geteuid() int     { return syscall.Geteuid() }
func Getgid() int      { return syscall.Getgid() }
func Getegid() int     { return syscall.Getegid() }
func Getpagesize() int { return syscall.Getpagesize() }

// Pipe returns a connected pair of files: reads from r return what is written to w. The
// write end does not block its worker thread when the pipe is full (it is non-blocking,
// and a Write waits with the processor handed on), so a reader in the same program keeps
// running; it is made blocking again when given to a child.
func Pipe() (r *File, w *File, err error) {
	var p [2]int
	if e := syscall.Pipe2(p[:], syscall.O_CLOEXEC); e != nil {
		return nil, nil, NewSyscallError("pipe2", e)
	}
	syscall.SetNonblock(p[1], true)
	return &File{fd: p[0], name: "|0", pipe: true}, &File{fd: p[1], name: "|1", pipe: true}, nil
}

// ProcAttr holds the attributes of a process StartProcess starts: its directory (""
// for ours), its environment (nil for ours), its descriptors (Files[i] becomes descriptor
// i; nil closes it) and system-specific attributes.
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []*File
	Sys   *syscall.SysProcAttr
}

// Process is a process started by StartProcess, or found by FindProcess.
type Process struct {
	Pid  int
	done bool // waited for: its pid may be another process's by now
}

// StartProcess starts the program name (a path: no $PATH search) with arguments argv.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if attr == nil {
		attr = &ProcAttr{}
	}
	if attr.Sys == nil && attr.Dir != "" {
		// a clearer error than the child's failed chdir
		if _, err := Stat(attr.Dir); err != nil {
			pe := err.(*PathError)
			pe.Op = "chdir"
			return nil, pe
		}
	}
	env := attr.Env
	if env == nil {
		env = Environ()
	}
	files := make([]uintptr, len(attr.Files))
	for i, f := range attr.Files {
		files[i] = f.Fd()
		if f != nil && f.fd >= 0 {
			syscall.SetNonblock(f.fd, false) // as Go's File.Fd does: children expect blocking I/O
		}
	}
	sys := &syscall.ProcAttr{Dir: attr.Dir, Env: env, Files: files, Sys: attr.Sys}
	pid, err := syscall.ForkExec(name, argv, sys)
	if err != nil {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: err}
	}
	return &Process{Pid: pid}, nil
}

// FindProcess returns the process pid; on Unix it always succeeds, whether or not the
// process exists (Signal tells).
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// Signal sends sig (a syscall.Signal) to the process.
func (p *Process) Signal(sig Signal) error {
	switch {
	case p.Pid == -1:
		return errors.New("os: process already released")
	case p.Pid == 0:
		return errors.New("os: process not initialized")
	case p.done:
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if e := syscall.Kill(p.Pid, s); e != nil {
		if e == syscall.ESRCH {
			return ErrProcessDone
		}
		return NewSyscallError("kill", e)
	}
	return nil
}

// Kill makes the process exit at once (SIGKILL).
func (p *Process) Kill() error {
	return p.Signal(Kill)
}

// Release lets the process go: the Process is unusable afterwards.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// Wait waits for the process (a child of ours) to exit; it parks the goroutine only.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	var status syscall.WaitStatus
	var rusage syscall.Rusage
	pid, e := syscall.Wait4(p.Pid, &status, 0, &rusage)
	if e != nil {
		return nil, NewSyscallError("waitid", e)
	}
	p.done = true
	return &ProcessState{pid: pid, status: status, rusage: &rusage}, nil
}

// ProcessState is what Wait reports about a process that exited.
type ProcessState struct {
	pid    int
	status syscall.WaitStatus
	rusage *syscall.Rusage
}

// Pid is the process's id.
func (p *ProcessState) Pid() int { return p.pid }

// Exited reports whether the program exited (rather than being ended by a signal).
func (p *ProcessState) Exited() bool { return p.status.Exited() }

// Success reports whether the program exited with status 0.
func (p *ProcessState) Success() bool { return p.status.ExitStatus() == 0 }

// Sys is the syscall.WaitStatus.
func (p *ProcessState) Sys() any { return p.status }

// SysUsage is the *syscall.Rusage.
func (p *ProcessState) SysUsage() any { return p.rusage }

// UserTime is the user CPU time of the process and its children.
func (p *ProcessState) UserTime() time.Duration {
	return time.Duration(p.rusage.Utime.Nano()) * time.Nanosecond
}

// SystemTime is the system CPU time of the process and its children.
func (p *ProcessState) SystemTime() time.Duration {
	return time.Duration(p.rusage.Stime.Nano()) * time.Nanosecond
}

// ExitCode is the exit status, or -1 if the process did not exit (a signal ended it) or
// p is nil.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

// String says how the process ended: "exit status 3", "signal: killed", ...
func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	w := p.status
	res := ""
	switch {
	case w.Exited():
		res = "exit status " + itoa(w.ExitStatus())
	case w.Signaled():
		res = "signal: " + w.Signal().String()
	case w.Stopped():
		res = "stop signal: " + w.StopSignal().String()
		if w.StopSignal() == syscall.SIGTRAP && w.TrapCause() != 0 {
			res += " (trap " + itoa(w.TrapCause()) + ")"
		}
	case w.Continued():
		res = "continued"
	}
	if w.CoreDump() {
		res += " (core dumped)"
	}
	return res
}

func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint(-v))
	}
	return uitoa(uint(v))
}
