// Package utf8: constants and AppendRune; decoding, encoding and validation are C natives
// (runtime/lib/utf8.c) that follow Go's rules exactly.
//
// Natives: lib_utf8_funcs in runtime/lib/utf8.c.
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

// AppendRune appends the UTF-8 encoding of r (RuneError's if r is invalid) to p.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	return append(p, string(r)...)
}
