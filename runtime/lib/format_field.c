/* format_field.c — one field of fmt's output (Go's fmt/format.go): a bool, an integer in any
 * base, a float, a string, a rune, %U, %q, hex bytes, under the verb's flags, width and
 * precision (runtime/lib/printer.h). Nothing here knows Go types or methods: the printer
 * (format.c) picks the formatter, these lay out the bytes. Widths and precisions count runes.
 */
#include "printer.h"

#include "../../src/text/quote.h"
#include "../../src/text/unicode.h"
#include "../../src/text/utf8.h"

#include <string.h>

const char fmt_ldigits[] = "0123456789abcdefx";
const char fmt_udigits[] = "0123456789ABCDEFX";

static void write_padding(Printer *p, int n) {
    if (n <= 0) {
        return;
    }
    char c = (p->f.zero && !p->f.minus) ? '0' : ' ';
    for (int i = 0; i < n; i++) {
        putc_(p, c);
    }
}

/* Appends s, padded with spaces (or zeros) to the width on the left, or on the right (-). */
static void pad(Printer *p, const char *s, size_t n) {
    if (!p->f.wid_present || p->wid == 0) {
        put(p, s, n);
        return;
    }
    int width = p->wid - (int)utf8_count(s, n);
    if (!p->f.minus) {
        write_padding(p, width);
        put(p, s, n);
    } else {
        put(p, s, n);
        write_padding(p, width);
    }
}

void fmt_pad_cstr(Printer *p, const char *s) {
    pad(p, s, strlen(s));
}

void fmt_boolean(Printer *p, bool v) {
    fmt_pad_cstr(p, v ? "true" : "false");
}

/* %U: U+0078, and with # U+0078 'x' when printable. */
void fmt_unicode(Printer *p, uint64_t u) {
    int prec = 4;
    if (p->f.prec_present && p->prec > 4) {
        prec = p->prec;
    }
    StrBuf b = {0};
    char hex[17];
    int nh = 0;
    uint64_t x = u;
    do {
        hex[nh++] = fmt_udigits[x & 0xF];
        x >>= 4;
    } while (x != 0);
    sb_puts(&b, "U+");
    for (int i = nh; i < prec; i++) {
        sb_putc(&b, '0');
    }
    while (nh > 0) {
        sb_putc(&b, hex[--nh]);
    }
    if (p->f.sharp && u <= UTF8_MAX_RUNE && uni_is_print((int32_t)u)) {
        sb_puts(&b, " '");
        utf8_append(&b, (int32_t)u);
        sb_putc(&b, '\'');
    }
    bool old_zero = p->f.zero;
    p->f.zero = false;
    pad(p, b.data, b.len);
    p->f.zero = old_zero;
}

/* Integers in base 2, 8, 10 or 16, with precision (minimum digits), zero padding, sign and
 * prefix flags as Go's fmt applies them. */
void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed, int32_t verb,
                 const char *digits) {
    bool negative = is_signed && (int64_t)u < 0;
    if (negative) {
        u = -u;
    }
    size_t cap = 68;
    if (p->f.wid_present || p->f.prec_present) {
        size_t w = 3 + (size_t)p->wid + (size_t)p->prec;
        if (w > cap) {
            cap = w;
        }
    }
    char small[72];
    char *buf = cap <= sizeof small ? small : NEW_ATOMIC(cap);
    int prec = 0;
    if (p->f.prec_present) {
        prec = p->prec;
        if (prec == 0 && u == 0) {
            bool old_zero = p->f.zero;
            p->f.zero = false;
            write_padding(p, p->wid);
            p->f.zero = old_zero;
            return;
        }
    } else if (p->f.zero && !p->f.minus && p->f.wid_present) {
        prec = p->wid;
        if (negative || p->f.plus || p->f.space) {
            prec--;
        }
    }
    size_t i = cap;
    switch (base) {
    case 10:
        for (; u >= 10; u /= 10) {
            buf[--i] = (char)('0' + u % 10);
        }
        break;
    case 16:
        for (; u >= 16; u >>= 4) {
            buf[--i] = digits[u & 0xF];
        }
        break;
    case 8:
        for (; u >= 8; u >>= 3) {
            buf[--i] = (char)('0' + (u & 7));
        }
        break;
    default:
        for (; u >= 2; u >>= 1) {
            buf[--i] = (char)('0' + (u & 1));
        }
        break;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > (int)(cap - i)) {
        buf[--i] = '0';
    }
    if (p->f.sharp) {
        switch (base) {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0') {
                buf[--i] = '0';
            }
            break;
        case 16:
            buf[--i] = digits[16];
            buf[--i] = '0';
            break;
        default: break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative) {
        buf[--i] = '-';
    } else if (p->f.plus) {
        buf[--i] = '+';
    } else if (p->f.space) {
        buf[--i] = ' ';
    }
    bool old_zero = p->f.zero;
    p->f.zero = false;
    pad(p, buf + i, cap - i);
    p->f.zero = old_zero;
}

/* How many bytes of s the precision keeps (it counts runes). */
static size_t truncated_len(Printer *p, const char *s, size_t n) {
    if (p->f.prec_present) {
        int left = p->prec;
        for (size_t i = 0; i < n;) {
            if (--left < 0) {
                return i;
            }
            int32_t r;
            i += (size_t)utf8_decode(s + i, n - i, &r);
        }
    }
    return n;
}

void fmt_s(Printer *p, const char *s, size_t n) {
    pad(p, s, truncated_len(p, s, n));
}

/* %x %X of a string or byte slice: two hex digits a byte, with # a 0x prefix (per byte with
 * the space flag, which also separates the bytes). */
void fmt_sbx(Printer *p, const char *s, size_t n, const char *digits) {
    size_t length = n;
    if (p->f.prec_present && (size_t)p->prec < length) {
        length = (size_t)p->prec;
    }
    size_t width = 2 * length;
    if (width > 0) {
        if (p->f.space) {
            if (p->f.sharp) {
                width *= 2;
            }
            width += length - 1;
        } else if (p->f.sharp) {
            width += 2;
        }
    } else {
        if (p->f.wid_present) {
            write_padding(p, p->wid);
        }
        return;
    }
    if (p->f.wid_present && (size_t)p->wid > width && !p->f.minus) {
        write_padding(p, p->wid - (int)width);
    }
    if (p->f.sharp) {
        putc_(p, '0');
        putc_(p, digits[16]);
    }
    for (size_t i = 0; i < length; i++) {
        if (p->f.space && i > 0) {
            putc_(p, ' ');
            if (p->f.sharp) {
                putc_(p, '0');
                putc_(p, digits[16]);
            }
        }
        unsigned char c = (unsigned char)s[i];
        putc_(p, digits[c >> 4]);
        putc_(p, digits[c & 0xF]);
    }
    if (p->f.wid_present && (size_t)p->wid > width && p->f.minus) {
        write_padding(p, p->wid - (int)width);
    }
}

/* %q of a string: a Go string literal; with # a raw `...` one when possible, with + ASCII. */
void fmt_q(Printer *p, const char *s, size_t n) {
    n = truncated_len(p, s, n);
    StrBuf b = {0};
    if (p->f.sharp && quote_can_backquote(s, n)) {
        sb_putc(&b, '`');
        put_bytes(&b, s, n);
        sb_putc(&b, '`');
    } else {
        quote_string(&b, s, n, '"', p->f.plus ? QUOTE_ASCII : QUOTE_PRINT);
    }
    pad(p, b.data, b.len);
}

void fmt_c(Printer *p, uint64_t c) {
    char b[UTF8_MAX];
    int32_t r = c > UTF8_MAX_RUNE ? UTF8_RUNE_ERROR : (int32_t)c;
    pad(p, b, (size_t)utf8_encode(r, b));
}

void fmt_qc(Printer *p, uint64_t c) {
    int32_t r = c > UTF8_MAX_RUNE ? UTF8_RUNE_ERROR : (int32_t)c;
    StrBuf b = {0};
    quote_rune(&b, r, p->f.plus ? QUOTE_ASCII : QUOTE_PRINT);
    pad(p, b.data, b.len);
}

/* A float through strconv's format verb, then Go's sign, padding and # handling. */
void fmt_float(Printer *p, double v, int size, int32_t verb, int prec) {
    if (p->f.prec_present) {
        prec = p->prec;
    }
    StrBuf nb = {0};
    sb_putc(&nb, '+'); /* room for a sign */
    fmt_format_float(&nb, v, (char)verb, prec, size);
    char *num = nb.data;
    size_t len = nb.len;
    if (num[1] == '-' || num[1] == '+') {
        num++;
        len--;
    }
    if (p->f.space && num[0] == '+' && !p->f.plus) {
        num[0] = ' ';
    }
    if (num[1] == 'I' || num[1] == 'N') {
        bool old_zero = p->f.zero;
        p->f.zero = false;
        if (num[1] == 'N' && !p->f.space && !p->f.plus) {
            num++;
            len--;
        }
        pad(p, num, len);
        p->f.zero = old_zero;
        return;
    }
    if (p->f.sharp && verb != 'b') {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = prec == -1 ? 6 : prec;
        }
        /* Split off the exponent ("e+07", "p-02"), count significant digits, then restore
         * the decimal point and the trailing zeros %g drops. */
        StrBuf tail = {0};
        bool has_point = false, nonzero = false;
        for (size_t i = 1; i < len; i++) {
            char c = num[i];
            if (c == '.') {
                has_point = true;
            } else if (c == 'p' || c == 'P' ||
                       ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                sb_put(&tail, num + i, len - i);
                len = i;
                break;
            } else {
                if (c != '0') {
                    nonzero = true;
                }
                if (nonzero) {
                    digits--;
                }
            }
        }
        StrBuf nb2 = {0};
        sb_put(&nb2, num, len);
        if (!has_point) {
            if (len == 2 && num[1] == '0') {
                digits--;
            }
            sb_putc(&nb2, '.');
        }
        for (; digits > 0; digits--) {
            sb_putc(&nb2, '0');
        }
        put_bytes(&nb2, tail.data, tail.len);
        num = nb2.data;
        len = nb2.len;
    }
    if (p->f.plus || num[0] != '+') {
        if (p->f.zero && !p->f.minus && p->f.wid_present && (size_t)p->wid > len) {
            putc_(p, num[0]);
            write_padding(p, p->wid - (int)len);
            put(p, num + 1, len - 1);
            return;
        }
        pad(p, num, len);
        return;
    }
    pad(p, num + 1, len - 1);
}
