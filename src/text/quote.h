/* quote.h — Go's quoting of strings and runes as Go literals: strconv.Quote, QuoteToASCII,
 * QuoteToGraphic, QuoteRune*, CanBackquote; the one quoter behind fmt's %q, strconv, the AST
 * printer and the type printer's struct tags.
 *
 * Escapes exactly as Go does: the quote character and backslash get a backslash; a rune that
 * is printable (src/text/unicode.h's uni_is_print; with QUOTE_ASCII only printable ASCII;
 * with QUOTE_GRAPHIC uni_is_graphic) stands for itself; otherwise \a \b \f \n \r \t \v, \xNN
 * below U+0020 and for U+007F, \uNNNN below U+10000, \UNNNNNNNN above. A byte that is not
 * valid UTF-8 becomes \xNN; a rune that is not valid (QuoteRune of a surrogate, say) is
 * quoted as U+FFFD.
 */
#ifndef GOSUB_TEXT_QUOTE_H
#define GOSUB_TEXT_QUOTE_H

#include "../common.h"

typedef enum QuoteMode {
    QUOTE_PRINT,  /* strconv.Quote */
    QUOTE_ASCII,  /* strconv.QuoteToASCII */
    QUOTE_GRAPHIC /* strconv.QuoteToGraphic */
} QuoteMode;

/* Appends s[0..n) between two quote characters ('"' for strconv.Quote; '\'' also works). */
void quote_string(StrBuf *out, const void *s, size_t n, char quote, QuoteMode mode);
/* Appends the rune r between single quotes (strconv.QuoteRune and friends). */
void quote_rune(StrBuf *out, int32_t r, QuoteMode mode);
/* strconv.CanBackquote: could s[0..n) be written as a raw string literal, unchanged? */
bool quote_can_backquote(const void *s, size_t n);

#endif
