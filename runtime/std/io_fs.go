// Package fs: the interfaces of a file system and the types os shares with them — file
// modes, file information, directory entries, PathError and the common errors — with
// the generic helpers over an FS (ReadFile, ReadDir, Stat, WalkDir).
package fs

import (
	"errors"
	"io"
	"time"
)

// The errors file systems return; test for them with errors.Is.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// An FS gives access to a hierarchy of files.
type FS interface {
	Open(name string) (File, error)
}

// A File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A ReadDirFile is a directory whose entries can be read.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// ReadDirFS, ReadFileFS, StatFS, SubFS and GlobFS are file systems with faster ways to do
// what the helpers of this package do through Open.
type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

type SubFS interface {
	FS
	Sub(dir string) (FS, error)
}

type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// A FileInfo describes a file.
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

// A FileMode holds a file's type and permission bits (Unix's, with the type bits moved
// to the top).
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

// String spells the mode as ls does: the type letters set (or "-"), then rwx per class.
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

func (m FileMode) IsDir() bool     { return m&ModeDir != 0 }
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }
func (m FileMode) Perm() FileMode  { return m & ModePerm }
func (m FileMode) Type() FileMode  { return m & ModeType }

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// ValidPath reports whether name is a valid FS path: slash-separated elements, none
// empty, "." or "..", no leading or trailing slash; "." alone names the root.
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

// ReadFile reads the named file of fsys.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if rf, ok := fsys.(ReadFileFS); ok {
		return rf.ReadFile(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// ReadDir reads the named directory of fsys, entries sorted by name.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if rd, ok := fsys.(ReadDirFS); ok {
		return rd.ReadDir(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	dir, ok := file.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	sortEntries(list)
	return list, err
}

// sortEntries sorts by name (a merge sort: no need to load package sort).
func sortEntries(list []DirEntry) {
	if len(list) < 2 {
		return
	}
	mid := len(list) / 2
	left := append([]DirEntry(nil), list[:mid]...)
	right := list[mid:]
	sortEntries(left)
	sortEntries(right)
	i, j := 0, 0
	for k := range list {
		if j == len(right) || i < len(left) && left[i].Name() <= right[j].Name() {
			list[k] = left[i]
			i++
		} else {
			list[k] = right[j]
			j++
		}
	}
}

// Stat returns the FileInfo of the named file of fsys.
func Stat(fsys FS, name string) (FileInfo, error) {
	if sf, ok := fsys.(StatFS); ok {
		return sf.Stat(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return file.Stat()
}

// SkipDir, returned by a WalkDirFunc, skips the directory (or the rest of the directory
// holding the file); SkipAll stops the walk. Neither is reported as an error.
var (
	SkipDir = errors.New("skip this directory")
	SkipAll = errors.New("skip everything and stop the walk")
)

// A WalkDirFunc is called by WalkDir for each file or directory: with err set (and d
// possibly nil) when the root could not be read or a directory could not be listed.
type WalkDirFunc func(path string, d DirEntry, err error) error

// WalkDir walks the tree of fsys rooted at root in lexical order, calling fn for each
// file and directory.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := ReadDir(fsys, name)
	if err != nil {
		// Second call, to report the failure to list the directory.
		if err = fn(name, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		name1 := d1.Name()
		if name != "." {
			name1 = name + "/" + name1
		}
		if err := walkDir(fsys, name1, d1, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// FileInfoToDirEntry returns a DirEntry describing info (nil for nil).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return infoEntry{info}
}

type infoEntry struct {
	info FileInfo
}

func (e infoEntry) Name() string            { return e.info.Name() }
func (e infoEntry) IsDir() bool             { return e.info.IsDir() }
func (e infoEntry) Type() FileMode          { return e.info.Mode().Type() }
func (e infoEntry) Info() (FileInfo, error) { return e.info, nil }
func (e infoEntry) String() string          { return FormatDirEntry(e) }

// FormatFileInfo returns "MODE SIZE DATE NAME" (a trailing / for directories).
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	b := append([]byte(info.Mode().String()), ' ')
	b = appendInt(b, info.Size())
	b = append(b, ' ')
	b = append(b, info.ModTime().Format("2006-01-02 15:04:05")...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FormatDirEntry returns "TYPE NAME": the type letters of the mode, and a trailing /
// for directories.
func FormatDirEntry(dir DirEntry) string {
	mode := dir.Type().String()
	mode = mode[:len(mode)-9] // the type letters only
	b := append([]byte(mode), ' ')
	b = append(b, dir.Name()...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

func appendInt(b []byte, v int64) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, d[i:]...)
}
