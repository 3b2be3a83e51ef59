/* regexp_re2.h — a C interface to the RE2 engine (libre2, C++) for package regexp's natives.
 *
 * An Re2 is one compiled RE2 object, made by re2shim_compile and owned by the caller until
 * re2shim_delete. Once compiled it is never changed: every other call only reads it, so one
 * Re2 may be searched from many threads at once (RE2's own caches lock inside).
 * Patterns and texts are byte strings (ptr, len), not NUL-terminated; a text's ptr is never
 * NULL here. Offsets are bytes from the start of the text.
 */
#ifndef GOSUB_REGEXP_RE2_H
#define GOSUB_REGEXP_RE2_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct Re2 Re2;

/* RE2's error codes (RE2::ErrorCode), in its order. */
enum {
    RE2_OK,
    RE2_ERR_INTERNAL,
    RE2_ERR_BAD_ESCAPE,
    RE2_ERR_BAD_CHAR_CLASS,
    RE2_ERR_BAD_CHAR_RANGE,
    RE2_ERR_MISSING_BRACKET,
    RE2_ERR_MISSING_PAREN,
    RE2_ERR_UNEXPECTED_PAREN,
    RE2_ERR_TRAILING_BACKSLASH,
    RE2_ERR_REPEAT_ARGUMENT,
    RE2_ERR_REPEAT_SIZE,
    RE2_ERR_REPEAT_OP,
    RE2_ERR_BAD_PERL_OP,
    RE2_ERR_BAD_UTF8,
    RE2_ERR_BAD_NAMED_CAPTURE,
    RE2_ERR_PATTERN_TOO_LARGE,
};

/* Compiles pat in RE2's Perl-like UTF-8 syntax, leftmost-first or (longest) leftmost-longest,
 * within max_mem bytes. Always returns an Re2: check re2shim_error. */
Re2 *re2shim_compile(const char *pat, size_t n, bool longest, int64_t max_mem);
/* RE2_OK, or why compiling failed; *arg, *arg_len: the offending part of the pattern, valid
 * until the Re2 is deleted. */
int re2shim_error(const Re2 *re, const char **arg, size_t *arg_len);
/* The number of capturing groups. */
int re2shim_groups(const Re2 *re);
/* The name of group i (1-based), or NULL for an unnamed group; valid until deleted. */
const char *re2shim_group_name(const Re2 *re, int i, size_t *len);
/* Searches text[pos:n] for the leftmost match (the text before pos is context for ^, \b).
 * On a match, fills caps[0..2*nsub) with the start and end of the match and of groups 1 to
 * nsub-1 (-1, -1 for a group that took no part) and returns true. nsub may be 0. */
bool re2shim_search(const Re2 *re, const char *text, size_t n, size_t pos, int nsub, int64_t *caps);
void re2shim_delete(Re2 *re);

#ifdef __cplusplus
}
#endif

#endif
