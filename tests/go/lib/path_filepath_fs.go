package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a/b/../c", "/../a", "a/../..", "../../a/./b/", "a//b///c/", "/a/b/c/..", "abc/./../def", "./", "a/.", "a/..", "..a/b..", "/.../..."} {
		dir, file := path.Split(p)
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q abs=%v split=%q,%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), dir, file)
		if filepath.Clean(p) != path.Clean(p) || filepath.Base(p) != path.Base(p) || filepath.Dir(p) != path.Dir(p) {
			fmt.Println("  filepath differs!")
		}
	}
	fmt.Printf("%q %q %q %q\n", path.Join("a", "b", "c"), path.Join("", ""), path.Join("/", "x", "..", "y"), filepath.Join("a/", "", "/b"))
	fmt.Println(path.Ext("file.tar.gz"), path.Ext("dir.d/file"), filepath.Ext("x.go"))

	patterns := [][2]string{
		{"*", "abc"}, {"*", "a/b"}, {"a*", "abc"}, {"a*c", "abbbc"}, {"a*/b", "abc/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"},
		{"a?c", "abc"}, {"a?c", "a/c"}, {"[abc]", "b"}, {"[^abc]", "b"}, {"[a-c]x", "bx"}, {"[!a]", "b"},
		{`a\*b`, "a*b"}, {`a\*b`, "axb"}, {"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[", "a"}, {"a[", "a"},
		{"[a-", "a"}, {`\`, "a"}, {"*x", "xxx"}, {"a*b?c*x", "abxbbxdbxebxczzx"}, {"[\\]a]", "]"}, {"[a-b-c]", "a"},
		{"*[a", "xa"}, {"ab[", "x"}, {"[]", "x"}, {"héllo*", "héllo wörld"}, {"h?llo", "héllo"},
	}
	for _, pn := range patterns {
		m, err := path.Match(pn[0], pn[1])
		fm, ferr := filepath.Match(pn[0], pn[1])
		fmt.Printf("Match(%q, %q) = %v %v | %v %v %v\n", pn[0], pn[1], m, err, fm, ferr, errors.Is(ferr, filepath.ErrBadPattern))
	}

	rels := [][2]string{{"/a", "/a/b/c"}, {"/a/b", "/a/c"}, {"a/b", "a/b"}, {"a", "."}, {".", "a"}, {"a/b/c", "a"},
		{"/", "/x"}, {"/x", "/"}, {"a", "/b"}, {"../a", "b"}, {"a/..", "b"}, {"./x/../y", "y/z"}, {"", "a"}, {"/a/b/", "/a/b/c/"}}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], rel, err)
	}
	fmt.Printf("%q %q %q\n", filepath.SplitList("/bin:/usr/bin::x"), filepath.SplitList(""), filepath.SplitList("one"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/x") == "", filepath.IsAbs("/x"), string(filepath.Separator), string(filepath.ListSeparator))
	wd, _ := os.Getwd()
	abs, err := filepath.Abs("x/../y")
	fmt.Println(abs == filepath.Join(wd, "y"), err)
	abs, _ = filepath.Abs("/a/./b")
	fmt.Println(abs)

	modes := []fs.FileMode{0, 0644, 0755 | fs.ModeDir, fs.ModeSymlink | 0777, fs.ModeNamedPipe, fs.ModeSetuid | fs.ModeSticky | 0700, fs.ModeDevice | fs.ModeCharDevice | 0600, fs.ModeIrregular}
	for _, m := range modes {
		fmt.Println(m, m.IsDir(), m.IsRegular(), m.Perm(), m.Type())
	}
	for _, p := range []string{".", "a", "a/b", "/a", "a/", "a//b", "a/./b", "..", "a/..", ""} {
		fmt.Print(fs.ValidPath(p), " ")
	}
	fmt.Println()

	tmp, _ := os.MkdirTemp("", "gosub-walk-*")
	defer os.RemoveAll(tmp)
	for _, d := range []string{"a/b/c", "a/d", "e", "skip/inner"} {
		os.MkdirAll(filepath.Join(tmp, d), 0755)
	}
	for _, f := range []string{"a/1.txt", "a/b/2.go", "a/b/c/3.txt", "e/4.go", "skip/inner/5.txt", "top.go"} {
		os.WriteFile(filepath.Join(tmp, f), []byte(f), 0644)
	}
	os.Symlink("a/b", filepath.Join(tmp, "lnk"))
	rel := func(p string) string {
		r, _ := filepath.Rel(tmp, p)
		return r
	}
	err = filepath.WalkDir(tmp, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "skip" {
			return filepath.SkipDir
		}
		fmt.Print(rel(p), ":", d.IsDir(), " ")
		return nil
	})
	fmt.Println(err)
	err = filepath.Walk(tmp, func(p string, info fs.FileInfo, err error) error {
		if info.IsDir() && info.Name() == "b" {
			return filepath.SkipDir
		}
		if !info.IsDir() && strings.HasSuffix(p, "4.go") {
			return filepath.SkipDir // in a file: skips the rest of its directory
		}
		fmt.Print(rel(p), ":", info.Size(), " ")
		return nil
	})
	fmt.Println(err)
	err = filepath.WalkDir(filepath.Join(tmp, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println(rel(p), d == nil, os.IsNotExist(err))
		return err
	})
	fmt.Println(os.IsNotExist(err))
	stop := errors.New("stop")
	err = filepath.Walk(tmp, func(p string, info fs.FileInfo, err error) error {
		if strings.HasSuffix(p, "2.go") {
			return stop
		}
		return nil
	})
	fmt.Println(err)

	for _, g := range []string{"*.go", "*/*.txt", "a/*/*", "[ae]/*", "*/b/c/*", "nomatch*", "a/1.txt", "a/nofile", "[", "a/[", "*/[/x"} {
		m, err := filepath.Glob(filepath.Join(tmp, g))
		var rs []string
		for _, x := range m {
			rs = append(rs, rel(x))
		}
		fmt.Println(g, rs, m == nil, err)
	}
	real, err := filepath.EvalSymlinks(filepath.Join(tmp, "lnk", "c", "..", "2.go"))
	realTmp, _ := filepath.EvalSymlinks(tmp)
	fmt.Println(strings.TrimPrefix(real, realTmp), err)
	_, err = filepath.EvalSymlinks(filepath.Join(tmp, "nope"))
	fmt.Println(os.IsNotExist(err))

	fsys := os.DirFS(tmp)
	data, err := fs.ReadFile(fsys, "a/b/2.go")
	fmt.Printf("%q %v\n", data, err)
	ents, err := fs.ReadDir(fsys, "a")
	for _, e := range ents {
		fmt.Print(e.Name(), e.IsDir(), " ")
	}
	fmt.Println(err)
	st, err := fs.Stat(fsys, "e/4.go")
	fmt.Println(st.Name(), st.Size(), err)
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if d.Name() == "b" {
			return fs.SkipDir
		}
		fmt.Print(p, " ")
		return nil
	})
	fmt.Println(err)
	f, err := fsys.Open("top.go")
	info, _ := f.Stat()
	fmt.Println(info.Name(), info.Size(), err)
	f.Close()
}
