// Package path: manipulation of slash-separated paths (URLs and the like; for file
// names use path/filepath, which on Unix is the same plus file-system functions).
package path

import (
	"errors"
	"unicode/utf8"
)

// Clean returns the shortest path equal to path by purely lexical processing: repeated
// slashes become one, "." elements go, ".." removes the element before it (and is
// dropped at the root); the empty result is ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	var elems []string // the cleaned elements so far
	for i := 0; i < len(path); {
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		switch e := path[i:j]; {
		case e == "" || e == ".":
		case e == ".." && len(elems) > 0 && elems[len(elems)-1] != "..":
			elems = elems[:len(elems)-1]
		case e == ".." && rooted:
		default:
			elems = append(elems, e)
		}
		i = j + 1
	}
	out := make([]byte, 0, len(path))
	if rooted {
		out = append(out, '/')
	}
	for k, e := range elems {
		if k > 0 {
			out = append(out, '/')
		}
		out = append(out, e...)
	}
	if len(out) == 0 {
		return "."
	}
	if string(out) == path {
		return path
	}
	return string(out)
}

func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Split splits path after its last slash: dir ends with the slash (or is empty).
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result ("" if all are
// empty).
func Join(elem ...string) string {
	var b []byte
	for _, e := range elem {
		if e == "" {
			continue
		}
		if len(b) > 0 {
			b = append(b, '/')
		}
		b = append(b, e...)
	}
	if len(b) == 0 {
		return ""
	}
	return Clean(string(b))
}

// Ext returns the extension of the last element: from its last dot on, or "".
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element, trailing slashes removed ("." for "", "/" for slashes
// only).
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	path = path[lastSlash(path)+1:]
	if path == "" {
		return "/"
	}
	return path
}

func IsAbs(path string) bool { return len(path) > 0 && path[0] == '/' }

// Dir returns all but the last element, cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// ErrBadPattern reports a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern: '*' (any run of non-slash
// characters), '?' (one non-slash character), '[range]' ('^' negates; 'lo-hi'
// spans), '\c' (c itself). A malformed pattern gives ErrBadPattern — reported even where
// the match fails before reaching the bad part, as Go's Match does once it has failed.
func Match(pattern, name string) (matched bool, err error) {
Pattern:
	for len(pattern) > 0 {
		var star bool
		var chunk string
		star, chunk, pattern = scanChunk(pattern)
		if star && chunk == "" {
			// A trailing star matches the rest unless it holds a slash.
			return lastSlash(name) < 0, nil
		}
		t, ok, err := matchChunk(chunk, name)
		// Without a star the chunk must match here; with one, a full match is only
		// final if nothing is left of the pattern either.
		if ok && (len(t) == 0 || len(pattern) > 0) {
			name = t
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			// Let the star absorb more and more of name, up to a slash.
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				t, ok, err := matchChunk(chunk, name[i+1:])
				if ok {
					if len(pattern) == 0 && len(t) > 0 {
						continue
					}
					name = t
					continue Pattern
				}
				if err != nil {
					return false, err
				}
			}
		}
		// No match: still check the rest of the pattern for syntax errors.
		for len(pattern) > 0 {
			_, chunk, pattern = scanChunk(pattern)
			if _, _, err := matchChunk(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return len(name) == 0, nil
}

// scanChunk splits off the leading stars (star: were there any) and the chunk up to the
// next star outside brackets.
func scanChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inRange := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' && i+1 < len(pattern) {
			i++
		} else if c == '[' {
			inRange = true
		} else if c == ']' {
			inRange = false
		} else if c == '*' && !inRange {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchChunk matches chunk (no stars) against the start of s: what is left of s and
// whether it matched. Once failed it keeps reading the chunk, to report syntax errors.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for len(chunk) > 0 {
		if !failed && len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := len(chunk) > 0 && chunk[0] == '^'
			if negated {
				chunk = chunk[1:]
			}
			match := false
			for ranges := 0; ; ranges++ {
				if len(chunk) > 0 && chunk[0] == ']' && ranges > 0 {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				if lo, chunk, err = getEsc(chunk); err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					if hi, chunk, err = getEsc(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					match = true
				}
			}
			if match == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		default:
			if chunk[0] == '\\' {
				chunk = chunk[1:]
				if len(chunk) == 0 {
					return "", false, ErrBadPattern
				}
			}
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// getEsc reads one character of a range, possibly escaped; a range must not end there.
func getEsc(chunk string) (r rune, rest string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			return 0, "", ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		err = ErrBadPattern
	}
	rest = chunk[n:]
	if len(rest) == 0 {
		err = ErrBadPattern
	}
	return r, rest, err
}
