/* const.c — exact constant arithmetic on GMP (see const.h).
 *
 * Floats are exact rationals, so untyped constant expressions are computed without rounding;
 * rounding happens once, when a constant is converted to float32/float64 (correctly rounded,
 * ties to even, with subnormals).
 */
#include "const.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* GMP's memory is libgc's, and scanned: GMP chains its large scratch blocks through a pointer
 * kept inside each block, so blocks from GC_MALLOC_ATOMIC (never scanned) were freed while
 * GMP still linked to them. Nothing is freed by hand: gmp_free leaves it to the collector. */
static void *gmp_alloc(size_t n) { return GC_MALLOC(n); }
static void *gmp_realloc(void *p, size_t old, size_t n) {
    void *q = GC_MALLOC(n);
    memcpy(q, p, old < n ? old : n);
    return q;
}
static void gmp_free(void *p, size_t n) {}

void const_init(void) { mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free); }

static Const *mk(ConstKind k) {
    Const *c = NEW(Const);
    c->kind = k;
    mpz_init(c->z);
    mpq_init(c->q);
    mpq_init(c->im);
    return c;
}

Const *const_bool(bool b) {
    Const *c = mk(CONST_BOOL);
    c->b = b;
    return c;
}

Const *const_string(const char *s, size_t n) {
    Const *c = mk(CONST_STRING);
    c->s = s;
    c->slen = n;
    return c;
}

Const *const_int64(int64_t v) {
    Const *c = mk(CONST_INT);
    if (v >= LONG_MIN && v <= LONG_MAX) {
        mpz_set_si(c->z, (long)v);
    }
    return c;
}

Const *const_uint64(uint64_t v) {
    Const *c = mk(CONST_INT);
    mpz_set_ui(c->z, (unsigned long)v);
    return c;
}

Const *const_double(double d) {
    Const *c = mk(CONST_FLOAT);
    mpq_set_d(c->q, d);
    return c;
}

Const *const_complex(const Const *re, const Const *im) {
    Const *c = mk(CONST_COMPLEX);
    Const *r = const_to_float(re), *i = const_to_float(im);
    mpq_set(c->q, r->q);
    mpq_set(c->im, i->q);
    return c;
}

/* ---- literals ---- */

static char *strip_underscores(const char *text, size_t n) {
    char *s = NEW_ATOMIC(n + 1);
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        if (text[i] != '_') {
            s[j++] = text[i];
        }
    }
    s[j] = 0;
    return s;
}

static int digit_val(char ch) {
    if (ch >= '0' && ch <= '9') {
        return ch - '0';
    }
    if (ch >= 'a' && ch <= 'f') {
        return ch - 'a' + 10;
    }
    if (ch >= 'A' && ch <= 'F') {
        return ch - 'A' + 10;
    }
    return 99;
}

/* The largest power of two (hex) or of ten (decimal) a float literal may carry: beyond
 * 2^(2^24) its exact value would take megabytes, and arithmetic on it gigabytes. Go allows
 * binary exponents up to 2^31 (it keeps such values as 512-bit floats, not exactly) and calls
 * a literal beyond that malformed; here the same answer comes sooner. */
#define MAX_EXP2 (1L << 24)
#define MAX_EXP10 (MAX_EXP2 * 3 / 10) /* 10^e < 2^(3.33 e): stays within 2^MAX_EXP2 */

/* The exponent after e/E/p/P: digits with an optional sign. Saturates at +-(LONG_MAX / 4),
 * far beyond any allowed exponent, so that no sum of exponents here overflows. */
static long parse_exponent(const char *p) {
    bool neg = *p == '-';
    if (*p == '-' || *p == '+') {
        p++;
    }
    long e = 0;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (e < LONG_MAX / 40) {
            e = e * 10 + (*p - '0');
        }
    }
    return neg ? -e : e;
}

/* Parses a float literal (decimal or hex) into q; false when it is malformed, or when its
 * exponent is beyond MAX_EXP2 / MAX_EXP10. The mantissa's digits go to GMP in one string
 * (mpz_set_str is subquadratic: a literal of a million digits takes milliseconds). */
static bool parse_float(const char *s, mpq_t q) {
    bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    int base = hex ? 16 : 10;
    const char *p = hex ? s + 2 : s;
    char *digits = NEW_ATOMIC(strlen(p) + 1);
    size_t nd = 0;
    long scale = 0; /* digits after the point */
    bool seen_point = false;
    for (; *p; p++) {
        if (*p == '.') {
            seen_point = true;
            continue;
        }
        if (digit_val(*p) >= base) {
            break;
        }
        digits[nd++] = *p;
        scale += seen_point;
    }
    if (nd == 0) {
        return false;
    }
    digits[nd] = 0;
    long exp = 0;
    if (*p == 'e' || *p == 'E' || *p == 'p' || *p == 'P') {
        exp = parse_exponent(p + 1);
    }
    mpz_t mant;
    mpz_init(mant);
    mpz_set_str(mant, digits, base);
    mpq_set_z(q, mant);
    long e = hex ? exp - 4 * scale : exp - scale;
    if (e > (hex ? MAX_EXP2 : MAX_EXP10) || e < -(hex ? MAX_EXP2 : MAX_EXP10)) {
        return false;
    }
    if (hex) {
        if (e >= 0) {
            mpz_mul_2exp(mpq_numref(q), mpq_numref(q), (mp_bitcnt_t)e);
        } else {
            mpz_mul_2exp(mpq_denref(q), mpq_denref(q), (mp_bitcnt_t)-e);
        }
    } else {
        mpz_t pw;
        mpz_init(pw);
        mpz_ui_pow_ui(pw, 10, (unsigned long)(e >= 0 ? e : -e));
        if (e >= 0) {
            mpz_mul(mpq_numref(q), mpq_numref(q), pw);
        } else {
            mpz_mul(mpq_denref(q), mpq_denref(q), pw);
        }
    }
    mpq_canonicalize(q);
    return true;
}

static bool parse_int(const char *s, mpz_t z) {
    int base = 10;
    const char *p = s;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16, p = s + 2;
    } else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
        base = 2, p = s + 2;
    } else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
        base = 8, p = s + 2;
    } else if (s[0] == '0' && s[1]) {
        base = 8, p = s + 1;
    }
    if (!*p) {
        return false;
    }
    return mpz_set_str(z, p, base) == 0;
}

Const *const_from_literal(TokKind kind, const char *text) {
    char *s = strip_underscores(text, strlen(text));
    size_t n = strlen(s);
    if (kind == T_INT) {
        Const *c = mk(CONST_INT);
        return parse_int(s, c->z) ? c : NULL;
    }
    if (kind == T_FLOAT) {
        Const *c = mk(CONST_FLOAT);
        return parse_float(s, c->q) ? c : NULL;
    }
    if (kind == T_IMAG) {
        if (n == 0 || s[n - 1] != 'i') {
            return NULL;
        }
        s[n - 1] = 0;
        Const *c = mk(CONST_COMPLEX);
        bool hexlike = s[0] == '0' && s[1] && strchr("xXbBoO", s[1]);
        bool is_int = !strpbrk(s, ".eEpP") || (hexlike && !strpbrk(s, ".pP"));
        if (is_int && hexlike) {
            mpz_t z;
            mpz_init(z);
            if (!parse_int(s, z)) {
                return NULL;
            }
            mpq_set_z(c->im, z);
        } else if (!parse_float(s, c->im)) { /* "0123i" is decimal, for compatibility */
            return NULL;
        }
        return c;
    }
    return NULL;
}

/* ---- conversions ---- */

Const *const_to_int(const Const *c) {
    if (c->kind == CONST_INT) {
        return (Const *)c;
    }
    if (c->kind == CONST_COMPLEX && mpq_sgn(c->im) != 0) {
        return NULL;
    }
    if ((c->kind == CONST_FLOAT || c->kind == CONST_COMPLEX) &&
        mpz_cmp_ui(mpq_denref(c->q), 1) == 0) {
        Const *r = mk(CONST_INT);
        mpz_set(r->z, mpq_numref(c->q));
        return r;
    }
    return NULL;
}

Const *const_to_float(const Const *c) {
    if (c->kind == CONST_FLOAT) {
        return (Const *)c;
    }
    Const *r = mk(CONST_FLOAT);
    if (c->kind == CONST_INT) {
        mpq_set_z(r->q, c->z);
        return r;
    }
    if (c->kind == CONST_COMPLEX && mpq_sgn(c->im) == 0) {
        mpq_set(r->q, c->q);
        return r;
    }
    return NULL;
}

Const *const_to_complex(const Const *c) {
    if (c->kind == CONST_COMPLEX) {
        return (Const *)c;
    }
    Const *f = const_to_float(c);
    if (!f) {
        return NULL;
    }
    Const *r = mk(CONST_COMPLEX);
    mpq_set(r->q, f->q);
    return r;
}

Const *const_real(const Const *c) {
    Const *r = mk(CONST_FLOAT);
    if (c->kind == CONST_COMPLEX || c->kind == CONST_FLOAT) {
        mpq_set(r->q, c->q);
    } else {
        mpq_set_z(r->q, c->z);
    }
    return r;
}

Const *const_imag(const Const *c) {
    Const *r = mk(CONST_FLOAT);
    if (c->kind == CONST_COMPLEX) {
        mpq_set(r->q, c->im);
    }
    return r;
}

/* ---- arithmetic ---- */

static Const *int_op(TokKind op, const Const *x, const Const *y, bool int_div) {
    Const *r = mk(CONST_INT);
    switch (op) {
    case T_ADD: mpz_add(r->z, x->z, y->z); break;
    case T_SUB: mpz_sub(r->z, x->z, y->z); break;
    case T_MUL: mpz_mul(r->z, x->z, y->z); break;
    case T_QUO:
        if (mpz_sgn(y->z) == 0) {
            return NULL;
        }
        if (!int_div) {
            Const *f = mk(CONST_FLOAT);
            mpq_set_num(f->q, x->z);
            mpq_set_den(f->q, y->z);
            mpq_canonicalize(f->q);
            return f;
        }
        mpz_tdiv_q(r->z, x->z, y->z);
        break;
    case T_REM:
        if (mpz_sgn(y->z) == 0) {
            return NULL;
        }
        mpz_tdiv_r(r->z, x->z, y->z);
        break;
    case T_AND: mpz_and(r->z, x->z, y->z); break;
    case T_OR: mpz_ior(r->z, x->z, y->z); break;
    case T_XOR: mpz_xor(r->z, x->z, y->z); break;
    case T_AND_NOT: {
        mpz_t t;
        mpz_init(t);
        mpz_com(t, y->z);
        mpz_and(r->z, x->z, t);
        break;
    }
    default: return NULL;
    }
    return r;
}

static Const *float_op(TokKind op, const Const *x, const Const *y) {
    Const *r = mk(CONST_FLOAT);
    switch (op) {
    case T_ADD: mpq_add(r->q, x->q, y->q); break;
    case T_SUB: mpq_sub(r->q, x->q, y->q); break;
    case T_MUL: mpq_mul(r->q, x->q, y->q); break;
    case T_QUO:
        if (mpq_sgn(y->q) == 0) {
            return NULL;
        }
        mpq_div(r->q, x->q, y->q);
        break;
    default: return NULL;
    }
    return r;
}

static Const *complex_op(TokKind op, const Const *x, const Const *y) {
    Const *r = mk(CONST_COMPLEX);
    mpq_t t1, t2;
    mpq_init(t1);
    mpq_init(t2);
    switch (op) {
    case T_ADD:
        mpq_add(r->q, x->q, y->q);
        mpq_add(r->im, x->im, y->im);
        break;
    case T_SUB:
        mpq_sub(r->q, x->q, y->q);
        mpq_sub(r->im, x->im, y->im);
        break;
    case T_MUL:
        mpq_mul(t1, x->q, y->q);
        mpq_mul(t2, x->im, y->im);
        mpq_sub(r->q, t1, t2);
        mpq_mul(t1, x->q, y->im);
        mpq_mul(t2, x->im, y->q);
        mpq_add(r->im, t1, t2);
        break;
    case T_QUO: {
        mpq_t d;
        mpq_init(d);
        mpq_mul(t1, y->q, y->q);
        mpq_mul(t2, y->im, y->im);
        mpq_add(d, t1, t2);
        if (mpq_sgn(d) == 0) {
            return NULL;
        }
        mpq_mul(t1, x->q, y->q);
        mpq_mul(t2, x->im, y->im);
        mpq_add(r->q, t1, t2);
        mpq_div(r->q, r->q, d);
        mpq_mul(t1, x->im, y->q);
        mpq_mul(t2, x->q, y->im);
        mpq_sub(r->im, t1, t2);
        mpq_div(r->im, r->im, d);
        break;
    }
    default: return NULL;
    }
    return r;
}

Const *const_binary(TokKind op, const Const *x, const Const *y, bool int_div) {
    if (op == T_LAND || op == T_LOR) {
        return const_bool(op == T_LAND ? (x->b && y->b) : (x->b || y->b));
    }
    if (x->kind == CONST_STRING && op == T_ADD) {
        char *s = NEW_ATOMIC(x->slen + y->slen + 1);
        memcpy(s, x->s, x->slen);
        memcpy(s + x->slen, y->s, y->slen);
        return const_string(s, x->slen + y->slen);
    }
    switch (x->kind) {
    case CONST_INT: return int_op(op, x, y, int_div);
    case CONST_FLOAT: return float_op(op, x, y);
    case CONST_COMPLEX: return complex_op(op, x, y);
    default: return NULL;
    }
}

Const *const_shift(TokKind op, const Const *x, uint64_t n) {
    Const *r = mk(CONST_INT);
    if (op == T_SHL) {
        mpz_mul_2exp(r->z, x->z, (mp_bitcnt_t)n);
    } else {
        mpz_fdiv_q_2exp(r->z, x->z, (mp_bitcnt_t)n);
    }
    return r;
}

static int cmp_consts(const Const *x, const Const *y) {
    switch (x->kind) {
    case CONST_INT: return mpz_cmp(x->z, y->z);
    case CONST_FLOAT: return mpq_cmp(x->q, y->q);
    case CONST_STRING: {
        size_t n = x->slen < y->slen ? x->slen : y->slen;
        int c = memcmp(x->s, y->s, n);
        return c ? c : (x->slen < y->slen ? -1 : x->slen > y->slen);
    }
    case CONST_BOOL: return (int)x->b - (int)y->b;
    case CONST_COMPLEX: return !(mpq_equal(x->q, y->q) && mpq_equal(x->im, y->im));
    }
    return 0;
}

bool const_compare(TokKind op, const Const *x, const Const *y) {
    int c = cmp_consts(x, y);
    switch (op) {
    case T_EQL: return c == 0;
    case T_NEQ: return c != 0;
    case T_LSS: return c < 0;
    case T_LEQ: return c <= 0;
    case T_GTR: return c > 0;
    case T_GEQ: return c >= 0;
    default: return false;
    }
}

Const *const_neg(const Const *c) {
    Const *r = mk(c->kind);
    switch (c->kind) {
    case CONST_INT: mpz_neg(r->z, c->z); break;
    case CONST_FLOAT: mpq_neg(r->q, c->q); break;
    case CONST_COMPLEX:
        mpq_neg(r->q, c->q);
        mpq_neg(r->im, c->im);
        break;
    default: return NULL;
    }
    return r;
}

Const *const_not(const Const *c) { return const_bool(!c->b); }

Const *const_complement(const Const *c, int bits, bool is_unsigned) {
    Const *r = mk(CONST_INT);
    if (is_unsigned && bits > 0) {
        mpz_t mask;
        mpz_init(mask);
        mpz_setbit(mask, (mp_bitcnt_t)bits);
        mpz_sub_ui(mask, mask, 1);
        mpz_xor(r->z, c->z, mask);
    } else {
        mpz_com(r->z, c->z);
    }
    return r;
}

bool const_fits_int(const Const *c, int bits, bool is_unsigned) {
    if (c->kind != CONST_INT) {
        return false;
    }
    if (is_unsigned) {
        return mpz_sgn(c->z) >= 0 && mpz_sizeinbase(c->z, 2) <= (size_t)bits;
    }
    if (mpz_sgn(c->z) >= 0) {
        return mpz_sizeinbase(c->z, 2) <= (size_t)(bits - 1);
    }
    /* negative: fits iff -c - 1 fits in bits-1 */
    mpz_t t;
    mpz_init(t);
    mpz_com(t, c->z);
    return mpz_sgn(t) == 0 || mpz_sizeinbase(t, 2) <= (size_t)(bits - 1);
}

/* Rounds |q| (q != 0) to a binary float with `mant` significant bits, minimum normal
 * exponent emin and maximum emax; returns false on overflow. */
static bool round_rational(const mpq_t q, int mant, int emin, int emax, double *out) {
    if (mpq_sgn(q) == 0) {
        *out = 0;
        return true;
    }
    mpz_t a, b, num, rem;
    mpz_inits(a, b, num, rem, NULL);
    mpz_abs(a, mpq_numref(q));
    mpz_set(b, mpq_denref(q));
    /* e = floor(log2(a/b)) */
    long e = (long)mpz_sizeinbase(a, 2) - (long)mpz_sizeinbase(b, 2);
    {
        mpz_t ta, tb;
        mpz_inits(ta, tb, NULL);
        mpz_set(ta, a);
        mpz_set(tb, b);
        if (e >= 0) {
            mpz_mul_2exp(tb, tb, (mp_bitcnt_t)e);
        } else {
            mpz_mul_2exp(ta, ta, (mp_bitcnt_t)-e);
        }
        if (mpz_cmp(ta, tb) < 0) {
            e--;
        }
    }
    if (e > emax) {
        return false;
    }
    long shift; /* result = m * 2^(-shift) */
    if (e < emin) {
        shift = -(emin - (mant - 1)); /* subnormal: fixed scale */
    } else {
        shift = (mant - 1) - e;
    }
    mpz_set(num, a);
    mpz_t den;
    mpz_init_set(den, b);
    if (shift >= 0) {
        mpz_mul_2exp(num, num, (mp_bitcnt_t)shift);
    } else {
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-shift);
    }
    mpz_t m;
    mpz_init(m);
    mpz_tdiv_qr(m, rem, num, den);
    mpz_mul_2exp(rem, rem, 1);
    int c = mpz_cmp(rem, den);
    if (c > 0 || (c == 0 && mpz_odd_p(m))) {
        mpz_add_ui(m, m, 1);
    }
    double d = ldexp(mpz_get_d(m), (int)-shift);
    if (isinf(d) || (e >= emax && mpz_sizeinbase(m, 2) > (size_t)mant && e + 1 > emax)) {
        return false;
    }
    if (mant == 24 && (float)d != d) {
        return false;
    }
    *out = mpq_sgn(q) < 0 ? -d : d;
    return true;
}

bool const_round_float(const Const *c, int bits, Const **out) {
    Const *f = const_to_float(c);
    if (!f) {
        return false;
    }
    double d;
    bool ok = bits == 32 ? round_rational(f->q, 24, -126, 127, &d)
                         : round_rational(f->q, 53, -1022, 1023, &d);
    if (!ok) {
        return false;
    }
    if (bits == 32 && isinf((float)d)) {
        return false;
    }
    *out = const_double(d);
    return true;
}

int const_sign(const Const *c) {
    switch (c->kind) {
    case CONST_INT: return mpz_sgn(c->z);
    case CONST_FLOAT: return mpq_sgn(c->q);
    case CONST_COMPLEX: return mpq_sgn(c->q) | mpq_sgn(c->im);
    default: return 0;
    }
}

bool const_is_int_valued(const Const *c) {
    if (c->kind == CONST_INT) {
        return true;
    }
    if (c->kind == CONST_COMPLEX && mpq_sgn(c->im) != 0) {
        return false;
    }
    return (c->kind == CONST_FLOAT || c->kind == CONST_COMPLEX) &&
           mpz_cmp_ui(mpq_denref(c->q), 1) == 0;
}

uint64_t const_to_u64(const Const *c) {
    Const *i = const_to_int(c);
    if (!i) {
        return 0;
    }
    mpz_t t;
    mpz_init(t);
    mpz_fdiv_r_2exp(t, i->z, 64); /* two's complement low 64 bits */
    uint64_t lo = 0;
    size_t count = 0;
    uint64_t buf[2] = {0, 0};
    mpz_export(buf, &count, -1, sizeof(uint64_t), 0, 0, t);
    lo = buf[0];
    return lo;
}

int64_t const_to_i64(const Const *c) { return (int64_t)const_to_u64(c); }

double const_to_f64(const Const *c) {
    Const *r;
    if (c->kind == CONST_INT) {
        c = const_to_float(c);
    }
    if (!const_round_float(c, 64, &r)) {
        return const_sign(c) < 0 ? -INFINITY : INFINITY;
    }
    return mpq_get_d(r->q);
}

static const char *float_str(const mpq_t q) {
    Const tmp;
    mpq_init(tmp.q);
    mpq_set(tmp.q, q);
    tmp.kind = CONST_FLOAT;
    Const *r;
    if (!const_round_float(&tmp, 64, &r)) {
        return mpq_sgn(q) < 0 ? "-1e+309" : "1e+309";
    }
    double d = mpq_get_d(r->q);
    char buf[64];
    snprintf(buf, sizeof buf, "%.6g", d);
    return str_printf("%s", buf);
}

const char *const_str(const Const *c) {
    switch (c->kind) {
    case CONST_BOOL: return c->b ? "true" : "false";
    case CONST_STRING: {
        StrBuf b = {0};
        sb_putc(&b, '"');
        for (size_t i = 0; i < c->slen; i++) {
            unsigned char ch = (unsigned char)c->s[i];
            if (ch == '"' || ch == '\\') {
                sb_putc(&b, '\\');
                sb_putc(&b, (char)ch);
            } else if (ch == '\n') {
                sb_puts(&b, "\\n");
            } else if (ch == '\t') {
                sb_puts(&b, "\\t");
            } else if (ch < 0x20 || ch == 0x7f) {
                sb_printf(&b, "\\x%02x", ch);
            } else {
                sb_putc(&b, (char)ch);
            }
        }
        sb_putc(&b, '"');
        return sb_cstr(&b);
    }
    case CONST_INT: {
        char *s = mpz_get_str(NULL, 10, c->z);
        return s;
    }
    case CONST_FLOAT:
        if (mpz_cmp_ui(mpq_denref(c->q), 1) == 0 && mpz_sizeinbase(mpq_numref(c->q), 10) < 22) {
            return mpz_get_str(NULL, 10, mpq_numref(c->q));
        }
        return float_str(c->q);
    case CONST_COMPLEX:
        return str_printf("(%s + %si)", float_str(c->q), float_str(c->im));
    }
    return "?";
}
