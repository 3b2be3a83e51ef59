/* test_text.c — src/text (UTF-8, Unicode tables, quoting) and the agreement of everything that
 * answers a Unicode question, on every code point.
 *
 * The interpreter once had three UTF-8 codecs, three Unicode tables of three versions and five
 * quoters, so that fmt's %q and strconv.Quote disagreed on U+1FAE0, and the lexer took U+0870
 * for a letter while unicode.IsLetter did not. For every code point, this test asks:
 *   - the lexer: does the rune begin an identifier, does it continue one (no error, one
 *     T_IDENT token)? Go's answer is unicode.IsLetter (or '_'), and IsLetter or IsDigit;
 *   - the natives unicode.IsLetter, unicode.IsPrint/IsGraphic, strconv.IsPrint/IsGraphic;
 *   - fmt's %q, %+q and %#q against strconv.Quote, QuoteToASCII, QuoteRune and
 *     QuoteRuneToASCII, of the rune and of the one-rune string;
 * and checks all agree with src/text/unicode.h, and that a printable rune is quoted as itself
 * and any other as an escape. Which runes Unicode 15.0.0 calls what is the business of the
 * generator's own checks (src/text/gen_unicode.py) and of test_libs.c, which holds the tables
 * to Go 1.19's answers on every rune Unicode 14 and 15 left alone; tests/go/lib/unicode15.go
 * samples the new ones.
 * Last line: `N passed, N failed`; exit status 1 on any failure.
 */
#include "native_lookup.h"
#include "runtime/lib/format.h"
#include "runtime/native.h"
#include "src/lex/lex.h"
#include "src/text/quote.h"
#include "src/text/unicode.h"
#include "src/text/utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

/* Counts a check; prints the first few failures of each kind (a broken table fails by the
 * thousand). */
#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        static int shown_;                                                                         \
        if (cond) {                                                                                \
            passed++;                                                                              \
        } else {                                                                                   \
            failed++;                                                                              \
            if (shown_++ < 5) {                                                                    \
                fprintf(stderr, "%s:%d: %s: ", __FILE__, __LINE__, #cond);                         \
                fprintf(stderr, __VA_ARGS__);                                                      \
                fputc('\n', stderr);                                                               \
            }                                                                                      \
        }                                                                                          \
    } while (0)

extern const NativeFunc lib_strconv_funcs[], lib_unicode_funcs[];

/* ---- UTF-8 ---- */

static void test_utf8(void) {
    char buf[UTF8_MAX];
    for (int64_t r = -2; r <= UTF8_MAX_RUNE + 2; r++) {
        int n = utf8_encode((int32_t)r, buf);
        int32_t back;
        int m = utf8_decode(buf, (size_t)n, &back);
        bool valid = utf8_valid_rune(r);
        int32_t want = valid ? (int32_t)r : UTF8_RUNE_ERROR;
        if (back != want || m != n || n != utf8_rune_len(want) ||
            utf8_rune_len(r) != (valid ? n : -1)) {
            CHECK(false, "U+%04llX: encoded in %d bytes, decoded as U+%04X in %d", (long long)r, n,
                  (unsigned)back, m);
        }
    }
    /* Each of these is invalid as a whole: (RuneError, 1). */
    static const char *const bad[] = {
        "\x80",
        "\xc0\x80",
        "\xc1\xbf",
        "\xe0\x80\x80",
        "\xe0\x9f\xbf",
        "\xed\xa0\x80",
        "\xed\xbf\xbf",
        "\xf0\x80\x80\x80",
        "\xf0\x8f\xbf\xbf",
        "\xf4\x90\x80\x80",
        "\xf5\x80\x80\x80",
        "\xff",
        "\xe2\x82",
        "\xc3",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int32_t r;
        int n = utf8_decode(bad[i], strlen(bad[i]), &r);
        CHECK(n == 1 && r == UTF8_RUNE_ERROR, "case %zu: (U+%04X, %d)", i, (unsigned)r, n);
    }
    int32_t r;
    CHECK(utf8_decode("", 0, &r) == 0 && r == UTF8_RUNE_ERROR, "empty");
    CHECK(utf8_decode_last("a\xe2\x82\xac", 4, &r) == 3 && r == 0x20AC, "last");
    CHECK(utf8_decode_last("a\xe2\x82", 3, &r) == 1 && r == UTF8_RUNE_ERROR, "last, cut short");
    CHECK(utf8_count("a\xff\xe2\x82\xac\xe2\x82", 7) == 5, "count");
    CHECK(utf8_valid("a\xe2\x82\xac", 4) && !utf8_valid("a\xed\xa0\x80", 4), "valid");
    CHECK(!utf8_full_rune("\xe2\x82", 2) && utf8_full_rune("\xe2\x28", 2) &&
              utf8_full_rune("\xc0", 1) && !utf8_full_rune("", 0),
          "full rune");
    StrBuf b = {0};
    utf8_append(&b, 0xD800);
    utf8_append(&b, 0x1F600);
    CHECK(b.len == 7 && !memcmp(b.data, "\xef\xbf\xbd\xf0\x9f\x98\x80", 7), "append");
}

/* ---- every code point ---- */

/* Does src[0..n) lex as exactly one identifier, without an error? */
static bool lexes_as_identifier(const char *src, size_t n) {
    Diags d = {0};
    Lexer lx;
    lex_init(&lx, "x.go", src, n, &d);
    Token t = lex_next(&lx);
    return t.kind == T_IDENT && t.off == 0 && t.end == n && diag_count(&d) == 0;
}

static bool call_pred(NativeFn fn, int32_t r) {
    Slot a[1] = {{.i = r}};
    fn(NULL, a);
    return a[0].i != 0;
}

static GoString call_quote(NativeFn fn, const Slot *arg, int nslots) {
    Slot a[2] = {arg[0], nslots > 1 ? arg[1] : (Slot){0}};
    fn(NULL, a);
    return rt_str(a);
}

static bool same(GoString a, const StrBuf *b) {
    return a.len == (int64_t)b->len && (a.len == 0 || memcmp(a.ptr, b->data, b->len) == 0);
}

typedef struct Entry {
    NativeFn is_letter, is_print, is_graphic, sc_is_print, sc_is_graphic;
    NativeFn quote, quote_ascii, quote_rune, quote_rune_ascii;
    Type *string_type, *rune_type;
} Entry;

/* fmt.Sprintf(format, operand) where the operand is a string (s, n) or, s == NULL, a rune. */
static void sprintf1(const Entry *e, StrBuf *out, const char *format, const char *s, size_t n,
                     int32_t r) {
    Slot str[2] = {{.p = (void *)s}, {.i = (int64_t)n}};
    Slot args[2];
    if (s) {
        args[0].p = e->string_type;
        args[1].p = str;
    } else {
        args[0].p = e->rune_type;
        args[1].i = r;
    }
    out->len = 0;
    fmt_sprintf(NULL, out, format, strlen(format), args, 1);
}

/* What Go's quoting makes of the rune r (valid) between quote characters q. */
static void expected_quote(StrBuf *out, int32_t r, char q, bool ascii) {
    out->len = 0;
    sb_putc(out, q);
    bool as_is = ascii ? r < 0x80 && uni_is_print(r) : uni_is_print(r);
    if (r == q || r == '\\') {
        sb_putc(out, '\\');
        sb_putc(out, (char)r);
    } else if (as_is) {
        utf8_append(out, r);
    } else if (r >= '\a' && r <= '\r') { /* \a \b \t \n \v \f \r */
        sb_printf(out, "\\%c", "abtnvfr"[r - '\a']);
    } else if (r < 0x80) {
        sb_printf(out, "\\x%02x", (unsigned)r);
    } else if (r < 0x10000) {
        sb_printf(out, "\\u%04x", (unsigned)r);
    } else {
        sb_printf(out, "\\U%08x", (unsigned)r);
    }
    sb_putc(out, q);
}

static void one_code_point(const Entry *e, int32_t r) {
    char enc[UTF8_MAX + 1] = {'a'};
    int n = utf8_encode(r, enc + 1);
    bool letter = uni_is_letter(r), digit = uni_is_digit(r), print = uni_is_print(r);

    CHECK(call_pred(e->is_letter, r) == letter, "unicode.IsLetter(U+%04X)", (unsigned)r);
    CHECK(call_pred(e->is_print, r) == print, "unicode.IsPrint(U+%04X)", (unsigned)r);
    CHECK(call_pred(e->sc_is_print, r) == print, "strconv.IsPrint(U+%04X)", (unsigned)r);
    CHECK(call_pred(e->is_graphic, r) == uni_is_graphic(r) &&
              call_pred(e->sc_is_graphic, r) == uni_is_graphic(r),
          "IsGraphic(U+%04X)", (unsigned)r);
    if (utf8_valid_rune(r)) {
        CHECK(lexes_as_identifier(enc + 1, (size_t)n) == (letter || r == '_'),
              "lexer: U+%04X to begin an identifier", (unsigned)r);
        CHECK(lexes_as_identifier(enc, (size_t)n + 1) == (letter || digit || r == '_'),
              "lexer: U+%04X inside an identifier", (unsigned)r);
    }

    int32_t v = utf8_valid_rune(r) ? r : UTF8_RUNE_ERROR;
    StrBuf want = {0}, got = {0};
    Slot str[2] = {{.p = enc + 1}, {.i = n}}, rune[1] = {{.i = r}};
    static const struct {
        const char *verb;
        bool rune, ascii;
    } forms[] = {
        {"%q", false, false}, {"%+q", false, true}, {"%q", true, false}, {"%+q", true, true}};
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        bool as_rune = forms[f].rune, ascii = forms[f].ascii;
        expected_quote(&want, v, as_rune ? '\'' : '"', ascii);
        NativeFn q = as_rune ? (ascii ? e->quote_rune_ascii : e->quote_rune)
                             : (ascii ? e->quote_ascii : e->quote);
        GoString sq = call_quote(q, as_rune ? rune : str, as_rune ? 1 : 2);
        CHECK(same(sq, &want), "strconv's %s of U+%04X: %.*s, want %.*s",
              as_rune ? "QuoteRune" : "Quote", (unsigned)r, (int)sq.len, sq.ptr, (int)want.len,
              want.data);
        sprintf1(e, &got, forms[f].verb, as_rune ? NULL : enc + 1, (size_t)n, r);
        CHECK(got.len == want.len && !memcmp(got.data, want.data, want.len),
              "fmt's %s of %s U+%04X: %.*s, want %.*s", forms[f].verb, as_rune ? "rune" : "string",
              (unsigned)r, (int)got.len, got.data, (int)want.len, want.data);
    }
    /* %#q: backquoted exactly when strconv.CanBackquote says so. */
    sprintf1(e, &got, "%#q", enc + 1, (size_t)n, 0);
    bool back = quote_can_backquote(enc + 1, (size_t)n);
    CHECK((got.len > 0 && got.data[0] == '`') == back, "%%#q of U+%04X", (unsigned)r);
}

static Type *basic_type(Kind k, const char *name, int slots, uint32_t flags) {
    Type *t = GC_MALLOC(sizeof(Type));
    t->kind = k;
    t->underlying = t;
    t->name = name;
    t->slots = slots;
    t->flags = TYPE_COMPLETE | TYPE_NAMED | TYPE_COMPARABLE | flags;
    return t;
}

static void test_every_code_point(void) {
    Entry e = {
        .is_letter = native(lib_unicode_funcs, "IsLetter"),
        .is_print = native(lib_unicode_funcs, "IsPrint"),
        .is_graphic = native(lib_unicode_funcs, "IsGraphic"),
        .sc_is_print = native(lib_strconv_funcs, "IsPrint"),
        .sc_is_graphic = native(lib_strconv_funcs, "IsGraphic"),
        .quote = native(lib_strconv_funcs, "Quote"),
        .quote_ascii = native(lib_strconv_funcs, "QuoteToASCII"),
        .quote_rune = native(lib_strconv_funcs, "QuoteRune"),
        .quote_rune_ascii = native(lib_strconv_funcs, "QuoteRuneToASCII"),
        .string_type = basic_type(KIND_STRING, "string", 2, 0),
        .rune_type = basic_type(KIND_INT32, "int32", 1, TYPE_DIRECT | TYPE_POINTERFREE),
    };
    for (int32_t r = -1; r <= UTF8_MAX_RUNE + 1; r++) {
        one_code_point(&e, r);
    }
}

int main(void) {
    GC_INIT();
    test_utf8();
    test_every_code_point();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
