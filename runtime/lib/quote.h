/* quote.h — Go's quoting of strings and runes (strconv.Quote and friends, fmt's %q), from
 * runtime/lib/strconv.c.
 *
 * Escapes exactly as Go does: \a \b \f \n \r \t \v, the quote and backslash escaped, \xNN
 * for bytes that are not valid UTF-8 and for control characters below U+0080, \uNNNN or
 * \UNNNNNNNN for other runes that are not printable (unicode.IsPrint; with ascii_only, any
 * rune past U+007E; with graphic_only, unicode.IsGraphic decides instead of IsPrint).
 */
#ifndef GOSUB_LIB_QUOTE_H
#define GOSUB_LIB_QUOTE_H

#include "../../src/common.h"

/* Appends s[0..n) quoted with quote ('"' for strconv.Quote, '\'' is also accepted). */
void strconv_quote(StrBuf *out, const char *s, size_t n, char quote, bool ascii_only,
                   bool graphic_only);
/* Appends the rune r in single quotes (strconv.QuoteRune); invalid runes print as U+FFFD. */
void strconv_quote_rune(StrBuf *out, int32_t r, bool ascii_only, bool graphic_only);
/* strconv.CanBackquote: could s be a raw string literal without change? */
bool strconv_can_backquote(const char *s, size_t n);

#endif
