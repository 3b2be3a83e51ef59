/* strconv.h — strconv's parsers (strconv.c), which fmt's scanning (format_scan.c) shares so
 * that both accept exactly Go's syntax and report the same errors.
 *
 * Each returns an error code: E_OK, E_SYNTAX (strconv.ErrSyntax), E_RANGE (strconv.ErrRange,
 * with the clamped value set as Go returns it), E_BASE and E_BITSIZE (a bad argument).
 */
#ifndef GOSUB_STRCONV_H
#define GOSUB_STRCONV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { E_OK, E_SYNTAX, E_RANGE, E_BASE, E_BITSIZE };

/* strconv.ParseUint and ParseInt of s[0..n) (base 0: Go's prefixes and underscores). */
int strconv_parse_uint(const char *s, size_t n, int64_t base, int64_t bits, uint64_t *out);
int strconv_parse_int(const char *s, size_t n, int64_t base, int64_t bits, int64_t *out);
/* strconv.ParseFloat of s[0..n) for bitSize bits (32 rounds straight to float32). */
int strconv_parse_float(const char *s, size_t n, int bits, double *out);
/* The quoted literal at the start of in[0..n) (strconv.QuotedPrefix's extent, Unquote's
 * value): its value in (*res, *rn), pointing into in when nothing needed unescaping, and the
 * bytes it used. False when in does not start with a valid literal. */
bool strconv_unquote(const char *in, size_t n, const char **res, size_t *rn, size_t *used);

#endif
