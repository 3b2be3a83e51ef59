/* const.c — exact constant arithmetic on GMP (see const.h).
 *
 * Floats are exact rationals, so untyped constant expressions are computed without rounding;
 * rounding happens once, when a constant is converted to float32/float64 (correctly rounded,
 * ties to even, with subnormals). A rational that would need MAX_RAT_BITS or more is a
 * BIG_PREC-bit mpf instead (go/constant's rule), and an mpf result back in range a rational.
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

/* ---- floats out of the rationals' range ---- */

enum { MAX_RAT_BITS = 4096, BIG_PREC = 512 };

static bool small_rat(const mpq_t q) {
    return mpz_sizeinbase(mpq_numref(q), 2) < MAX_RAT_BITS &&
           mpz_sizeinbase(mpq_denref(q), 2) < MAX_RAT_BITS;
}

/* A number constant (not complex) as a BIG_PREC-bit float, into out (initialised here). */
static void get_big(mpf_t out, const Const *c) {
    mpf_init2(out, BIG_PREC);
    if (c->big) {
        mpf_set(out, c->f);
    } else if (c->kind == CONST_INT) {
        mpf_set_z(out, c->z);
    } else {
        mpf_set_q(out, c->q);
    }
}

/* The float constant of value f: a rational when its binary exponent allows. */
static Const *from_big(const mpf_t f) {
    Const *r = mk(CONST_FLOAT);
    long e = 0;
    mpf_get_d_2exp(&e, f);
    if (mpf_sgn(f) == 0 || (e > BIG_PREC - MAX_RAT_BITS && e < MAX_RAT_BITS - BIG_PREC)) {
        mpq_set_f(r->q, f);
        return r;
    }
    r->big = true;
    mpf_init2(r->f, BIG_PREC);
    mpf_set(r->f, f);
    return r;
}

/* A rational result, as a float if it grew out of range. */
static Const *norm_rat(Const *r) {
    if (r->kind != CONST_FLOAT || small_rat(r->q)) {
        return r;
    }
    mpf_t f;
    get_big(f, r);
    return from_big(f);
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
    if (r->big || i->big) {
        return NULL; /* complex parts are rationals */
    }
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

/* mant * base^exp (base 2 or 10) for exponents too large for a rational. */
static Const *big_scaled(const mpz_t mant, int base, long exp) {
    mpf_t f, p;
    mpf_init2(f, BIG_PREC);
    mpf_init2(p, BIG_PREC);
    mpf_set_z(f, mant);
    unsigned long n = (unsigned long)(exp >= 0 ? exp : -exp);
    if (base == 2) {
        if (exp >= 0) {
            mpf_mul_2exp(f, f, n);
        } else {
            mpf_div_2exp(f, f, n);
        }
    } else {
        mpf_set_ui(p, 10);
        mpf_pow_ui(p, p, n);
        if (exp >= 0) {
            mpf_mul(f, f, p);
        } else {
            mpf_div(f, f, p);
        }
    }
    return from_big(f);
}

/* The largest power of two (hex) or of ten (decimal) a float literal may carry: Go keeps
 * binary exponents below 2^31 (in 512-bit floats) and calls a literal beyond that malformed
 * (1e646456992 is the largest power of ten it takes). */
#define MAX_EXP2 2147483647L
#define MAX_EXP10 646456992L

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

/* Parses a float literal (decimal or hex): its value, or NULL when it is malformed or its
 * exponent is beyond MAX_EXP2 / MAX_EXP10. The mantissa's digits go to GMP in one string
 * (mpz_set_str is subquadratic: a literal of a million digits takes milliseconds). */
static Const *parse_float(const char *s) {
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
        return NULL;
    }
    digits[nd] = 0;
    long exp = 0;
    if (*p == 'e' || *p == 'E' || *p == 'p' || *p == 'P') {
        exp = parse_exponent(p + 1);
    }
    mpz_t mant;
    mpz_init(mant);
    mpz_set_str(mant, digits, base);
    long e = hex ? exp - 4 * scale : exp - scale;
    if (e > (hex ? MAX_EXP2 : MAX_EXP10) || e < -(hex ? MAX_EXP2 : MAX_EXP10)) {
        return NULL;
    }
    /* a rational beyond MAX_RAT_BITS is made a float anyway: go there at once */
    long ebits = hex ? e : e * 10 / 3;
    if (ebits > 2 * MAX_RAT_BITS || ebits < -2 * MAX_RAT_BITS) {
        return big_scaled(mant, hex ? 2 : 10, e);
    }
    Const *c = mk(CONST_FLOAT);
    mpq_set_z(c->q, mant);
    if (hex) {
        if (e >= 0) {
            mpz_mul_2exp(mpq_numref(c->q), mpq_numref(c->q), (mp_bitcnt_t)e);
        } else {
            mpz_mul_2exp(mpq_denref(c->q), mpq_denref(c->q), (mp_bitcnt_t)-e);
        }
    } else {
        mpz_t pw;
        mpz_init(pw);
        mpz_ui_pow_ui(pw, 10, (unsigned long)(e >= 0 ? e : -e));
        if (e >= 0) {
            mpz_mul(mpq_numref(c->q), mpq_numref(c->q), pw);
        } else {
            mpz_mul(mpq_denref(c->q), mpq_denref(c->q), pw);
        }
    }
    mpq_canonicalize(c->q);
    return norm_rat(c);
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
        return parse_float(s);
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
            return c;
        }
        Const *f = parse_float(s); /* "0123i" is decimal, for compatibility */
        if (!f || f->big) {
            return NULL; /* complex parts are rationals */
        }
        mpq_set(c->im, f->q);
        return c;
    }
    return NULL;
}

/* ---- conversions ---- */

Const *const_to_int(const Const *c) {
    if (c->kind == CONST_INT) {
        return (Const *)c;
    }
    if (c->big) {
        return NULL; /* too large (or too small) to be an integer of reasonable size */
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
    if (!f || f->big) {
        return NULL;
    }
    Const *r = mk(CONST_COMPLEX);
    mpq_set(r->q, f->q);
    return r;
}

Const *const_real(const Const *c) {
    if (c->big) {
        return (Const *)c;
    }
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

static Const *big_op(TokKind op, const Const *x, const Const *y) {
    mpf_t a, b;
    get_big(a, x);
    get_big(b, y);
    switch (op) {
    case T_ADD: mpf_add(a, a, b); break;
    case T_SUB: mpf_sub(a, a, b); break;
    case T_MUL: mpf_mul(a, a, b); break;
    case T_QUO:
        if (mpf_sgn(b) == 0) {
            return NULL;
        }
        mpf_div(a, a, b);
        break;
    default: return NULL;
    }
    return from_big(a);
}

static Const *float_op(TokKind op, const Const *x, const Const *y) {
    if (x->big || y->big) {
        return big_op(op, x, y);
    }
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
    return norm_rat(r);
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
    if (x->big || y->big) {
        mpf_t a, b;
        get_big(a, x);
        get_big(b, y);
        return mpf_cmp(a, b);
    }
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
    if (c->big) {
        mpf_t f;
        get_big(f, c);
        mpf_neg(f, f);
        return from_big(f);
    }
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
    if (f->big) { /* beyond any float's range: infinite, or zero */
        long e = 0;
        mpf_get_d_2exp(&e, f->f);
        if (e > 0) {
            return false;
        }
        *out = const_double(0);
        return true;
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
    if (c->big) {
        return mpf_sgn(c->f);
    }
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
    if (c->big) {
        return false;
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

/* A float out of float64's range as %.6g would print it: 1e+400, -2.5e-779137. */
static const char *big_str(const Const *c) {
    mpf_t f;
    get_big(f, c);
    mp_exp_t e10;
    char *digits = mpf_get_str(NULL, &e10, 10, 6, f); /* 0.DIGITS * 10^e10 */
    const char *sign = "";
    if (digits[0] == '-') {
        sign = "-";
        digits++;
    }
    size_t n = strlen(digits);
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    long x = (long)e10 - 1;
    return str_printf("%s%c%s%.*se%c%02ld", sign, digits[0], n > 1 ? "." : "", (int)(n - 1),
                      digits + 1, x < 0 ? '-' : '+', x < 0 ? -x : x);
}

static const char *float_str(const Const *c) {
    Const *r;
    if (c->big || !const_round_float(c, 64, &r) || (const_sign(r) == 0 && const_sign(c) != 0)) {
        return big_str(c);
    }
    char buf[64];
    snprintf(buf, sizeof buf, "%.6g", mpq_get_d(r->q));
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
        if (!c->big && mpz_cmp_ui(mpq_denref(c->q), 1) == 0 &&
            mpz_sizeinbase(mpq_numref(c->q), 10) < 22) {
            return mpz_get_str(NULL, 10, mpq_numref(c->q));
        }
        return float_str(c);
    case CONST_COMPLEX:
        return str_printf("(%s + %si)", float_str(const_real(c)), float_str(const_imag(c)));
    }
    return "?";
}
