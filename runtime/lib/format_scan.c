/* format_scan.c — fmt's scanning, as Go's fmt/scan.go behaves: Sscan, Sscanln, Sscanf, their
 * Fscan forms (any io.Reader) and Scan forms (standard input), into pointers to every basic
 * type (named ones too) and into values with a Scan method (fmt.Scanner), and the ScanState
 * such a method gets (fmt.go's *ss, whose methods are the lib_fmt_ss_* natives here).
 *
 * A ScanState reads runes from its source and keeps Go's ss bookkeeping: runes read (count),
 * the limit the current operand's width sets on it (arg_limit), whether a newline ends the
 * input (Scanln: nl_is_end) or counts as a space (Scan: nl_is_space), and the token being
 * read. Sources:
 *   - a reader with ReadRune and UnreadRune methods (io.RuneScanner): those are called;
 *   - any other reader, a string (Sscan*) or standard input (Scan*): read a byte at a time,
 *     decoded by Go's readRune rules, with one rune of push-back (peek). Like Go, a scan reads
 *     no further than it must, so the rune pushed back at its end is lost to the next read of
 *     a plain reader (Go documents this); standard input and open *os.Files are read
 *     straight from their descriptor, as File.Read does, through rt_read (the worker's
 *     processor is handed off while it waits).
 *
 * Errors: a scan stops at its first error, as Go's does (it panics and recovers). scan_fail
 * records the error and longjmps to the innermost entry: fmt_scan, or a ScanState native that
 * a Scan method called. It never jumps across a Go call: a method called here (Read, ReadRune,
 * Scan, Token's func) has returned before anything fails. When such a method panics, the scan
 * ends with that panic left in flight. Errors are made by errors.New, called through a
 * hook; when package io is loaded, it registers its EOF and ErrUnexpectedEOF here
 * (lib_io_register_eof), so that the scans return those without fmt importing io.
 */
#include "printer.h"
#include "strconv.h"

#include "../../src/text/quote.h"
#include "../../src/text/utf8.h"

#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <string.h>

enum {
    EOF_RUNE = -1,
    HUGE_WID = 1 << 30,
};

typedef struct ScanState {
    G *g;
    /* The source: a string, standard input, or a reader. */
    const char *str;
    size_t slen, spos;
    bool from_string;
    int fd; /* >= 0: read straight from this descriptor (standard input, an *os.File) */
    const Type *rt;
    Slot rdata;
    const Method *read_rune, *unread_rune; /* a RuneScanner's methods, or NULL */
    const Method *read;                    /* else its Read method */
    Slot byte_slice[3];                    /* Read's one-byte []byte */
    /* Go's readRune over bytes: peek >= 0 is a pushed-back rune, < 0 is ^(the last rune
     * read); pend holds bytes read past an invalid encoding. */
    int32_t peek;
    unsigned char pend[UTF8_MAX];
    int npend;
    /* Go's ss. */
    StrBuf tok;
    int64_t count, arg_limit, limit, max_wid;
    bool at_eof, nl_is_space, nl_is_end;
    int64_t scanned; /* operands scanned so far by the innermost scan */
    bool done;       /* the scan that made it has returned: a kept ScanState reads nothing */
    jmp_buf *fail;
    bool go_panic; /* the failure is a Go panic in flight, not err */
    Slot err[2];
    /* A ScanState native raised err as a Go panic to unwind the Scan method that called it. */
    bool raised;
} ScanState;

/* ---- errors -------------------------------------------------------------------------------- */

/* Set while packages are initialised, before main runs: errors.New (fmt.go registers it with
 * its hooks), fmt's own EOF errors, and io's, when package io is loaded. */
static Slot new_error_fn;
static Slot fmt_eof_err[2], fmt_unexpected_eof_err[2];
static Slot io_eof_err[2], io_unexpected_eof_err[2];

/* An error value made by errors.New(msg). */
static void new_error(G *g, Slot *err, const char *msg, size_t n) {
    Slot arg[2];
    rt_set_str(arg, rt_string_copy(msg, n));
    if (!rt_call(g, new_error_fn, arg, 2, err, 2)) {
        rt_recover_into(g, err); /* errors.New cannot panic; keep whatever came */
    }
}

static const Slot *io_eof(void) {
    return io_eof_err[0].p ? io_eof_err : fmt_eof_err;
}

static const Slot *io_unexpected_eof(void) {
    return io_unexpected_eof_err[0].p ? io_unexpected_eof_err : fmt_unexpected_eof_err;
}

static bool same_iface(const Slot *a, const Slot *b) {
    return a[0].p == b[0].p && a[1].p == b[1].p;
}

/* registerEOF(eof, unexpected error): io's EOF and ErrUnexpectedEOF, which the scans return
 * from then on. (Without package io, nothing can tell them from fmt's own.) */
void lib_io_register_eof(G *g, Slot *a) {
    memcpy(io_eof_err, &a[0], sizeof io_eof_err);
    memcpy(io_unexpected_eof_err, &a[2], sizeof io_unexpected_eof_err);
}

/* ---- failing ----------------------------------------------------------------------------------
 */

static _Noreturn void scan_fail(ScanState *s, const Slot *err) {
    s->go_panic = false;
    memcpy(s->err, err, sizeof s->err);
    longjmp(*s->fail, 1);
}

static _Noreturn void scan_fail_str(ScanState *s, const char *msg, size_t n) {
    Slot err[2];
    new_error(s->g, err, msg, n);
    scan_fail(s, err);
}

static _Noreturn void scan_fail_cstr(ScanState *s, const char *msg) {
    scan_fail_str(s, msg, strlen(msg));
}

/* A Go method called by the scan panicked: end the scan, the panic still in flight. */
static _Noreturn void scan_fail_panic(ScanState *s) {
    s->go_panic = true;
    longjmp(*s->fail, 1);
}

/* strconv's *NumError text: `strconv.ParseInt: parsing "tok": invalid syntax`. */
static _Noreturn void scan_fail_num(ScanState *s, const char *func, const char *tok, size_t n,
                                    int code) {
    StrBuf b = {0};
    sb_printf(&b, "strconv.%s: parsing ", func);
    quote_string(&b, tok, n, '"', QUOTE_PRINT);
    sb_puts(&b, code == E_RANGE ? ": value out of range" : ": invalid syntax");
    scan_fail_str(s, b.data, b.len);
}

/* ---- the source -------------------------------------------------------------------------------
 */

/* Read's results (n int, err error) for one byte into *c. Returns 0 for a byte, 1 at EOF,
 * 2 for another error (in err). */
static int reader_byte(ScanState *s, unsigned char *c, Slot *err) {
    for (;;) {
        Slot res[3];
        if (!rt_call_method(s->g, s->rt, s->rdata, s->read, s->byte_slice, 3, res, 3)) {
            scan_fail_panic(s);
        }
        if (res[0].i >= 1) {
            /* io.ReadFull: a byte read counts, whatever error came with it. */
            *c = (unsigned char)((Slot *)s->byte_slice[0].p)[0].u;
            return 0;
        }
        if (res[1].p) {
            memcpy(err, &res[1], 2 * sizeof(Slot));
            return same_iface(err, io_eof()) ? 1 : 2;
        }
    }
}

/* One byte of a byte source, as Go's readRune.readByte: 0, 1 at EOF, 2 for an error. */
static int source_byte(ScanState *s, unsigned char *c, Slot *err) {
    if (s->npend > 0) {
        *c = s->pend[0];
        memmove(s->pend, s->pend + 1, (size_t)--s->npend);
        return 0;
    }
    if (s->from_string) {
        if (s->spos >= s->slen) {
            return 1;
        }
        *c = (unsigned char)s->str[s->spos++];
        return 0;
    }
    if (s->fd >= 0) {
        char ch;
        errno = 0;
        int64_t n = rt_read(s->g, s->fd, &ch, 1);
        if (n == 1) {
            *c = (unsigned char)ch;
            return 0;
        }
        if (n == 0) {
            return 1;
        }
        if (s->rt) {
            return reader_byte(s, c, err); /* File.Read says what went wrong, as Go does */
        }
        StrBuf b = {0};
        sb_printf(&b, "read /dev/stdin: %s", strerror(errno ? errno : EIO));
        new_error(s->g, err, b.data, b.len);
        return 2;
    }
    return reader_byte(s, c, err);
}

/* Go's readRune.ReadRune over the byte source: 0 with a rune (and its size in bytes), 1 at
 * EOF, 2 for an error. */
static int bytes_read_rune(ScanState *s, int32_t *r, int *rsize, Slot *err) {
    if (s->peek >= 0) {
        *r = s->peek;
        *rsize = utf8_rune_len(*r);
        s->peek = ~s->peek;
        return 0;
    }
    unsigned char b[UTF8_MAX];
    int st = source_byte(s, &b[0], err);
    if (st != 0) {
        return st;
    }
    int n = 1;
    if (b[0] >= 0x80) {
        for (; n < UTF8_MAX && !utf8_full_rune(b, (size_t)n); n++) {
            st = source_byte(s, &b[n], err);
            if (st == 1) {
                break;
            }
            if (st == 2) {
                return 2;
            }
        }
    }
    int size = utf8_decode(b, (size_t)n, r);
    *rsize = size;
    if (size < n) { /* an invalid encoding: the bytes after its first are read again */
        memcpy(s->pend + s->npend, b + size, (size_t)(n - size));
        s->npend += n - size;
    }
    s->peek = ~*r;
    return 0;
}

/* The source's next rune (the reader's ReadRune, or bytes_read_rune). */
static int source_read_rune(ScanState *s, int32_t *r, int *size, Slot *err) {
    if (!s->read_rune) {
        return bytes_read_rune(s, r, size, err);
    }
    Slot res[4];
    if (!rt_call_method(s->g, s->rt, s->rdata, s->read_rune, NULL, 0, res, 4)) {
        scan_fail_panic(s);
    }
    if (res[2].p) {
        memcpy(err, &res[2], 2 * sizeof(Slot));
        return same_iface(err, io_eof()) ? 1 : 2;
    }
    *r = (int32_t)res[0].i;
    *size = (int)res[1].i;
    return 0;
}

static void source_unread_rune(ScanState *s) {
    if (!s->unread_rune) {
        if (s->peek < 0) {
            s->peek = ~s->peek;
        }
        return;
    }
    Slot res[2];
    if (!rt_call_method(s->g, s->rt, s->rdata, s->unread_rune, NULL, 0, res, 2)) {
        scan_fail_panic(s);
    }
}

/* ---- Go's ss: reading runes ------------------------------------------------------------------ */

/* ss.ReadRune: the next rune, or EOF past the operand's width or the end of a Scanln line. */
static int ss_read_rune(ScanState *s, int32_t *r, int *size, Slot *err) {
    if (s->at_eof || s->count >= s->arg_limit || s->done) {
        memcpy(err, io_eof(), 2 * sizeof(Slot));
        return 1;
    }
    int st = source_read_rune(s, r, size, err);
    if (st == 0) {
        s->count++;
        if (s->nl_is_end && *r == '\n') {
            s->at_eof = true;
        }
    } else if (st == 1) {
        s->at_eof = true;
    }
    return st;
}

static void unread_rune(ScanState *s) {
    source_unread_rune(s);
    s->at_eof = false;
    s->count--;
}

/* The next rune, or EOF_RUNE; another error ends the scan. */
static int32_t get_rune(ScanState *s) {
    int32_t r;
    int size;
    Slot err[2];
    int st = ss_read_rune(s, &r, &size, err);
    if (st == 1) {
        return EOF_RUNE;
    }
    if (st == 2) {
        scan_fail(s, err);
    }
    return r;
}

/* The next rune, where the input may not end. */
static int32_t must_read_rune(ScanState *s) {
    int32_t r = get_rune(s);
    if (r == EOF_RUNE) {
        scan_fail(s, io_unexpected_eof());
    }
    return r;
}

/* Go's isSpace: unicode.White_Space. */
static bool is_space(int32_t r) {
    static const uint16_t ranges[][2] = {
        {0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00a0, 0x00a0}, {0x1680, 0x1680},
        {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000},
    };
    if (r < 0 || r >= 1 << 16) {
        return false;
    }
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
        if (r < ranges[i][0]) {
            return false;
        }
        if (r <= ranges[i][1]) {
            return true;
        }
    }
    return false;
}

/* Is r one of the runes of the ASCII string ok? (EOF_RUNE is not.) */
static bool rune_in(int32_t r, const char *ok) {
    return r > 0 && r < 0x80 && strchr(ok, (int)r) != NULL;
}

static void put_rune(ScanState *s, int32_t r) {
    utf8_append(&s->tok, r);
}

/* Go's consume: takes the next rune if it is in ok (into the token if accept). Quirk kept
 * from Go: a rune that does not match is pushed back only when accept is set. */
static bool consume(ScanState *s, const char *ok, bool accept) {
    int32_t r = get_rune(s);
    if (r == EOF_RUNE) {
        return false;
    }
    if (rune_in(r, ok)) {
        if (accept) {
            put_rune(s, r);
        }
        return true;
    }
    if (accept) {
        unread_rune(s);
    }
    return false;
}

static bool accept(ScanState *s, const char *ok) {
    return consume(s, ok, true);
}

static bool peek(ScanState *s, const char *ok) {
    int32_t r = get_rune(s);
    if (r != EOF_RUNE) {
        unread_rune(s);
    }
    return rune_in(r, ok);
}

/* There must be input left: at its end the scan ends with io.EOF. */
static void not_eof(ScanState *s) {
    if (get_rune(s) == EOF_RUNE) {
        scan_fail(s, io_eof());
    }
    unread_rune(s);
}

/* Go's SkipSpace: spaces, and newlines where they count as space. */
static void skip_space(ScanState *s) {
    for (;;) {
        int32_t r = get_rune(s);
        if (r == EOF_RUNE) {
            return;
        }
        if (r == '\r' && peek(s, "\n")) {
            continue;
        }
        if (r == '\n') {
            if (s->nl_is_space) {
                continue;
            }
            scan_fail_cstr(s, "unexpected newline");
        }
        if (!is_space(r)) {
            unread_rune(s);
            return;
        }
    }
}

/* Does f (a Go func(rune) bool, or NULL for "not a space") accept r? */
static bool token_rune_ok(ScanState *s, Slot f, int32_t r) {
    if (!f.p) {
        return !is_space(r);
    }
    Slot arg = {.i = r}, res = {0};
    if (!rt_call(s->g, f, &arg, 1, &res, 1)) {
        scan_fail_panic(s);
    }
    return res.u != 0;
}

/* Go's token: runes while f accepts them, into s->tok. */
static void token(ScanState *s, bool skip, Slot f) {
    if (skip) {
        skip_space(s);
    }
    for (;;) {
        int32_t r = get_rune(s);
        if (r == EOF_RUNE) {
            return;
        }
        if (!token_rune_ok(s, f, r)) {
            unread_rune(s);
            return;
        }
        put_rune(s, r);
    }
}

/* ---- Go's ss: values ---------------------------------------------------------------------------
 */

static const char decimal_digits[] = "0123456789";
static const char hex_digits[] = "0123456789aAbBcCdDeEfF";
static const char sign_chars[] = "+-";
static const char float_verbs[] = "beEfFgGv";

static void ok_verb(ScanState *s, int32_t verb, const char *verbs, const char *type_name) {
    if (rune_in(verb, verbs)) {
        return;
    }
    StrBuf b = {0};
    sb_puts(&b, "bad verb '%");
    utf8_append(&b, verb);
    sb_printf(&b, "' for %s", type_name);
    scan_fail_str(s, b.data, b.len);
}

static bool scan_bool(ScanState *s, int32_t verb) {
    skip_space(s);
    not_eof(s);
    ok_verb(s, verb, "tv", "boolean");
    static const char bool_error[] = "syntax error scanning boolean";
    switch (get_rune(s)) {
    case '0': return false;
    case '1': return true;
    case 't':
    case 'T':
        if (accept(s, "rR") && (!accept(s, "uU") || !accept(s, "eE"))) {
            scan_fail_cstr(s, bool_error);
        }
        return true;
    case 'f':
    case 'F':
        if (accept(s, "aA") && (!accept(s, "lL") || !accept(s, "sS") || !accept(s, "eE"))) {
            scan_fail_cstr(s, bool_error);
        }
        return false;
    default: return false;
    }
}

/* The base an integer verb reads, and its digits. */
static int get_base(ScanState *s, int32_t verb, const char **digits) {
    ok_verb(s, verb, "bdoUxXv", "integer");
    switch (verb) {
    case 'b': *digits = "01"; return 2;
    case 'o': *digits = "01234567"; return 8;
    case 'x':
    case 'X':
    case 'U': *digits = hex_digits; return 16;
    default: *digits = decimal_digits; return 10;
    }
}

/* Digits into the token; at least one unless some were seen already (a 0 prefix). */
static void scan_number(ScanState *s, const char *digits, bool have_digits) {
    if (!have_digits) {
        not_eof(s);
        if (!accept(s, digits)) {
            scan_fail_cstr(s, "expected integer");
        }
    }
    while (accept(s, digits)) {
    }
}

/* %c into an integer: the rune itself, which must fit bits. */
static int64_t scan_rune(ScanState *s, int bits) {
    not_eof(s);
    int32_t r = get_rune(s);
    int64_t x = (int64_t)((uint64_t)(int64_t)r << (64 - bits)) >> (64 - bits);
    if (x != r) {
        StrBuf b = {0};
        sb_puts(&b, "overflow on character value ");
        utf8_append(&b, r);
        scan_fail_str(s, b.data, b.len);
    }
    return r;
}

/* %v: an optional 0b, 0o, 0x or 0 prefix, which parsing in base 0 then reads. */
static const char *scan_base_prefix(ScanState *s, bool *zero_found) {
    if (!peek(s, "0")) {
        *zero_found = false;
        return "0123456789_";
    }
    accept(s, "0");
    *zero_found = true;
    if (peek(s, "bB")) {
        consume(s, "bB", true);
        return "01_";
    }
    if (peek(s, "oO")) {
        consume(s, "oO", true);
        return "01234567_";
    }
    if (peek(s, "xX")) {
        consume(s, "xX", true);
        return "0123456789aAbBcCdDeEfF_";
    }
    return "01234567_";
}

/* The token of an integer verb (after its sign, prefix or U+), and its base. */
static int int_token(ScanState *s, int32_t verb, bool is_signed) {
    skip_space(s);
    not_eof(s);
    const char *digits;
    int base = get_base(s, verb, &digits);
    bool have_digits = false;
    if (verb == 'U') {
        if (!consume(s, "U", false) || !consume(s, "+", false)) {
            scan_fail_cstr(s, "bad unicode format ");
        }
    } else {
        if (is_signed) {
            accept(s, sign_chars);
        }
        if (verb == 'v') {
            digits = scan_base_prefix(s, &have_digits);
            base = 0;
        }
    }
    scan_number(s, digits, have_digits);
    return base;
}

static _Noreturn void overflow(ScanState *s, const char *what) {
    StrBuf b = {0};
    sb_printf(&b, "%sinteger overflow on token ", what);
    sb_put(&b, s->tok.data, s->tok.len);
    scan_fail_str(s, b.data, b.len);
}

static int64_t scan_int(ScanState *s, int32_t verb, int bits) {
    if (verb == 'c') {
        return scan_rune(s, bits);
    }
    int base = int_token(s, verb, true);
    int64_t i;
    int code = strconv_parse_int(s->tok.data, s->tok.len, base, 64, &i);
    if (code != E_OK) {
        scan_fail_num(s, "ParseInt", s->tok.data, s->tok.len, code);
    }
    if ((int64_t)((uint64_t)i << (64 - bits)) >> (64 - bits) != i) {
        overflow(s, "");
    }
    return i;
}

static uint64_t scan_uint(ScanState *s, int32_t verb, int bits) {
    if (verb == 'c') {
        return (uint64_t)scan_rune(s, bits);
    }
    int base = int_token(s, verb, false);
    uint64_t u;
    int code = strconv_parse_uint(s->tok.data, s->tok.len, base, 64, &u);
    if (code != E_OK) {
        scan_fail_num(s, "ParseUint", s->tok.data, s->tok.len, code);
    }
    if ((u << (64 - bits)) >> (64 - bits) != u) {
        overflow(s, "unsigned ");
    }
    return u;
}

/* Go's floatToken: a float's runes, loosely (the parse checks them). */
static GoString float_token(ScanState *s) {
    s->tok.len = 0;
    if (accept(s, "nN") && accept(s, "aA") && accept(s, "nN")) {
        return rt_string_copy(s->tok.data, s->tok.len);
    }
    accept(s, sign_chars);
    if (accept(s, "iI") && accept(s, "nN") && accept(s, "fF")) {
        return rt_string_copy(s->tok.data, s->tok.len);
    }
    const char *digits = "0123456789_", *exp = "eEpP";
    if (accept(s, "0") && accept(s, "xX")) {
        digits = "0123456789aAbBcCdDeEfF_";
        exp = "pP";
    }
    while (accept(s, digits)) {
    }
    if (accept(s, ".")) {
        while (accept(s, digits)) {
        }
    }
    if (accept(s, exp)) {
        accept(s, sign_chars);
        while (accept(s, "0123456789_")) {
        }
    }
    return rt_string_copy(s->tok.data, s->tok.len);
}

/* Go's convertFloat, with its decimal mantissa and binary exponent form (1.5p3). */
static double convert_float(ScanState *s, GoString tok, int bits) {
    const char *str = tok.ptr;
    size_t n = (size_t)tok.len;
    const char *p = memchr(str, 'p', n);
    bool hex = memchr(str, 'x', n) || memchr(str, 'X', n);
    double f;
    if (p && !hex) {
        size_t m = (size_t)(p - str);
        int code = strconv_parse_float(str, m, bits, &f);
        if (code != E_OK) {
            scan_fail_num(s, "ParseFloat", str, n, code);
        }
        int64_t e;
        code = strconv_parse_int(p + 1, n - m - 1, 10, 64, &e);
        if (code != E_OK) {
            scan_fail_num(s, "Atoi", str, n, code);
        }
        return ldexp(f, e < -100000 ? -100000 : e > 100000 ? 100000 : (int)e);
    }
    int code = strconv_parse_float(str, n, bits, &f);
    if (code != E_OK) {
        scan_fail_num(s, "ParseFloat", str, n, code);
    }
    return f;
}

static double scan_float(ScanState *s, int bits) {
    skip_space(s);
    not_eof(s);
    return convert_float(s, float_token(s), bits);
}

static void scan_complex(ScanState *s, int32_t verb, int bits, double *re, double *im) {
    static const char complex_error[] = "syntax error scanning complex number";
    ok_verb(s, verb, float_verbs, "complex");
    skip_space(s);
    not_eof(s);
    bool parens = accept(s, "(");
    GoString real = float_token(s);
    s->tok.len = 0;
    if (!accept(s, sign_chars)) {
        scan_fail_cstr(s, complex_error);
    }
    char sign = s->tok.data[0];
    GoString imag = float_token(s);
    if (!accept(s, "i")) {
        scan_fail_cstr(s, complex_error);
    }
    if (parens && !accept(s, ")")) {
        scan_fail_cstr(s, complex_error);
    }
    StrBuf b = {0};
    sb_putc(&b, sign);
    put_bytes(&b, imag.ptr, (size_t)imag.len);
    *re = convert_float(s, real, bits / 2);
    *im = convert_float(s, (GoString){b.data, (int64_t)b.len}, bits / 2);
}

/* %q: a double-quoted (with escapes) or back-quoted string. */
static void quoted_string(ScanState *s, GoString *out) {
    not_eof(s);
    int32_t quote = get_rune(s);
    if (quote == '`') {
        for (;;) {
            int32_t r = must_read_rune(s);
            if (r == quote) {
                break;
            }
            put_rune(s, r);
        }
        *out = rt_string_copy(s->tok.data, s->tok.len);
        return;
    }
    if (quote != '"') {
        scan_fail_cstr(s, "expected quoted string");
    }
    sb_putc(&s->tok, '"');
    for (;;) {
        int32_t r = must_read_rune(s);
        put_rune(s, r);
        if (r == '\\') {
            /* Only the rune right after a backslash can be a quote or backslash itself. */
            put_rune(s, must_read_rune(s));
        } else if (r == '"') {
            break;
        }
    }
    const char *res;
    size_t rn, used;
    if (!strconv_unquote(s->tok.data, s->tok.len, &res, &rn, &used) || used != s->tok.len) {
        scan_fail_cstr(s, "invalid syntax");
    }
    *out = rt_string_copy(res, rn);
}

static int hex_digit(int32_t d) {
    if (d >= '0' && d <= '9') {
        return d - '0';
    }
    if (d >= 'a' && d <= 'f') {
        return 10 + d - 'a';
    }
    if (d >= 'A' && d <= 'F') {
        return 10 + d - 'A';
    }
    return -1;
}

/* %x: pairs of hex digits, as bytes. */
static void hex_string(ScanState *s, GoString *out) {
    not_eof(s);
    for (;;) {
        int32_t r1 = get_rune(s);
        if (r1 == EOF_RUNE) {
            break;
        }
        int v1 = hex_digit(r1);
        if (v1 < 0) {
            unread_rune(s);
            break;
        }
        int v2 = hex_digit(must_read_rune(s));
        if (v2 < 0) {
            scan_fail_cstr(s, "illegal hex digit");
        }
        sb_putc(&s->tok, (char)(v1 << 4 | v2));
    }
    if (s->tok.len == 0) {
        scan_fail_cstr(s, "no hex data for %x string");
    }
    *out = rt_string_copy(s->tok.data, s->tok.len);
}

static GoString convert_string(ScanState *s, int32_t verb) {
    ok_verb(s, verb, "svqxX", "string");
    skip_space(s);
    not_eof(s);
    GoString str;
    if (verb == 'q') {
        quoted_string(s, &str);
    } else if (verb == 'x' || verb == 'X') {
        hex_string(s, &str);
    } else {
        token(s, true, (Slot){0});
        str = rt_string_copy(s->tok.data, s->tok.len);
    }
    return str;
}

/* ---- one operand -------------------------------------------------------------------------------
 */

/* fmt.go's scanHook, registered when package fmt is initialised. */
static Slot scan_hook;

void fmt_set_scan_hooks(G *g, Slot scan, Slot errors_new) {
    scan_hook = scan;
    new_error_fn = errors_new;
    new_error(g, fmt_eof_err, "EOF", 3);
    new_error(g, fmt_unexpected_eof_err, "unexpected EOF", 14);
}

/* Has t a method Scan(fmt.ScanState, rune) error, making it a fmt.Scanner? */
static bool is_scanner(const Type *t) {
    if (!scan_hook.p || !t || t->nmethods == 0) {
        return false;
    }
    const Method *m = type_method(t, "Scan");
    const Type *sig = m ? m->sig : NULL;
    if (!sig || sig->nparams != 2 || sig->nresults != 1 || sig->variadic) {
        return false;
    }
    const Type *st = sig->params[0];
    return st->kind == KIND_INTERFACE && st->name && st->pkg &&
           strcmp(st->name, "ScanState") == 0 && strcmp(st->pkg, "fmt") == 0 &&
           sig->params[1]->kind == KIND_INT32 && sig->results[0]->kind == KIND_INTERFACE;
}

/* Calls the operand's Scan method through scanHook. A ScanState native that failed raised
 * its error as a panic to unwind the method: that panic is taken back as the scan's error. */
static void call_scan_method(ScanState *s, int32_t verb, const Type *t, Slot data) {
    Slot args[4] = {{.p = (void *)t}, data, {.i = verb}, {.p = s}};
    Slot res[2];
    s->raised = false;
    if (!rt_call(s->g, scan_hook, args, 4, res, 2)) {
        if (!s->raised) {
            scan_fail_panic(s);
        }
        Slot pv[2];
        rt_recover_into(s->g, pv);
        s->raised = false;
        if (!same_iface(pv, s->err)) {
            rt_panic_value(s->g, pv[0].p, pv[1]);
            scan_fail_panic(s);
        }
        scan_fail(s, pv);
    }
    if (res[0].p) {
        scan_fail(s, same_iface(res, io_eof()) ? io_unexpected_eof() : res);
    }
}

static int kind_bits(Kind k) {
    switch (k) {
    case KIND_INT8:
    case KIND_UINT8: return 8;
    case KIND_INT16:
    case KIND_UINT16: return 16;
    case KIND_INT32:
    case KIND_UINT32:
    case KIND_FLOAT32: return 32;
    case KIND_COMPLEX64: return 64;
    case KIND_COMPLEX128: return 128;
    default: return 64;
    }
}

static _Noreturn void cannot_scan(ScanState *s, const char *what, const Type *t) {
    StrBuf b = {0};
    sb_puts(&b, what);
    sb_puts(&b, type_string((Type *)t));
    scan_fail_str(s, b.data, b.len);
}

/* Go's scanOne: the operand (t, data), which must be a Scanner or a pointer to a basic type
 * (or to a []byte). */
static void scan_one(ScanState *s, int32_t verb, const Type *t, Slot data) {
    s->tok.len = 0;
    if (is_scanner(t)) {
        call_scan_method(s, verb, t, data);
        return;
    }
    if (!t || t->kind != KIND_POINTER) {
        if (!t) {
            scan_fail_cstr(s, "can't scan type: <nil>");
        }
        cannot_scan(s, "type not a pointer: ", t);
    }
    const Type *e = t->elem;
    Slot *dst = data.p;
    Slot v[3] = {{0}, {0}, {0}};
    switch (e->kind) {
    case KIND_BOOL: v[0].u = scan_bool(s, verb); break;
    case KIND_INT:
    case KIND_INT8:
    case KIND_INT16:
    case KIND_INT32:
    case KIND_INT64: v[0].i = scan_int(s, verb, kind_bits(e->kind)); break;
    case KIND_UINT:
    case KIND_UINT8:
    case KIND_UINT16:
    case KIND_UINT32:
    case KIND_UINT64:
    case KIND_UINTPTR: v[0].u = scan_uint(s, verb, kind_bits(e->kind)); break;
    case KIND_FLOAT32:
    case KIND_FLOAT64:
        /* Go checks the verb for *float32 and *float64 only, not for named float types. */
        if (fmt_is_predeclared(e)) {
            ok_verb(s, verb, float_verbs, e->name);
        }
        v[0].f = scan_float(s, kind_bits(e->kind));
        break;
    case KIND_COMPLEX64:
    case KIND_COMPLEX128: scan_complex(s, verb, kind_bits(e->kind), &v[0].f, &v[1].f); break;
    case KIND_STRING: rt_set_str(v, convert_string(s, verb)); break;
    case KIND_SLICE: {
        if (e->elem->kind != KIND_UINT8) {
            cannot_scan(s, "can't scan type: ", t);
        }
        GoString str = convert_string(s, verb);
        GoSlice b = rt_make_slice(str.len, str.len, 1, true);
        for (int64_t i = 0; i < str.len; i++) {
            b.ptr[i].u = (unsigned char)str.ptr[i];
        }
        rt_set_slice(v, b);
        break;
    }
    default: cannot_scan(s, "can't scan type: ", t);
    }
    if (!dst) {
        rt_panic_runtime(s->g, "invalid memory address or nil pointer dereference");
        scan_fail_panic(s);
    }
    memcpy(dst, v, sizeof(Slot) * (size_t)e->slots);
}

/* ---- Scan, Scanln, Scanf -----------------------------------------------------------------------
 */

#define ARG_T(args, i) ((const Type *)(args)[2 * (i)].p)
#define ARG_D(args, i) ((args)[2 * (i) + 1])

/* Go's doScan: each operand with %v, then, for Scanln, the end of the line. */
static void do_scan(ScanState *s, const Slot *args, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        scan_one(s, 'v', ARG_T(args, i), ARG_D(args, i));
        s->scanned++;
    }
    if (!s->nl_is_end) {
        return;
    }
    for (;;) {
        int32_t r = get_rune(s);
        if (r == '\n' || r == EOF_RUNE) {
            return;
        }
        if (!is_space(r)) {
            scan_fail_cstr(s, "expected newline");
        }
    }
}

/* Spaces in a format: a run of them, with its newlines, against the input. */
static void advance_space(ScanState *s, const char *format, size_t end, size_t *i) {
    int newlines = 0;
    bool trailing_space = false;
    while (*i < end) {
        int32_t c;
        int w = utf8_decode(format + *i, end - *i, &c);
        if (!is_space(c)) {
            break;
        }
        if (c == '\n') {
            newlines++;
            trailing_space = false;
        } else {
            trailing_space = true;
        }
        *i += (size_t)w;
    }
    for (int j = 0; j < newlines; j++) {
        int32_t in = get_rune(s);
        while (is_space(in) && in != '\n') {
            in = get_rune(s);
        }
        if (in != '\n' && in != EOF_RUNE) {
            scan_fail_cstr(s, "newline in format does not match input");
        }
    }
    if (!trailing_space) {
        return;
    }
    int32_t in = get_rune(s);
    if (newlines == 0) {
        /* A space that stood alone must match at least one space. */
        if (!is_space(in) && in != EOF_RUNE) {
            scan_fail_cstr(s, "expected space in input to match format");
        }
        if (in == '\n') {
            scan_fail_cstr(s, "newline in input does not match format");
        }
    }
    while (is_space(in) && in != '\n') {
        in = get_rune(s);
    }
    if (in != EOF_RUNE) {
        unread_rune(s);
    }
}

/* Go's advance: matches the format's spaces and literals from format[i] on against the
 * input, up to a verb. Returns the bytes of format consumed, or -1 when the input does not
 * match. */
static int64_t advance(ScanState *s, const char *format, size_t start, size_t end) {
    size_t i = start;
    while (i < end) {
        int32_t c;
        int w = utf8_decode(format + i, end - i, &c);
        if (is_space(c)) {
            advance_space(s, format, end, &i);
            continue;
        }
        if (c == '%') {
            if (i + (size_t)w == end) {
                scan_fail_cstr(s, "missing verb: % at end of format string");
            }
            if (format[i + 1] != '%') {
                break;
            }
            i += (size_t)w; /* %% is a literal % */
        }
        int32_t in = must_read_rune(s);
        if (in != c) {
            unread_rune(s);
            return -1;
        }
        i += (size_t)w;
    }
    return (int64_t)(i - start);
}

/* A width in a format: its digits in format[*i..end), or HUGE_WID when there are none. */
static int64_t parse_width(const char *format, size_t *i, size_t end) {
    int64_t num = 0;
    bool any = false;
    for (; *i < end && format[*i] >= '0' && format[*i] <= '9'; ++*i) {
        if (num > 1000000) {
            return HUGE_WID; /* Go's tooLarge: no width */
        }
        num = num * 10 + (format[*i] - '0');
        any = true;
    }
    return any ? num : HUGE_WID;
}

/* Go's doScanf. */
static void do_scanf(ScanState *s, const char *format, size_t flen, const Slot *args, int64_t n) {
    size_t i = 0;
    while (i < flen) {
        int64_t w = advance(s, format, i, flen);
        if (w > 0) {
            i += (size_t)w;
            continue;
        }
        if (format[i] != '%') {
            if (w < 0) {
                scan_fail_cstr(s, "input does not match format");
            }
            break; /* at the end of the input: too many operands, below */
        }
        i++;
        /* Go reads the width up to the format's last byte only, which is then the verb. */
        s->max_wid = parse_width(format, &i, flen - 1);
        int32_t c;
        size_t verb_at = i;
        i += (size_t)utf8_decode(format + i, flen - i, &c);
        if (c != 'c') {
            skip_space(s);
        }
        if (c == '%') {
            skip_space(s);
            not_eof(s);
            if (!accept(s, "%")) {
                scan_fail_cstr(s, "missing literal %");
            }
            continue;
        }
        s->arg_limit = s->limit;
        if (s->count + s->max_wid < s->arg_limit) {
            s->arg_limit = s->count + s->max_wid;
        }
        if (s->scanned >= n) {
            StrBuf b = {0};
            sb_puts(&b, "too few operands for format '%");
            sb_put(&b, format + verb_at, flen - verb_at);
            sb_putc(&b, '\'');
            scan_fail_str(s, b.data, b.len);
        }
        scan_one(s, c, ARG_T(args, s->scanned), ARG_D(args, s->scanned));
        s->scanned++;
        s->arg_limit = s->limit;
    }
    if (s->scanned < n) {
        scan_fail_cstr(s, "too many operands");
    }
}

/* ---- entry points ------------------------------------------------------------------------------
 */

/* Is (t, data) a reader with ReadRune() (rune, int, error) and UnreadRune() error? */
static bool is_rune_scanner(const Type *t, const Method **rr, const Method **ur) {
    *rr = type_method(t, "ReadRune");
    *ur = type_method(t, "UnreadRune");
    if (!*rr || !*ur) {
        return false;
    }
    const Type *a = (*rr)->sig, *b = (*ur)->sig;
    return a->nparams == 0 && a->nresults == 3 && a->results[0]->kind == KIND_INT32 &&
           a->results[1]->kind == KIND_INT && a->results[2]->kind == KIND_INTERFACE &&
           b->nparams == 0 && b->nresults == 1 && b->results[0]->kind == KIND_INTERFACE;
}

/* The ScanState behind a reader that is fmt's own *ss (a Scan method scanning further). */
static ScanState *as_scan_state(const Type *t, Slot data) {
    if (!t || t->kind != KIND_POINTER || !data.p) {
        return NULL;
    }
    const Type *e = t->elem;
    if (!e->name || !e->pkg || strcmp(e->name, "ss") != 0 || strcmp(e->pkg, "fmt") != 0) {
        return NULL;
    }
    return ((Slot *)data.p)[0].p;
}

static void set_source(ScanState *s, const FmtScanSource *src) {
    s->peek = -1;
    s->fd = -1;
    if (src->from_stdin) {
        s->fd = 0;
    } else if (!src->reader_t) {
        s->from_string = true;
        s->str = src->str.ptr;
        s->slen = (size_t)src->str.len;
    } else {
        s->rt = src->reader_t;
        s->rdata = src->reader;
        if (!is_rune_scanner(s->rt, &s->read_rune, &s->unread_rune)) {
            s->read_rune = s->unread_rune = NULL;
            s->read = type_method(s->rt, "Read");
            rt_set_slice(s->byte_slice, rt_make_slice(1, 1, 1, true));
            s->fd = fmt_os_file_fd(s->rt, s->rdata);
        }
    }
}

/* Runs one of the scans on s, catching its failure: the error into res[1..3). */
static void run_scan(ScanState *s, FmtScanMode mode, GoString format, const Slot *args, int64_t n,
                     Slot *res) {
    jmp_buf jb;
    jmp_buf *outer = s->fail;
    s->fail = &jb;
    int64_t outer_scanned = s->scanned;
    s->scanned = 0;
    rt_nil_iface(&res[1]);
    if (setjmp(jb) == 0) {
        if (mode == FMT_SCANF) {
            do_scanf(s, format.ptr, (size_t)format.len, args, n);
        } else {
            do_scan(s, args, n);
        }
    } else if (!s->go_panic) {
        memcpy(&res[1], s->err, 2 * sizeof(Slot));
    }
    s->fail = outer;
    res[0].i = s->scanned;
    s->scanned = outer_scanned;
}

void fmt_scan(G *g, const FmtScanSource *src, FmtScanMode m, GoString format, const Slot *args,
              int64_t n, Slot *res) {
    bool nl_is_space = m == FMT_SCAN, nl_is_end = m == FMT_SCANLN;
    ScanState *nested = src->reader_t ? as_scan_state(src->reader_t, src->reader) : NULL;
    if (nested && !nested->done) {
        /* Go's newScanState on an *ss: the same input, limits and mode saved and restored. */
        ScanState saved = *nested;
        nested->limit = nested->arg_limit;
        nested->nl_is_end = nl_is_end || nested->nl_is_end;
        nested->nl_is_space = nl_is_space;
        run_scan(nested, m, format, args, n, res);
        nested->nl_is_end = saved.nl_is_end;
        nested->nl_is_space = saved.nl_is_space;
        nested->arg_limit = saved.arg_limit;
        nested->limit = saved.limit;
        nested->max_wid = saved.max_wid;
        return;
    }
    ScanState *s = NEW(ScanState);
    s->g = g;
    set_source(s, src);
    s->limit = s->arg_limit = s->max_wid = HUGE_WID;
    s->nl_is_space = nl_is_space;
    s->nl_is_end = nl_is_end;
    run_scan(s, m, format, args, n, res);
    s->done = true;
}

/* ---- the ScanState natives (fmt.go's *ss) ------------------------------------------------------
 */

/* The receiver's ScanState: *ss holds it in its one field. */
static ScanState *receiver(const Slot *a) {
    return ((Slot *)a[0].p)[0].p;
}

/* A ScanState method's arguments and results, for state_call. */
typedef struct StateCall {
    bool skip; /* Token's */
    Slot f;
    int st; /* ReadRune's: ss_read_rune's status, rune, size and error */
    int32_t r;
    int size;
    Slot err[2];
} StateCall;

/* Runs fn on s as a ScanState method does: a failure comes back as false with the error in
 * s->err (or a Go panic in flight, s->go_panic). */
static bool state_call(ScanState *s, void (*fn)(ScanState *, StateCall *), StateCall *c) {
    jmp_buf jb;
    jmp_buf *outer = s->fail;
    s->fail = &jb;
    bool ok = true;
    if (setjmp(jb) == 0) {
        fn(s, c);
    } else {
        ok = false;
    }
    s->fail = outer;
    return ok;
}

static void do_read_rune(ScanState *s, StateCall *c) {
    c->st = ss_read_rune(s, &c->r, &c->size, c->err);
}

/* ReadRune() (r rune, size int, err error) */
void lib_fmt_ss_read_rune(G *g, Slot *a) {
    ScanState *s = receiver(a);
    StateCall c = {.st = 1};
    memcpy(c.err, io_eof(), sizeof c.err);
    if (!s->done && !state_call(s, do_read_rune, &c)) {
        return; /* the reader panicked */
    }
    a[0].i = c.st == 0 ? c.r : 0;
    a[1].i = c.st == 0 ? c.size : 0;
    if (c.st == 0) {
        rt_nil_iface(&a[2]);
    } else {
        memcpy(&a[2], c.err, sizeof c.err);
    }
}

static void do_unread_rune(ScanState *s, StateCall *c) {
    unread_rune(s);
}

/* UnreadRune() error */
void lib_fmt_ss_unread_rune(G *g, Slot *a) {
    ScanState *s = receiver(a);
    if (!s->done && !state_call(s, do_unread_rune, NULL)) {
        return; /* the reader panicked */
    }
    rt_nil_iface(&a[0]);
}

static void do_skip_space(ScanState *s, StateCall *c) {
    skip_space(s);
}

/* SkipSpace(): an error (a newline where none may be) unwinds the calling Scan method as a
 * panic that call_scan_method takes back as the scan's error. */
void lib_fmt_ss_skip_space(G *g, Slot *a) {
    ScanState *s = receiver(a);
    if (s->done || state_call(s, do_skip_space, NULL) || s->go_panic) {
        return;
    }
    s->raised = true;
    rt_panic_value(g, s->err[0].p, s->err[1]);
}

static void do_token(ScanState *s, StateCall *c) {
    s->tok.len = 0;
    token(s, c->skip, c->f);
}

/* Token(skipSpace bool, f func(rune) bool) (token []byte, err error) */
void lib_fmt_ss_token(G *g, Slot *a) {
    ScanState *s = receiver(a);
    StateCall c = {.skip = a[1].u != 0, .f = a[2]};
    bool ok = !s->done && state_call(s, do_token, &c);
    if (!ok && s->go_panic) {
        return;
    }
    GoSlice b = {NULL, 0, 0};
    if (ok) {
        b = rt_make_slice((int64_t)s->tok.len, (int64_t)s->tok.len, 1, true);
        for (size_t i = 0; i < s->tok.len; i++) {
            b.ptr[i].u = (unsigned char)s->tok.data[i];
        }
    }
    rt_set_slice(a, b);
    if (ok || s->done) {
        rt_nil_iface(&a[3]);
    } else {
        memcpy(&a[3], s->err, 2 * sizeof(Slot));
    }
}

/* Width() (wid int, ok bool) */
void lib_fmt_ss_width(G *g, Slot *a) {
    ScanState *s = receiver(a);
    bool ok = s->max_wid != HUGE_WID;
    a[0].i = ok ? s->max_wid : 0;
    a[1].u = ok;
}
