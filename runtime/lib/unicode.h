/* unicode.h — Unicode facts for the C natives (runtime/lib/unicode.c): character classes and
 * case mapping exactly as Go's unicode package answers them (Go 1.19's tables, Unicode
 * 13.0.0). UTF-8 is src/text/utf8.h's.
 *
 * Runes outside 0..MaxRune are in no class and map to themselves.
 */
#ifndef GOSUB_LIB_UNICODE_H
#define GOSUB_LIB_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../src/text/utf8.h"

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

#endif
