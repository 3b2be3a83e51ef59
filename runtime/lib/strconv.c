/* strconv.c — the C natives of package strconv: integer and float parsing and formatting,
 * quoting (src/text/quote.h, which fmt's %q shares) and unquoting.
 *
 * Parsers follow Go's grammar and limits exactly (base prefixes and underscores only with
 * base 0, the clamped value returned with a range error) and report an error code; the Go
 * side (runtime/std/strconv.go) turns the code into a *NumError, so the messages are Go's.
 * Codes: 0 ok, 1 ErrSyntax, 2 ErrRange, 3 invalid base, 4 invalid bit size. The parsers are
 * shared with fmt's scanning (strconv.h).
 * Floats are checked against Go's syntax here, then converted by strtod_l/strtof_l in the C
 * locale (correctly rounded, as Go's are; straight to float32 for bitSize 32, so never
 * rounded twice). FormatFloat is fmt's float formatter (runtime/lib/format.h).
 */
#include "strconv.h"
#include "../../src/text/quote.h"
#include "../../src/text/unicode.h"
#include "../../src/text/utf8.h"
#include "../native.h"
#include "format.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>

static const char empty_bytes[1];
static const char digits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";
static const char small_ints[] = /* "00" .. "99" */
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

static inline void set_str(Slot *a, const char *p, size_t n) {
    a[0].p = (void *)(p ? p : empty_bytes);
    a[1].i = (int64_t)n;
}

static void set_copy(Slot *a, const char *p, size_t n) {
    char *s = n ? NEW_ATOMIC(n) : (char *)empty_bytes;
    memcpy(s, p, n);
    set_str(a, s, n);
}

static inline char lower(char c) {
    return (char)(c | ('x' - 'X'));
}
static inline bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/* ---- integers ---- */

/* Formats u (negated if neg) in base 2..36 into a fresh string. */
static void format_bits(Slot *a, uint64_t u, int base, bool neg) {
    if (!neg && u < 100 && base == 10) {
        set_str(a, u < 10 ? small_ints + 2 * u + 1 : small_ints + 2 * u, u < 10 ? 1 : 2);
        return;
    }
    char buf[65];
    size_t i = sizeof buf;
    do {
        buf[--i] = digits36[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    if (neg) {
        buf[--i] = '-';
    }
    set_copy(a, buf + i, sizeof buf - i);
}

static void format_int(Slot *a, int64_t v, int base) {
    bool neg = v < 0;
    format_bits(a, neg ? 0 - (uint64_t)v : (uint64_t)v, base, neg);
}

static void c_itoa(G *g, Slot *a) {
    format_int(a, a[0].i, 10);
}
static void c_format_int(G *g, Slot *a) {
    format_int(a, a[0].i, (int)a[1].i);
}
static void c_format_uint(G *g, Slot *a) {
    format_bits(a, a[0].u, (int)a[1].i, false);
}

/* Are the underscores in s placed as Go literals allow (only between digits, or between a
 * base prefix and a digit)? */
static bool underscore_ok(const char *s, size_t n) {
    char saw = '^'; /* ^ start, 0 digit or prefix, _ underscore, ! anything else */
    size_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) {
        s++;
        n--;
    }
    bool hex = false;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        if (is_digit(s[i]) || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0') {
                return false;
            }
            saw = '_';
            continue;
        }
        if (saw == '_') {
            return false;
        }
        saw = '!';
    }
    return saw != '_';
}

int strconv_parse_uint(const char *s, size_t n, int64_t base, int64_t bits, uint64_t *out) {
    *out = 0;
    if (n == 0) {
        return E_SYNTAX;
    }
    bool base0 = base == 0;
    const char *s0 = s;
    size_t n0 = n;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && lower(s[1]) == 'b') {
                base = 2;
                s += 2;
                n -= 2;
            } else if (n >= 3 && lower(s[1]) == 'o') {
                base = 8;
                s += 2;
                n -= 2;
            } else if (n >= 3 && lower(s[1]) == 'x') {
                base = 16;
                s += 2;
                n -= 2;
            } else {
                base = 8;
                s++;
                n--;
            }
        }
    } else if (base < 2 || base > 36) {
        return E_BASE;
    }
    if (bits == 0) {
        bits = 64;
    } else if (bits < 0 || bits > 64) {
        return E_BITSIZE;
    }
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t maxv = bits == 64 ? UINT64_MAX : (1ull << bits) - 1;
    bool underscores = false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        int d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (is_digit(c)) {
            d = c - '0';
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = lower(c) - 'a' + 10;
        } else {
            return E_SYNTAX;
        }
        if (d >= base) {
            return E_SYNTAX;
        }
        if (v >= cutoff) {
            *out = maxv;
            return E_RANGE;
        }
        v *= (uint64_t)base;
        uint64_t v1 = v + (uint64_t)d;
        if (v1 < v || v1 > maxv) {
            *out = maxv;
            return E_RANGE;
        }
        v = v1;
    }
    if (underscores && !underscore_ok(s0, n0)) {
        return E_SYNTAX;
    }
    *out = v;
    return E_OK;
}

int strconv_parse_int(const char *s, size_t n, int64_t base, int64_t bits, int64_t *out) {
    *out = 0;
    if (n == 0) {
        return E_SYNTAX;
    }
    bool neg = false;
    if (s[0] == '+') {
        s++;
        n--;
    } else if (s[0] == '-') {
        neg = true;
        s++;
        n--;
    }
    uint64_t un;
    int code = strconv_parse_uint(s, n, base, bits, &un);
    if (code != E_OK && code != E_RANGE) {
        return code;
    }
    if (bits == 0) {
        bits = 64;
    }
    uint64_t cutoff = 1ull << (bits - 1);
    if (!neg && un >= cutoff) {
        *out = (int64_t)(cutoff - 1);
        return E_RANGE;
    }
    if (neg && un > cutoff) {
        *out = (int64_t)(0 - cutoff);
        return E_RANGE;
    }
    /* A range error from parse_uint that fits anyway is no error: Go does the same. */
    *out = (int64_t)(neg ? 0 - un : un);
    return E_OK;
}

/* parseInt(s string, base int, bitSize int) (int64, int) */
static void c_parse_int(G *g, Slot *a) {
    GoString s = rt_str(a);
    int64_t v;
    int code = strconv_parse_int(s.ptr, (size_t)s.len, a[2].i, a[3].i, &v);
    a[0].i = v;
    a[1].i = code;
}

/* parseUint(s string, base int, bitSize int) (uint64, int) */
static void c_parse_uint(G *g, Slot *a) {
    GoString s = rt_str(a);
    uint64_t v;
    int code = strconv_parse_uint(s.ptr, (size_t)s.len, a[2].i, a[3].i, &v);
    a[0].u = v;
    a[1].i = code;
}

/* atoi(s string) (int, int): ParseInt(s, 10, 0) with a fast path for short decimals. */
static void c_atoi(G *g, Slot *a) {
    GoString s = rt_str(a);
    if (s.len > 0 && s.len < 19) {
        size_t i = s.ptr[0] == '-' || s.ptr[0] == '+';
        int64_t v = 0;
        bool ok = i < (size_t)s.len;
        for (size_t j = i; j < (size_t)s.len && ok; j++) {
            unsigned d = (unsigned)(uint8_t)s.ptr[j] - '0';
            ok = d <= 9;
            v = v * 10 + d;
        }
        a[0].i = ok ? (s.ptr[0] == '-' ? -v : v) : 0;
        a[1].i = ok ? E_OK : E_SYNTAX;
        return;
    }
    int64_t v;
    int code = strconv_parse_int(s.ptr, (size_t)s.len, 10, 0, &v);
    a[0].i = v;
    a[1].i = code;
}

/* ---- floats ---- */

static size_t prefix_len_fold(const char *s, size_t n, const char *word) {
    size_t i = 0;
    while (i < n && word[i] && lower(s[i]) == word[i]) {
        i++;
    }
    return i;
}

/* Go's special(): a signed "inf"/"infinity" or an unsigned "nan" at the start of s; sets
 * *used to the bytes it took. */
static bool special(const char *s, size_t n, double *v, size_t *used) {
    if (n == 0) {
        return false;
    }
    int sign = 1;
    size_t k = 0;
    if (s[0] == '+' || s[0] == '-') {
        if (n == 1) {
            return false;
        }
        sign = s[0] == '-' ? -1 : 1;
        k = 1;
    } else if (lower(s[0]) == 'n') {
        if (prefix_len_fold(s, n, "nan") == 3) {
            uint64_t go_nan = 0x7ff8000000000001ull; /* math.NaN()'s bits */
            memcpy(v, &go_nan, sizeof *v);
            *used = 3;
            return true;
        }
        return false;
    }
    if (lower(s[k]) != 'i') {
        return false;
    }
    size_t m = prefix_len_fold(s + k, n - k, "infinity");
    if (m > 3 && m < 8) {
        m = 3;
    }
    if (m != 3 && m != 8) {
        return false;
    }
    *v = sign * INFINITY;
    *used = k + m;
    return true;
}

/* Go's readFloat, as a recogniser: the length of the float literal at the start of s. */
static bool read_float(const char *s, size_t n, size_t *end) {
    size_t i = 0;
    bool hex = false, underscores = false, sawdot = false, sawdigits = false;
    char expc = 'e';
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        i++;
    }
    if (i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x') {
        hex = true;
        expc = 'p';
        i += 2;
    }
    for (; i < n; i++) {
        char c = s[i];
        if (c == '_') {
            underscores = true;
        } else if (c == '.') {
            if (sawdot) {
                break;
            }
            sawdot = true;
        } else if (is_digit(c) || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            sawdigits = true;
        } else {
            break;
        }
    }
    if (!sawdigits) {
        return false;
    }
    if (i < n && lower(s[i]) == expc) {
        i++;
        if (i >= n) {
            return false;
        }
        if (s[i] == '+' || s[i] == '-') {
            i++;
        }
        if (i >= n || !is_digit(s[i])) {
            return false;
        }
        for (; i < n && (is_digit(s[i]) || s[i] == '_'); i++) {
            underscores |= s[i] == '_';
        }
    } else if (hex) {
        return false;
    }
    if (underscores && !underscore_ok(s, i)) {
        return false;
    }
    *end = i;
    return true;
}

/* The C locale, so that '.' is the decimal point whatever the process's locale is. */
static locale_t c_locale(void) {
    static locale_t loc;
    locale_t l = __atomic_load_n(&loc, __ATOMIC_ACQUIRE);
    if (!l) {
        l = newlocale(LC_ALL_MASK, "C", (locale_t)0);
        locale_t expected = (locale_t)0;
        if (!__atomic_compare_exchange_n(&loc, &expected, l, false, __ATOMIC_ACQ_REL,
                                         __ATOMIC_ACQUIRE)) {
            freelocale(l);
            l = expected;
        }
    }
    return l;
}

int strconv_parse_float(const char *s, size_t n, int bits, double *out) {
    size_t used;
    bool f32 = bits == 32;
    double v;
    int code = E_OK;
    if (special(s, n, &v, &used)) {
        code = used == n ? E_OK : E_SYNTAX;
        if (f32) {
            v = (float)v; /* Go converts through float32, which drops the NaN's payload */
        }
    } else if (!read_float(s, n, &used)) {
        code = E_SYNTAX;
    } else {
        char *buf = NEW_ATOMIC(used + 1), *w = buf;
        for (size_t i = 0; i < used; i++) {
            if (s[i] != '_') {
                *w++ = s[i];
            }
        }
        *w = 0;
        locale_t c = c_locale();
        v = f32 ? (double)strtof_l(buf, NULL, c) : strtod_l(buf, NULL, c);
        if (used != n) {
            code = E_SYNTAX;
        } else if (isinf(v)) {
            code = E_RANGE;
        }
    }
    *out = code == E_SYNTAX ? 0 : v;
    return code;
}

/* parseFloat(s string, bitSize int) (float64, int) */
static void c_parse_float(G *g, Slot *a) {
    GoString s = rt_str(a);
    double v;
    int code = strconv_parse_float(s.ptr, (size_t)s.len, (int)a[2].i, &v);
    a[0].f = v;
    a[1].i = code;
}

/* FormatFloat(f float64, fmt byte, prec, bitSize int) string */
static void c_format_float(G *g, Slot *a) {
    StrBuf b = {0};
    fmt_format_float(&b, a[0].f, (char)a[1].u, (int)a[2].i, (int)a[3].i);
    set_str(a, b.data, b.len);
}

/* ---- quoting ---- */

static void quote_native(Slot *a, QuoteMode mode) {
    GoString s = rt_str(a);
    StrBuf b = {0};
    quote_string(&b, s.ptr, (size_t)s.len, '"', mode);
    set_str(a, b.data, b.len);
}

static void quote_rune_native(Slot *a, QuoteMode mode) {
    StrBuf b = {0};
    quote_rune(&b, (int32_t)a[0].i, mode);
    set_str(a, b.data, b.len);
}

static void c_quote(G *g, Slot *a) {
    quote_native(a, QUOTE_PRINT);
}
static void c_quote_to_ascii(G *g, Slot *a) {
    quote_native(a, QUOTE_ASCII);
}
static void c_quote_to_graphic(G *g, Slot *a) {
    quote_native(a, QUOTE_GRAPHIC);
}
static void c_quote_rune(G *g, Slot *a) {
    quote_rune_native(a, QUOTE_PRINT);
}
static void c_quote_rune_to_ascii(G *g, Slot *a) {
    quote_rune_native(a, QUOTE_ASCII);
}
static void c_quote_rune_to_graphic(G *g, Slot *a) {
    quote_rune_native(a, QUOTE_GRAPHIC);
}

static void c_can_backquote(G *g, Slot *a) {
    GoString s = rt_str(a);
    a[0].i = quote_can_backquote(s.ptr, (size_t)s.len);
}

static void c_is_print(G *g, Slot *a) {
    a[0].i = uni_is_print((int32_t)a[0].i);
}
static void c_is_graphic(G *g, Slot *a) {
    a[0].i = uni_is_graphic((int32_t)a[0].i);
}

/* ---- unquoting ---- */

static int unhex(char c) {
    if (is_digit(c)) {
        return c - '0';
    }
    if (lower(c) >= 'a' && lower(c) <= 'f') {
        return lower(c) - 'a' + 10;
    }
    return -1;
}

/* Go's UnquoteChar: decodes the character or escape at the start of s[0..n). */
static bool unquote_char(const char *s, size_t n, char quote, int32_t *value, bool *multibyte,
                         size_t *used) {
    *value = 0;
    *multibyte = false;
    if (n == 0) {
        return false;
    }
    char c = s[0];
    if (c == quote && (quote == '\'' || quote == '"')) {
        return false;
    }
    if ((uint8_t)c >= 0x80) {
        *used = (size_t)utf8_decode(s, n, value);
        *multibyte = true;
        return true;
    }
    if (c != '\\') {
        *value = (uint8_t)c;
        *used = 1;
        return true;
    }
    if (n <= 1) {
        return false;
    }
    c = s[1];
    size_t i = 2;
    int32_t v = 0;
    switch (c) {
    case 'a': v = '\a'; break;
    case 'b': v = '\b'; break;
    case 'f': v = '\f'; break;
    case 'n': v = '\n'; break;
    case 'r': v = '\r'; break;
    case 't': v = '\t'; break;
    case 'v': v = '\v'; break;
    case 'x':
    case 'u':
    case 'U': {
        size_t k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (n - i < k) {
            return false;
        }
        for (size_t j = 0; j < k; j++) {
            int x = unhex(s[i + j]);
            if (x < 0) {
                return false;
            }
            v = (int32_t)((uint32_t)v << 4 | (uint32_t)x);
        }
        i += k;
        if (c != 'x') {
            if (utf8_rune_len(v) < 0) {
                return false;
            }
            *multibyte = true;
        }
        break;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
        v = c - '0';
        if (n - i < 2) {
            return false;
        }
        for (size_t j = 0; j < 2; j++) {
            int x = s[i + j] - '0';
            if (x < 0 || x > 7) {
                return false;
            }
            v = v << 3 | x;
        }
        i += 2;
        if (v > 255) {
            return false;
        }
        break;
    case '\\': v = '\\'; break;
    case '\'':
    case '"':
        if (c != quote) {
            return false;
        }
        v = c;
        break;
    default: return false;
    }
    *value = v;
    *used = i;
    return true;
}

/* Go's unquote(in, unescape=true): the quoted literal at the start of in. Sets the value
 * (*res, *rn) — inside in when nothing needed unescaping — and the bytes used. */
bool strconv_unquote(const char *in, size_t n, const char **res, size_t *rn, size_t *used) {
    if (n < 2) {
        return false;
    }
    char quote = in[0];
    const char *q = memchr(in + 1, quote, n - 1);
    if (!q) {
        return false;
    }
    size_t end = (size_t)(q - in) + 1; /* after the first closing quote candidate */
    if (quote == '`') {
        if (!memchr(in, '\r', end)) {
            *res = in + 1;
            *rn = end - 2;
        } else {
            char *b = NEW_ATOMIC(end);
            size_t k = 0;
            for (size_t i = 1; i < end - 1; i++) {
                if (in[i] != '\r') {
                    b[k++] = in[i];
                }
            }
            *res = b;
            *rn = k;
        }
        *used = end;
        return true;
    }
    if (quote != '"' && quote != '\'') {
        return false;
    }
    if (!memchr(in, '\\', end) && !memchr(in, '\n', end)) {
        bool valid;
        if (quote == '"') {
            valid = utf8_valid(in + 1, end - 2);
        } else {
            int32_t r;
            int k = utf8_decode(in + 1, end - 2, &r);
            valid = (size_t)k + 2 == end && (r != UTF8_RUNE_ERROR || k != 1);
        }
        if (valid) {
            *res = in + 1;
            *rn = end - 2;
            *used = end;
            return true;
        }
    }
    StrBuf b = {0};
    size_t i = 1;
    while (i < n && in[i] != quote) {
        int32_t r;
        bool multibyte;
        size_t k;
        if (in[i] == '\n' || !unquote_char(in + i, n - i, quote, &r, &multibyte, &k)) {
            return false;
        }
        i += k;
        if (r < 0x80 || !multibyte) {
            sb_putc(&b, (char)r);
        } else {
            utf8_append(&b, r);
        }
        if (quote == '\'') {
            break;
        }
    }
    if (i >= n || in[i] != quote) {
        return false;
    }
    *res = b.data;
    *rn = b.len;
    *used = i + 1;
    return true;
}

/* unquote(s string) (string, bool) */
static void c_unquote(G *g, Slot *a) {
    GoString s = rt_str(a);
    const char *res;
    size_t rn, used;
    bool ok = strconv_unquote(s.ptr, (size_t)s.len, &res, &rn, &used) && used == (size_t)s.len;
    set_str(a, ok ? res : NULL, ok ? rn : 0);
    a[2].i = ok;
}

/* quotedPrefix(s string) (string, bool) */
static void c_quoted_prefix(G *g, Slot *a) {
    GoString s = rt_str(a);
    const char *res;
    size_t rn, used;
    bool ok = strconv_unquote(s.ptr, (size_t)s.len, &res, &rn, &used);
    set_str(a, ok ? s.ptr : NULL, ok ? used : 0);
    a[2].i = ok;
}

/* unquoteChar(s string, quote byte) (rune, bool, string, bool) */
static void c_unquote_char(G *g, Slot *a) {
    GoString s = rt_str(a);
    char quote = (char)a[2].u;
    int32_t v;
    bool multibyte;
    size_t used;
    bool ok = unquote_char(s.ptr, (size_t)s.len, quote, &v, &multibyte, &used);
    a[0].i = ok ? v : 0;
    a[1].i = ok && multibyte;
    set_str(a + 2, ok ? s.ptr + used : NULL, ok ? (size_t)s.len - used : 0);
    a[4].i = ok;
}

const NativeFunc lib_strconv_funcs[] = {
    {"Itoa(i int) string", c_itoa},
    {"formatInt(i int64, base int) string", c_format_int},
    {"formatUint(i uint64, base int) string", c_format_uint},
    {"atoi(s string) (int, int)", c_atoi},
    {"parseInt(s string, base int, bitSize int) (int64, int)", c_parse_int},
    {"parseUint(s string, base int, bitSize int) (uint64, int)", c_parse_uint},
    {"parseFloat(s string, bitSize int) (float64, int)", c_parse_float},
    {"FormatFloat(f float64, fmt byte, prec, bitSize int) string", c_format_float},
    {"Quote(s string) string", c_quote},
    {"QuoteToASCII(s string) string", c_quote_to_ascii},
    {"QuoteToGraphic(s string) string", c_quote_to_graphic},
    {"QuoteRune(r rune) string", c_quote_rune},
    {"QuoteRuneToASCII(r rune) string", c_quote_rune_to_ascii},
    {"QuoteRuneToGraphic(r rune) string", c_quote_rune_to_graphic},
    {"CanBackquote(s string) bool", c_can_backquote},
    {"IsPrint(r rune) bool", c_is_print},
    {"IsGraphic(r rune) bool", c_is_graphic},
    {"unquote(s string) (string, bool)", c_unquote},
    {"quotedPrefix(s string) (string, bool)", c_quoted_prefix},
    {"unquoteChar(s string, quote byte) (rune, bool, string, bool)", c_unquote_char},
    {NULL, NULL},
};
