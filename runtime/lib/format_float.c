/* format_float.c — strconv.FormatFloat, which fmt's float verbs use too (runtime/lib/format.h):
 * %e %E %f %g %G with a precision or with the shortest digits that read back, %b and %x %X.
 *
 * Digits come from the C library, which is correctly rounded: fixed precisions go straight
 * through snprintf; the shortest representation is the fewest digits that strtod (strtof for a
 * float32) reads back as the same value, found by a search over the digit count. The C
 * library's decimal point is replaced by '.', whatever the locale. Nothing here keeps state.
 */
#include "format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Appends snprintf's rendering of a finite number, with the locale's decimal point (one or
 * more bytes that are not digits, signs or exponent letters) replaced by '.'. */
static void put_c_number(StrBuf *out, const char *cfmt, int prec, double v) {
    char small[64];
    char *buf = small;
    int n = snprintf(small, sizeof small, cfmt, prec, v);
    if (n >= (int)sizeof small) {
        buf = NEW_ATOMIC((size_t)n + 1);
        snprintf(buf, (size_t)n + 1, cfmt, prec, v);
    }
    bool in_point = false;
    for (int i = 0; i < n; i++) {
        char c = buf[i];
        bool plain = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'e' || c == 'E';
        if (plain) {
            sb_putc(out, c);
            in_point = false;
        } else if (!in_point) {
            sb_putc(out, '.');
            in_point = true;
        }
    }
}

/* Decimal digits d[0..nd) with the decimal point before digit dp: value = 0.d × 10^dp. */
typedef struct Digits {
    char d[32];
    int nd, dp;
} Digits;

static bool reads_back(const Digits *x, double v, int bitsize) {
    char s[64];
    memcpy(s, x->d, (size_t)x->nd);
    snprintf(s + x->nd, sizeof s - (size_t)x->nd, "e%d", x->dp - x->nd);
    if (bitsize == 32) {
        return strtof(s, NULL) == (float)v;
    }
    return strtod(s, NULL) == v;
}

static double digits_value(const Digits *x, int bitsize) {
    char s[64];
    memcpy(s, x->d, (size_t)x->nd);
    snprintf(s + x->nd, sizeof s - (size_t)x->nd, "e%d", x->dp - x->nd);
    return bitsize == 32 ? (double)strtof(s, NULL) : strtod(s, NULL);
}

/* The next p-digit decimal above x (carry may lengthen the exponent). */
static void digits_up(Digits *x) {
    int i = x->nd - 1;
    while (i >= 0 && x->d[i] == '9') {
        x->d[i--] = '0';
    }
    if (i >= 0) {
        x->d[i]++;
    } else {
        x->d[0] = '1';
        x->dp++;
    }
}

/* The next p-digit decimal below x: 1000 goes down to 9999 at the next lower exponent. */
static void digits_down(Digits *x) {
    int i = x->nd - 1;
    while (i >= 0 && x->d[i] == '0') {
        x->d[i--] = '9';
    }
    if (i < 0) {
        return; /* all zeros: not a p-digit decimal, cannot happen */
    }
    x->d[i]--;
    if (x->d[0] == '0') {
        for (int j = 0; j < x->nd; j++) {
            x->d[j] = '9';
        }
        x->dp--;
    }
}

/* The p-digit decimal nearest v that reads back as v, if there is one. The correctly rounded
 * p digits are tried first; when the rounding interval of v is lopsided (v a power of two)
 * the neighbour on the other side of v may read back when the nearest does not. */
static bool try_digits(double v, int p, int bitsize, Digits *x) {
    char buf[64];
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    int nd = 0;
    const char *s = buf;
    for (; *s && *s != 'e'; s++) {
        if (*s >= '0' && *s <= '9') {
            x->d[nd++] = *s;
        }
    }
    x->nd = nd;
    x->dp = atoi(s + 1) + 1;
    if (reads_back(x, v, bitsize)) {
        return true;
    }
    if (digits_value(x, bitsize) < v) {
        digits_up(x);
    } else {
        digits_down(x);
    }
    return reads_back(x, v, bitsize);
}

/* The shortest digits of a positive finite v (for bitsize 32, of v as a float32). */
static void shortest_digits(double v, int bitsize, Digits *out) {
    double limit = bitsize == 32 ? 16777216.0 : 9007199254740992.0;
    if (v < limit && v == floor(v)) {
        /* Integers below 2^mantissa are exact and their ulp is at most 1: their own digits,
         * without trailing zeros, are the shortest that read back. */
        char s[32];
        int n = snprintf(s, sizeof s, "%llu", (unsigned long long)v);
        out->dp = n;
        while (n > 1 && s[n - 1] == '0') {
            n--;
        }
        memcpy(out->d, s, (size_t)n);
        out->nd = n;
        return;
    }
    int lo = 1, hi = bitsize == 32 ? 9 : 17;
    Digits best, cand;
    /* 17 significant digits (9 for a float32), correctly rounded, always read back. */
    (void)try_digits(v, hi, bitsize, &best);
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (try_digits(v, mid, bitsize, &cand)) {
            best = cand;
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    while (best.nd > 1 && best.d[best.nd - 1] == '0') {
        best.nd--;
    }
    *out = best;
}

static void put_exp10(StrBuf *out, char e, int exp) {
    sb_putc(out, e);
    sb_putc(out, exp < 0 ? '-' : '+');
    if (exp < 0) {
        exp = -exp;
    }
    if (exp >= 100) {
        sb_putc(out, (char)('0' + exp / 100));
    }
    sb_putc(out, (char)('0' + exp / 10 % 10));
    sb_putc(out, (char)('0' + exp % 10));
}

/* %e: d.ddddde±dd with prec digits after the point. */
static void digits_fmt_e(StrBuf *out, bool neg, const Digits *x, int prec, char e) {
    if (neg) {
        sb_putc(out, '-');
    }
    sb_putc(out, x->nd ? x->d[0] : '0');
    if (prec > 0) {
        sb_putc(out, '.');
        int i = 1, m = x->nd < prec + 1 ? x->nd : prec + 1;
        for (; i < m; i++) {
            sb_putc(out, x->d[i]);
        }
        for (; i <= prec; i++) {
            sb_putc(out, '0');
        }
    }
    put_exp10(out, e, x->nd ? x->dp - 1 : 0);
}

/* %f: ddd.ddd with prec digits after the point. */
static void digits_fmt_f(StrBuf *out, bool neg, const Digits *x, int prec) {
    if (neg) {
        sb_putc(out, '-');
    }
    if (x->dp > 0) {
        int m = x->nd < x->dp ? x->nd : x->dp;
        sb_put(out, x->d, (size_t)m);
        for (; m < x->dp; m++) {
            sb_putc(out, '0');
        }
    } else {
        sb_putc(out, '0');
    }
    if (prec > 0) {
        sb_putc(out, '.');
        for (int i = 1; i <= prec; i++) {
            int j = x->dp + i - 1;
            sb_putc(out, (j >= 0 && j < x->nd) ? x->d[j] : '0');
        }
    }
}

/* strconv's %b: mantissa "p" binary exponent, both decimal. */
static void float_fmt_b(StrBuf *out, bool neg, uint64_t mant, int exp, int mantbits) {
    if (neg) {
        sb_putc(out, '-');
    }
    exp -= mantbits;
    sb_printf(out, "%llup%s%d", (unsigned long long)mant, exp >= 0 ? "+" : "", exp);
}

/* strconv's %x: 0x1.hhhhp±dd, rounded (half to even) to prec hex digits when prec >= 0. */
static void float_fmt_x(StrBuf *out, bool neg, uint64_t mant, int exp, int mantbits, int prec,
                        char fmt) {
    if (mant == 0) {
        exp = 0;
    }
    mant <<= 60 - mantbits; /* leading 1 (if any) at bit 60 */
    while (mant != 0 && !(mant & (1ull << 60))) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & ((1ull << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (1ull << 59)) {
            mant++;
        }
        mant <<= 60 - shift;
        if (mant & (1ull << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg) {
        sb_putc(out, '-');
    }
    sb_putc(out, '0');
    sb_putc(out, fmt);
    sb_putc(out, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        sb_putc(out, '.');
        while (mant != 0) {
            sb_putc(out, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        sb_putc(out, '.');
        for (int i = 0; i < prec; i++) {
            sb_putc(out, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    sb_putc(out, fmt == 'X' ? 'P' : 'p');
    sb_putc(out, exp < 0 ? '-' : '+');
    if (exp < 0) {
        exp = -exp;
    }
    sb_printf(out, "%02d", exp);
}

void fmt_format_float(StrBuf *out, double v, char fmt, int prec, int bitsize) {
    uint64_t bits, mant;
    int exp, mantbits, expbits, bias;
    bool neg;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t b32;
        memcpy(&b32, &f, sizeof b32);
        bits = b32;
        mantbits = 23, expbits = 8, bias = -127;
        v = f;
    } else {
        memcpy(&bits, &v, sizeof bits);
        mantbits = 52, expbits = 11, bias = -1023;
    }
    neg = (bits >> (expbits + mantbits)) != 0;
    exp = (int)(bits >> mantbits) & ((1 << expbits) - 1);
    mant = bits & ((1ull << mantbits) - 1);
    if (exp == (1 << expbits) - 1) {
        sb_puts(out, mant ? "NaN" : neg ? "-Inf" : "+Inf");
        return;
    }
    if (exp == 0) {
        exp++;
    } else {
        mant |= 1ull << mantbits;
    }
    exp += bias;
    if (fmt == 'b') {
        float_fmt_b(out, neg, mant, exp, mantbits);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        float_fmt_x(out, neg, mant, exp, mantbits, prec, fmt);
        return;
    }
    if (prec >= 0) {
        /* A fixed precision: the C library's conversions are correctly rounded (half to
         * even on exact ties) and spell these formats exactly as strconv does. */
        const char *cfmt = fmt == 'e'   ? "%.*e"
                           : fmt == 'E' ? "%.*E"
                           : fmt == 'f' ? "%.*f"
                           : fmt == 'g' ? "%.*g"
                           : fmt == 'G' ? "%.*G"
                                        : NULL;
        if (!cfmt) {
            sb_putc(out, '%');
            sb_putc(out, fmt);
            return;
        }
        put_c_number(out, cfmt, prec, v);
        return;
    }
    Digits x = {.nd = 0, .dp = 0};
    if (v != 0) {
        shortest_digits(fabs(v), bitsize, &x);
    }
    switch (fmt) {
    case 'e':
    case 'E': digits_fmt_e(out, neg, &x, x.nd > 1 ? x.nd - 1 : 0, fmt); break;
    case 'f': digits_fmt_f(out, neg, &x, x.nd > x.dp ? x.nd - x.dp : 0); break;
    case 'g':
    case 'G': {
        /* With the shortest digits, Go picks %e by the exponent as if the precision were 6. */
        int e = x.dp - 1;
        if (e < -4 || e >= 6) {
            digits_fmt_e(out, neg, &x, x.nd > 1 ? x.nd - 1 : 0, (char)(fmt + 'e' - 'g'));
        } else {
            digits_fmt_f(out, neg, &x, x.nd > x.dp ? x.nd - x.dp : 0);
        }
        break;
    }
    default:
        sb_putc(out, '%');
        sb_putc(out, fmt);
        break;
    }
}
