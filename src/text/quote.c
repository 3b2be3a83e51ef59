/* quote.c — Go's strconv quoting (src/text/quote.h). Printable ASCII other than the quote and
 * the backslash, by far the commonest input, is copied without decoding or table lookups.
 */
#include "quote.h"

#include "unicode.h"
#include "utf8.h"

static void put_hex(StrBuf *out, char kind, uint32_t v, int digits) {
    static const char hex[] = "0123456789abcdef";
    sb_putc(out, '\\');
    sb_putc(out, kind);
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
        sb_putc(out, hex[(v >> shift) & 15]);
    }
}

static bool shown_as_is(int32_t r, QuoteMode mode) {
    switch (mode) {
    case QUOTE_ASCII: return r < 0x80 && uni_is_print(r);
    case QUOTE_GRAPHIC: return uni_is_graphic(r);
    default: return uni_is_print(r);
    }
}

/* Go's appendEscapedRune: r (a valid rune or U+FFFD) as it appears inside quotes. */
static void put_escaped(StrBuf *out, int32_t r, char quote, QuoteMode mode) {
    if (r == quote || r == '\\') {
        sb_putc(out, '\\');
        sb_putc(out, (char)r);
        return;
    }
    if (shown_as_is(r, mode)) {
        utf8_append(out, r);
        return;
    }
    switch (r) {
    case '\a': sb_puts(out, "\\a"); return;
    case '\b': sb_puts(out, "\\b"); return;
    case '\f': sb_puts(out, "\\f"); return;
    case '\n': sb_puts(out, "\\n"); return;
    case '\r': sb_puts(out, "\\r"); return;
    case '\t': sb_puts(out, "\\t"); return;
    case '\v': sb_puts(out, "\\v"); return;
    default: break;
    }
    if (r < ' ' || r == 0x7F) {
        put_hex(out, 'x', (uint32_t)r, 2);
    } else if (r < 0x10000) {
        put_hex(out, 'u', (uint32_t)r, 4);
    } else {
        put_hex(out, 'U', (uint32_t)r, 8);
    }
}

void quote_string(StrBuf *out, const void *s, size_t n, char quote, QuoteMode mode) {
    const uint8_t *p = s;
    sb_putc(out, quote);
    for (size_t i = 0; i < n;) {
        uint8_t c = p[i];
        if (c >= 0x20 && c < 0x7F && c != (uint8_t)quote && c != '\\') {
            sb_putc(out, (char)c);
            i++;
            continue;
        }
        int32_t r;
        int size = utf8_decode(p + i, n - i, &r);
        if (size == 1 && r == UTF8_RUNE_ERROR) {
            put_hex(out, 'x', c, 2);
        } else {
            put_escaped(out, r, quote, mode);
        }
        i += (size_t)size;
    }
    sb_putc(out, quote);
}

void quote_rune(StrBuf *out, int32_t r, QuoteMode mode) {
    if (!utf8_valid_rune(r)) {
        r = UTF8_RUNE_ERROR;
    }
    sb_putc(out, '\'');
    put_escaped(out, r, '\'', mode);
    sb_putc(out, '\'');
}

bool quote_can_backquote(const void *s, size_t n) {
    const uint8_t *p = s;
    for (size_t i = 0; i < n;) {
        int32_t r;
        int size = utf8_decode(p + i, n - i, &r);
        i += (size_t)size;
        if (size > 1) {
            if (r == 0xFEFF) {
                return false; /* a byte order mark */
            }
            continue;
        }
        if (r == UTF8_RUNE_ERROR || (r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
            return false;
        }
    }
    return true;
}
