/* unicode.h — Unicode facts for the C natives (runtime/lib/unicode.c): character classes and
 * case mapping exactly as Go's unicode package answers them (Go 1.19's tables, Unicode
 * 13.0.0), and UTF-8 exactly as Go's unicode/utf8 decodes it.
 *
 * Runes outside 0..MaxRune are in no class and map to themselves.
 */
#ifndef GOSUB_LIB_UNICODE_H
#define GOSUB_LIB_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UNI_MAX_RUNE 0x10ffff
#define UNI_RUNE_ERROR 0xfffd

bool lib_unicode_is_letter(int32_t r);
bool lib_unicode_is_digit(int32_t r);
bool lib_unicode_is_number(int32_t r);
bool lib_unicode_is_space(int32_t r);
bool lib_unicode_is_upper(int32_t r);
bool lib_unicode_is_lower(int32_t r);
bool lib_unicode_is_title(int32_t r);
bool lib_unicode_is_mark(int32_t r);
bool lib_unicode_is_punct(int32_t r);
bool lib_unicode_is_symbol(int32_t r);
bool lib_unicode_is_print(int32_t r);   /* unicode.IsPrint (= strconv.IsPrint) */
bool lib_unicode_is_graphic(int32_t r); /* unicode.IsGraphic (= strconv.IsGraphic) */
bool lib_unicode_is_control(int32_t r);
int32_t lib_unicode_to_upper(int32_t r);
int32_t lib_unicode_to_lower(int32_t r);
int32_t lib_unicode_to_title(int32_t r);
int32_t lib_unicode_simple_fold(int32_t r);

/* Decodes the rune at s[0..n): returns its size and sets *r; (RuneError, 1) for an invalid
 * or incomplete encoding, (RuneError, 0) when n == 0. */
int lib_utf8_decode(const char *s, size_t n, int32_t *r);
/* The same for the last rune of s[0..n). */
int lib_utf8_decode_last(const char *s, size_t n, int32_t *r);
/* Writes r's encoding (1..4 bytes; RuneError's for invalid runes) to out; returns its size. */
int lib_utf8_encode(char *out, int32_t r);
/* Bytes needed to encode r, or -1 if r is not a valid rune (utf8.RuneLen). */
int lib_utf8_rune_len(int32_t r);
int64_t lib_utf8_count(const char *s, size_t n); /* utf8.RuneCountInString */
bool lib_utf8_valid(const char *s, size_t n);    /* utf8.ValidString */

#endif
