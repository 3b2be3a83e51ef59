/* utf8.h — UTF-8 exactly as Go's unicode/utf8 reads and writes it, for the whole interpreter
 * (the lexer, the VM's string conversions and range loops, the natives of runtime/lib).
 *
 * A rune is decoded only from its shortest encoding; surrogate halves (U+D800..U+DFFF) and
 * values past U+10FFFF are not runes. Every invalid or incomplete encoding decodes as
 * (UTF8_RUNE_ERROR, 1): one byte consumed, so a scan always advances. Encoding writes
 * U+FFFD's bytes for anything that is not a rune. Byte buffers are taken as `const void *`:
 * callers hold them as char or uint8_t alike.
 */
#ifndef GOSUB_TEXT_UTF8_H
#define GOSUB_TEXT_UTF8_H

#include "../common.h"

#define UTF8_RUNE_ERROR 0xFFFD /* utf8.RuneError */
#define UTF8_MAX_RUNE 0x10FFFF /* utf8.MaxRune */
#define UTF8_MAX 4             /* utf8.UTFMax: bytes in the longest encoding */

/* utf8.DecodeRune: the rune at s[0..n) in *r, and its size; (RuneError, 1) for an invalid
 * encoding, (RuneError, 0) when n == 0. */
int utf8_decode(const void *s, size_t n, int32_t *r);
/* utf8.DecodeLastRune: the same for the last rune of s[0..n). */
int utf8_decode_last(const void *s, size_t n, int32_t *r);
/* utf8.EncodeRune into buf (room for UTF8_MAX bytes); returns the size (1..4). */
int utf8_encode(int32_t r, char *buf);
/* utf8.AppendRune. */
void utf8_append(StrBuf *out, int32_t r);
/* utf8.RuneLen: bytes needed to encode r, or -1 if r is not a rune. */
int utf8_rune_len(int64_t r);
/* utf8.ValidRune. */
bool utf8_valid_rune(int64_t r);
/* utf8.RuneCount: runes in s[0..n), each invalid byte counting as one. */
int64_t utf8_count(const void *s, size_t n);
/* utf8.Valid: is s[0..n) entirely valid UTF-8? */
bool utf8_valid(const void *s, size_t n);
/* utf8.FullRune: does s[0..n) begin with a full encoding (valid or not) of a rune? */
bool utf8_full_rune(const void *s, size_t n);

#endif
