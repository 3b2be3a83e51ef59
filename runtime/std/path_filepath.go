// Package filepath: file-name paths of the host system. On Unix (the only system gosub
// runs on) the separator is '/', so the lexical functions are package path's; this
// package adds the ones that look at the file system (Abs, Glob, Walk, WalkDir,
// EvalSymlinks) and the rest of Go's API.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern reports a malformed pattern (a value of its own, as in Go).
var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir and SkipAll are io/fs's.
var (
	SkipDir = fs.SkipDir
	SkipAll = fs.SkipAll
)

func Clean(p string) string             { return path.Clean(p) }
func Join(elem ...string) string        { return path.Join(elem...) }
func Split(p string) (dir, file string) { return path.Split(p) }
func Base(p string) string              { return path.Base(p) }
func Dir(p string) string               { return path.Dir(p) }
func Ext(p string) string               { return path.Ext(p) }
func IsAbs(p string) bool               { return path.IsAbs(p) }
func ToSlash(p string) string           { return p }
func FromSlash(p string) string         { return p }
func VolumeName(p string) string        { return "" }

// Match reports whether name matches the shell pattern (see path.Match).
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err == path.ErrBadPattern {
		err = ErrBadPattern
	}
	return matched, err
}

// SplitList splits a PATH-like list at colons ([] for "").
func SplitList(list string) []string {
	if list == "" {
		return []string{}
	}
	var out []string
	start := 0
	for i := 0; i < len(list); i++ {
		if list[i] == ListSeparator {
			out = append(out, list[start:i])
			start = i + 1
		}
	}
	return append(out, list[start:])
}

// Abs returns an absolute version of p, cleaned, relative to the current directory.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// elements splits a cleaned path into its elements (none for "" or "/").
func elements(p string) []string {
	var out []string
	for len(p) > 0 {
		i := 0
		for i < len(p) && p[i] != '/' {
			i++
		}
		if i > 0 {
			out = append(out, p[:i])
		}
		if i == len(p) {
			break
		}
		p = p[i+1:]
	}
	return out
}

// Rel returns a relative path that names targpath when joined to basepath, lexically.
// Both must be absolute or both relative; a base that climbs ("..") above where the
// target starts cannot be undone.
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if base == targ {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	bs, ts := elements(base), elements(targ)
	k := 0
	for k < len(bs) && k < len(ts) && bs[k] == ts[k] {
		k++
	}
	if k < len(bs) && bs[k] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	var out []string
	for range bs[k:] {
		out = append(out, "..")
	}
	out = append(out, ts[k:]...)
	rel := ""
	for i, e := range out {
		if i > 0 {
			rel += "/"
		}
		rel += e
	}
	return rel, nil
}

// IsLocal reports whether p is local to the directory it is evaluated in: not empty,
// not absolute, not escaping with "..".
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	c := Clean(p)
	return c != ".." && !(len(c) >= 3 && c[:3] == "../")
}

// Localize turns a slash-separated io/fs path into an operating-system one.
func Localize(p string) (string, error) {
	if !fs.ValidPath(p) {
		return "", errors.New("invalid path")
	}
	for i := 0; i < len(p); i++ {
		if p[i] == 0 {
			return "", errors.New("invalid path")
		}
	}
	return p, nil
}

func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// Glob returns the names of all files matching pattern (nil if none), in lexical order
// per directory; I/O errors are ignored, a malformed pattern is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

func globDepth(pattern string, depth int) ([]string, error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if depth > 10000 {
		return nil, ErrBadPattern
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globIn(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	var matches []string
	for _, d := range dirs {
		if matches, err = globIn(d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globIn appends the names in dir matching pattern.
func globIn(dir, pattern string, matches []string) ([]string, error) {
	entries, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		return matches, nil
	}
	for _, e := range entries {
		ok, err := Match(pattern, e.Name())
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, e.Name()))
		}
	}
	return matches, nil
}

// EvalSymlinks returns p with every symbolic link in it replaced by its destination,
// cleaned; relative results stay relative.
func EvalSymlinks(p string) (string, error) {
	var resolved string // what is done, cleaned
	if IsAbs(p) {
		resolved = "/"
	}
	rest := elements(Clean(p))
	for links := 0; len(rest) > 0; {
		elem := rest[0]
		rest = rest[1:]
		if elem == "." {
			continue
		}
		next := Join(resolved, elem)
		if elem == ".." {
			if resolved == "" || resolved == ".." || len(resolved) > 2 && resolved[len(resolved)-3:] == "/.." {
				next = Join(resolved, "..")
			} else {
				next = Dir(resolved)
			}
			resolved = next
			continue
		}
		info, err := os.Lstat(next)
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			if !info.IsDir() && len(rest) > 0 {
				return "", &fs.PathError{Op: "lstat", Path: Join(next, rest[0]), Err: errNotDir}
			}
			resolved = next
			continue
		}
		if links++; links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		dest, err := os.Readlink(next)
		if err != nil {
			return "", err
		}
		if IsAbs(dest) {
			resolved = "/"
		}
		rest = append(elements(Clean(dest)), rest...)
	}
	if resolved == "" {
		return ".", nil
	}
	return Clean(resolved), nil
}

// errNotDir is the error lstat gives below a file.
var errNotDir = func() error {
	_, err := os.Lstat("/dev/null/x")
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return errors.New("not a directory")
}()

// WalkFunc is the function Walk calls for each file and directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk walks the tree rooted at root in lexical order, calling fn with each file's
// Lstat information. WalkDir, which does not stat every file, is usually better.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	var names []string
	f, err := os.Open(p)
	if err == nil {
		names, err = f.Readdirnames(-1) // sorted by name
		f.Close()
	}
	if err1 := fn(p, info, err); err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		file := Join(p, name)
		fileInfo, err := os.Lstat(file)
		if err != nil {
			if err := fn(file, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(file, fileInfo, fn); err != nil && (!fileInfo.IsDir() || err != SkipDir) {
			return err
		}
	}
	return nil
}

// WalkDir walks the tree rooted at root in lexical order, calling fn for each file and
// directory (see io/fs.WalkDir); the root is described by Lstat.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	return fs.WalkDir(osTree{}, root, fn)
}

// osTree is the host file system seen through io/fs, for WalkDir: Stat is Lstat, as
// filepath.WalkDir treats its root.
type osTree struct{}

func (osTree) Open(name string) (fs.File, error)          { return os.Open(name) }
func (osTree) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
func (osTree) Stat(name string) (fs.FileInfo, error)      { return os.Lstat(name) }
