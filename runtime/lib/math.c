/* math.c — the C natives of package math; constants are Go, in runtime/std/math.go.
 *
 * Every function returns the very bits Go's returns on amd64, not merely a close value:
 * programs print floats with the shortest digits that read back, so a one-ulp difference
 * shows. glibc's libm is more accurate than Go's and therefore disagrees often (sin, pow,
 * cbrt, ... in 10-50% of random arguments), so this file redoes Go's own algorithms, step
 * for step in the same order of float64 operations:
 *   - Exp, Log and Hypot as Go's amd64 assembly computes them (Exp's FMA variant when the
 *     CPU has AVX and FMA, as Go decides at start-up; Log without Go's special handling of
 *     subnormal arguments, exactly like the assembly);
 *   - everything else as Go's portable code (the Cephes and FreeBSD msun algorithms);
 *   - Sqrt, Floor, Ceil, Trunc, Mod and FMA are exact operations, so libm serves.
 * Go constant expressions (4/Pi, 1/Ln10, 3*Pi/4, ...) are rounded once from the exact
 * value, so they are written here as the resulting float64 bit patterns.
 *
 * Invariants the code relies on: float64 arithmetic is IEEE double with no excess precision
 * (FLT_EVAL_METHOD 0) and no contraction of a*b+c into a fused multiply-add, which the
 * pragma below forbids; shifts by 64 or more yield 0 as in Go (shl/shr). A NaN produced by
 * Go's NaN() has Go's bit pattern 0x7FF8000000000001.
 */
#include "../native.h"

#include <float.h>
#include <math.h>
#include <string.h>

#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

_Static_assert(FLT_EVAL_METHOD == 0, "math.c needs float64 arithmetic without excess precision");

#define GO_PI 0x1.921fb54442d18p+1
#define GO_LN2 0x1.62e42fefa39efp-1
#define SIGN_BIT 0x8000000000000000ull
#define EXP_MASK 0x7ffull
#define FRAC_MASK 0x000fffffffffffffull
#define INF_BITS 0x7ff0000000000000ull
#define GO_NAN_BITS 0x7ff8000000000001ull

static inline uint64_t bits_of(double f) {
    uint64_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static inline double from_bits(uint64_t u) {
    double f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static inline double go_nan(void) {
    return from_bits(GO_NAN_BITS);
}
static inline double go_inf(int sign) {
    return sign >= 0 ? (double)INFINITY : -(double)INFINITY;
}
static inline bool is_inf(double f) {
    return f > DBL_MAX || f < -DBL_MAX;
}
static inline double go_abs(double f) {
    return from_bits(bits_of(f) & ~SIGN_BIT);
}
static inline double go_copysign(double f, double s) {
    return from_bits((bits_of(f) & ~SIGN_BIT) | (bits_of(s) & SIGN_BIT));
}
static inline uint64_t shl(uint64_t x, unsigned n) {
    return n >= 64 ? 0 : x << n;
}
static inline uint64_t shr(uint64_t x, unsigned n) {
    return n >= 64 ? 0 : x >> n;
}

/* ---- exponent and fraction ---- */

/* Scales a subnormal up by 2**52 (*exp = -52) so its exponent field is meaningful. */
static double normalize(double x, int64_t *exp) {
    if (go_abs(x) < 0x1p-1022) {
        *exp = -52;
        return x * 0x1p52;
    }
    *exp = 0;
    return x;
}

static double go_frexp(double f, int64_t *exp) {
    *exp = 0;
    if (f == 0 || is_inf(f) || f != f) {
        return f;
    }
    f = normalize(f, exp);
    uint64_t x = bits_of(f);
    *exp += (int64_t)((x >> 52) & EXP_MASK) - 1023 + 1;
    x &= ~(EXP_MASK << 52);
    x |= (uint64_t)1022 << 52;
    return from_bits(x);
}

static double go_ldexp(double frac, int64_t exp) {
    if (frac == 0 || is_inf(frac) || frac != frac) {
        return frac;
    }
    int64_t e;
    frac = normalize(frac, &e);
    uint64_t x = bits_of(frac);
    /* Go's int arithmetic wraps; so does this. */
    exp =
        (int64_t)((uint64_t)exp + (uint64_t)e + (uint64_t)((int64_t)((x >> 52) & EXP_MASK) - 1023));
    if (exp < -1075) {
        return go_copysign(0, frac);
    }
    if (exp > 1023) {
        return frac < 0 ? go_inf(-1) : go_inf(1);
    }
    double m = 1;
    if (exp < -1022) {
        exp += 53;
        m = 0x1p-53;
    }
    x &= ~(EXP_MASK << 52);
    x |= (uint64_t)(exp + 1023) << 52;
    return m * from_bits(x);
}

static void go_modf(double f, double *ipart, double *frac) {
    if (f < 1) {
        if (f < 0) {
            go_modf(-f, ipart, frac);
            *ipart = -*ipart;
            *frac = -*frac;
            return;
        }
        if (f == 0) {
            *ipart = *frac = f;
            return;
        }
        *ipart = 0;
        *frac = f;
        return;
    }
    uint64_t x = bits_of(f);
    uint64_t e = ((x >> 52) & EXP_MASK) - 1023;
    if (e < 52) {
        x &= ~((1ull << (52 - e)) - 1);
    }
    *ipart = from_bits(x);
    *frac = f - *ipart;
}

static int64_t ilogb_finite(double x) {
    int64_t e;
    x = normalize(x, &e);
    return (int64_t)((bits_of(x) >> 52) & EXP_MASK) - 1023 + e;
}

/* ---- exponentials (Exp: Go's amd64 assembly) ---- */

enum { EXP_NO_FMA, EXP_FMA, EXP_UNKNOWN };
static int exp_variant = EXP_UNKNOWN;

#define EXP_LN2U 0.69314718055966295651160180568695068359375
#define EXP_LN2L 0.28235290563031577122588448175013436025525412068e-12
#define EXP_C2 0.5
#define EXP_C3 1.6666666666666666667e-1
#define EXP_C4 4.1666666666666666667e-2
#define EXP_C5 8.3333333333333333333e-3
#define EXP_C6 1.3888888888888888889e-3
#define EXP_C7 1.9841269841269841270e-4
#define EXP_C8 2.4801587301587301587e-5

/* e**x = (e**(x/16))**16 for the reduced argument: a Taylor polynomial gives
 * e**r - 1, and (y)(y + 2) doubles the exponent four times. */
static double exp_reduced_plain(double x, double k) {
    x -= EXP_LN2U * k;
    x -= EXP_LN2L * k;
    x *= 0.0625;
    double p = EXP_C8 * x + EXP_C7;
    p = p * x + EXP_C6;
    p = p * x + EXP_C5;
    p = p * x + EXP_C4;
    p = p * x + EXP_C3;
    p = p * x + EXP_C2;
    p = p * x + 1.0;
    x *= p;
    for (int i = 0; i < 4; i++) {
        x *= 2.0 + x;
    }
    return x + 1.0;
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx,fma"))) static double exp_reduced_fma(double x, double k) {
    x = __builtin_fma(-k, EXP_LN2U, x);
    x = __builtin_fma(-k, EXP_LN2L, x);
    x *= 0.0625;
    double p = __builtin_fma(EXP_C8, x, EXP_C7);
    p = __builtin_fma(p, x, EXP_C6);
    p = __builtin_fma(p, x, EXP_C5);
    p = __builtin_fma(p, x, EXP_C4);
    p = __builtin_fma(p, x, EXP_C3);
    p = __builtin_fma(p, x, EXP_C2);
    p = __builtin_fma(p, x, 1.0);
    x *= p;
    for (int i = 0; i < 3; i++) {
        x *= x + 2.0;
    }
    return __builtin_fma(x, x + 2.0, 1.0);
}

static int detect_exp_variant(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma") ? EXP_FMA : EXP_NO_FMA;
}
#else
static double exp_reduced_fma(double x, double k) {
    return exp_reduced_plain(x, k);
}
static int detect_exp_variant(void) {
    return EXP_NO_FMA;
}
#endif

static double go_exp(double x) {
    uint64_t b = bits_of(x);
    if ((b & ~SIGN_BIT) >= INF_BITS) {
        return b == (INF_BITS | SIGN_BIT) ? 0 : x; /* -Inf: 0; NaN, +Inf: x */
    }
    if (x > 7.09782712893384e+02) {
        return go_inf(1);
    }
    if (x < -2000) {
        return 0; /* the assembly's exponent underflows for all of these */
    }
    int variant = __atomic_load_n(&exp_variant, __ATOMIC_RELAXED);
    if (variant == EXP_UNKNOWN) {
        variant = detect_exp_variant();
        __atomic_store_n(&exp_variant, variant, __ATOMIC_RELAXED);
    }
    int32_t k = (int32_t)lrint(1.4426950408889634073599246810018920 * x);
    double fr =
        variant == EXP_FMA ? exp_reduced_fma(x, (double)k) : exp_reduced_plain(x, (double)k);
    int32_t e = k + 0x3ff;
    if (e <= 0) {
        if (e < -52) {
            return 0;
        }
        fr *= from_bits((uint64_t)(e + 0x3fe) << 52);
        return fr * from_bits((uint64_t)1 << 52);
    }
    if (e >= 0x7ff) {
        return go_inf(1);
    }
    return fr * from_bits((uint64_t)e << 52);
}

/* exp(hi - lo) * 2**k, for |hi - lo| <= 0.5 ln 2 (Go's expmulti). */
static double expmulti(double hi, double lo, int64_t k) {
    const double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                 P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                 P5 = 4.13813679705723846039e-08;
    double r = hi - lo;
    double t = r * r;
    double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return go_ldexp(y, k);
}

#define LN2_HI 6.93147180369123816490e-01
#define LN2_LO 1.90821492927058770002e-10

static double go_exp2(double x) {
    if (x != x || x == go_inf(1)) {
        return x;
    }
    if (x == go_inf(-1)) {
        return 0;
    }
    if (x > 1.0239999999999999e+03) {
        return go_inf(1);
    }
    if (x < -1.0740e+03) {
        return 0;
    }
    int64_t k = 0;
    if (x > 0) {
        k = (int64_t)(x + 0.5);
    } else if (x < 0) {
        k = (int64_t)(x - 0.5);
    }
    double t = x - (double)k;
    return expmulti(t * LN2_HI, -t * LN2_LO, k);
}

static double add_to_exponent(double y, int64_t k) {
    return from_bits(bits_of(y) + ((uint64_t)k << 52));
}

static double go_expm1(double x) {
    const double Othreshold = 7.09782712893383973096e+02, Ln2X56 = 3.88162421113569373274e+01,
                 Ln2HalfX3 = 1.03972077083991796413e+00, Ln2Half = 3.46573590279972654709e-01,
                 InvLn2 = 1.44269504088896338700e+00, Tiny = 0x1p-54;
    const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
                 Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
                 Q5 = -2.01099218183624371326e-07;
    if (x == go_inf(1) || x != x) {
        return x;
    }
    if (x == go_inf(-1)) {
        return -1;
    }
    double absx = x;
    bool sign = false;
    if (x < 0) {
        absx = -absx;
        sign = true;
    }
    if (absx >= Ln2X56) {
        if (sign) {
            return -1;
        }
        if (absx >= Othreshold) {
            return go_inf(1);
        }
    }
    double c = 0;
    int64_t k = 0;
    if (absx > Ln2Half) {
        double hi, lo;
        if (absx < Ln2HalfX3) {
            if (!sign) {
                hi = x - LN2_HI;
                lo = LN2_LO;
                k = 1;
            } else {
                hi = x + LN2_HI;
                lo = -LN2_LO;
                k = -1;
            }
        } else {
            k = (int64_t)(sign ? InvLn2 * x - 0.5 : InvLn2 * x + 0.5);
            double t = (double)k;
            hi = x - t * LN2_HI;
            lo = t * LN2_LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (absx < Tiny) {
        return x;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) {
        return x - (x * e - hxs);
    }
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) {
        return 0.5 * (x - e) - 0.5;
    }
    if (k == 1) {
        if (x < -0.25) {
            return -2 * (e - (x + 0.5));
        }
        return 1 + 2 * (x - e);
    }
    if (k <= -2 || k > 56) {
        double y = 1 - (e - x);
        return add_to_exponent(y, k) - 1;
    }
    if (k < 20) {
        double tk = from_bits(0x3ff0000000000000ull - (0x20000000000000ull >> k)); /* 1-2**-k */
        return add_to_exponent(tk - (e - x), k);
    }
    double tk = from_bits((uint64_t)(0x3ff - k) << 52); /* 2**-k */
    double y = x - (e + tk);
    y++;
    return add_to_exponent(y, k);
}

/* ---- logarithms (Log: Go's amd64 assembly) ---- */

#define LOG_L1 6.666666666666735130e-01
#define LOG_L2 3.999999999940941908e-01
#define LOG_L3 2.857142874366239149e-01
#define LOG_L4 2.222219843214978396e-01
#define LOG_L5 1.818357216161805012e-01
#define LOG_L6 1.531383769920937332e-01
#define LOG_L7 1.479819860511658591e-01

static double go_log(double x) {
    uint64_t b = bits_of(x);
    if ((b & ~SIGN_BIT) == 0) {
        return go_inf(-1);
    }
    if (b & SIGN_BIT) {
        return go_nan();
    }
    if (b >= INF_BITS) {
        return x;
    }
    /* The exponent field taken as is: subnormals come out as Go's assembly makes them. */
    double f1 = from_bits((b & FRAC_MASK) | 0x3fe0000000000000ull);
    double k = (double)((int32_t)((b >> 52) & EXP_MASK) - 0x3fe);
    if (f1 <= 0x1.6a09e667f3bcdp-1) { /* Sqrt2/2 */
        k -= 1;
        f1 *= 2;
    }
    double f = f1 - 1;
    double s = f / (2 + f);
    double s2 = s * s;
    double s4 = s2 * s2;
    double t1 = s2 * (LOG_L1 + s4 * (LOG_L3 + s4 * (LOG_L5 + s4 * LOG_L7)));
    double t2 = s4 * (LOG_L2 + s4 * (LOG_L4 + s4 * LOG_L6));
    double R = t1 + t2;
    double hfsq = 0.5 * f * f;
    return k * LN2_HI - ((hfsq - (s * (hfsq + R) + k * LN2_LO)) - f);
}

static double go_log10(double x) {
    return go_log(x) * 0x1.bcb7b1526e50ep-2; /* 1/Ln10 */
}

static double go_log2(double x) {
    int64_t exp;
    double frac = go_frexp(x, &exp);
    if (frac == 0.5) {
        return (double)(exp - 1);
    }
    return go_log(frac) * 0x1.71547652b82fep+0 /* 1/Ln2 */ + (double)exp;
}

static double go_log1p(double x) {
    const double Sqrt2M1 = 4.142135623730950488017e-01, Sqrt2HalfM1 = -2.928932188134524755992e-01,
                 Small = 0x1p-29, Tiny = 0x1p-54, Two53 = 0x1p53;
    if (x < -1 || x != x) {
        return go_nan();
    }
    if (x == -1) {
        return go_inf(-1);
    }
    if (x == go_inf(1)) {
        return go_inf(1);
    }
    double absx = go_abs(x);
    double f = 0;
    uint64_t iu = 0;
    int64_t k = 1;
    if (absx < Sqrt2M1) {
        if (absx < Small) {
            if (absx < Tiny) {
                return x;
            }
            return x - x * x * 0.5;
        }
        if (x > Sqrt2HalfM1) {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    double c = 0;
    if (k != 0) {
        double u;
        if (absx < Two53) {
            u = 1.0 + x;
            iu = bits_of(u);
            k = (int64_t)((iu >> 52) - 1023);
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            iu = bits_of(u);
            k = (int64_t)((iu >> 52) - 1023);
            c = 0;
        }
        iu &= FRAC_MASK;
        if (iu < 0x0006a09e667f3bcdull) {
            u = from_bits(iu | 0x3ff0000000000000ull);
        } else {
            k++;
            u = from_bits(iu | 0x3fe0000000000000ull);
            iu = (0x0010000000000000ull - iu) >> 2;
        }
        f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    double dk = (double)k;
    if (iu == 0) {
        if (f == 0) {
            if (k == 0) {
                return 0;
            }
            c += dk * LN2_LO;
            return dk * LN2_HI + c;
        }
        double R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0) {
            return f - R;
        }
        return dk * LN2_HI - ((R - (dk * LN2_LO + c)) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double R =
        z * (LOG_L1 +
             z * (LOG_L2 + z * (LOG_L3 + z * (LOG_L4 + z * (LOG_L5 + z * (LOG_L6 + z * LOG_L7))))));
    if (k == 0) {
        return f - (hfsq - s * (hfsq + R));
    }
    return dk * LN2_HI - ((hfsq - (s * (hfsq + R) + (dk * LN2_LO + c))) - f);
}

/* ---- powers and roots ---- */

static bool is_odd_int(double x) {
    double xi, xf;
    go_modf(x, &xi, &xf);
    /* Go's int64(xi) is even (the minimum int64) past the int64 range. */
    return xf == 0 && go_abs(xi) < 0x1p63 && ((int64_t)xi & 1);
}

static double go_pow(double x, double y) {
    if (y == 0 || x == 1) {
        return 1;
    }
    if (y == 1) {
        return x;
    }
    if (x != x || y != y) {
        return go_nan();
    }
    if (x == 0) {
        if (y < 0) {
            return is_odd_int(y) ? go_copysign(go_inf(1), x) : go_inf(1);
        }
        return is_odd_int(y) ? x : 0; /* y > 0 */
    }
    if (is_inf(y)) {
        if (x == -1) {
            return 1;
        }
        return (go_abs(x) < 1) == (y > 0) ? 0 : go_inf(1);
    }
    if (is_inf(x)) {
        if (x < 0) {
            return go_pow(1 / x, -y);
        }
        return y < 0 ? 0 : go_inf(1);
    }
    if (y == 0.5) {
        return sqrt(x);
    }
    if (y == -0.5) {
        return 1 / sqrt(x);
    }
    double yi, yf;
    go_modf(go_abs(y), &yi, &yf);
    if (yf != 0 && x < 0) {
        return go_nan();
    }
    if (yi >= 0x1p63) {
        if (x == -1) {
            return 1;
        }
        return (go_abs(x) < 1) == (y > 0) ? 0 : go_inf(1);
    }
    /* x**y = x**yf * x**yi, the integer power by squaring with the exponent kept apart. */
    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = go_exp(yf * go_log(x));
    }
    int64_t xe;
    double x1 = go_frexp(x, &xe);
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe;
            break;
        }
        if (i & 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe *= 2;
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    return go_ldexp(a1, ae);
}

static double go_cbrt(double x) {
    const uint64_t B1 = 715094163, B2 = 696219795;
    const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                 E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                 G = 3.57142857142857150787e-01;
    if (x == 0 || x != x || is_inf(x)) {
        return x;
    }
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    /* A first guess from the exponent bits, then a rational step and a Newton step. */
    double t = from_bits(bits_of(x) / 3 + (B1 << 32));
    if (x < 0x1p-1022) {
        t = 0x1p54;
        t *= x;
        t = from_bits(bits_of(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = from_bits((bits_of(t) & (0xFFFFFFFFCull << 28)) + (1ull << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return sign ? -t : t;
}

/* Go's amd64 assembly: max * sqrt(1 + (min/max)**2). */
static double go_hypot(double p, double q) {
    uint64_t bp = bits_of(p) & ~SIGN_BIT, bq = bits_of(q) & ~SIGN_BIT;
    if (bp >= INF_BITS || bq >= INF_BITS) {
        return bp == INF_BITS || bq == INF_BITS ? go_inf(1) : go_nan();
    }
    if ((bp | bq) == 0) {
        return 0;
    }
    p = from_bits(bp);
    q = from_bits(bq);
    double hi = p > q ? p : q, lo = p > q ? q : p;
    lo /= hi;
    lo *= lo;
    lo += 1.0;
    return hi * sqrt(lo);
}

static double go_mod(double x, double y) {
    if (y == 0 || is_inf(x) || x != x || y != y) {
        return go_nan();
    }
    return fmod(x, y); /* exact, as Go's shift-and-subtract loop is */
}

static double go_remainder(double x, double y) {
    const double Tiny = 4.45014771701440276618e-308, HalfMax = DBL_MAX / 2;
    if (x != x || y != y || is_inf(x) || y == 0) {
        return go_nan();
    }
    if (is_inf(y)) {
        return x;
    }
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (y < 0) {
        y = -y;
    }
    if (x == y) {
        return sign ? -0.0 : 0.0;
    }
    if (y <= HalfMax) {
        x = go_mod(x, y + y);
    }
    if (y < Tiny) {
        if (x + x > y) {
            x -= y;
            if (x + x >= y) {
                x -= y;
            }
        }
    } else {
        double y_half = 0.5 * y;
        if (x > y_half) {
            x -= y;
            if (x >= y_half) {
                x -= y;
            }
        }
    }
    return sign ? -x : x;
}

/* ---- trigonometry (Cephes, as Go has it) ---- */

#define PI4A 7.85398125648498535156e-1
#define PI4B 3.77489470793079817668e-8
#define PI4C 2.69515142907905952645e-15
#define FOUR_OVER_PI 0x1.45f306dc9c883p+0
#define PI_OVER_2 0x1.921fb54442d18p+0
#define PI_OVER_4 0x1.921fb54442d18p-1
#define THREE_PI_OVER_4 0x1.2d97c7f3321d2p+1
#define REDUCE_THRESHOLD 0x1p29

static const double sin_coef[] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
static const double cos_coef[] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9,  -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};

/* The bits of 4/Pi, for reducing huge arguments (Payne-Hanek). */
static const uint64_t four_over_pi_bits[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

/* x mod Pi/4 for x >= 2**29: *j gets the octant, the result the remainder. */
static double trig_reduce(double x, uint64_t *j) {
    if (x < PI_OVER_4) {
        *j = 0;
        return x;
    }
    uint64_t ix = bits_of(x);
    int exp = (int)((ix >> 52) & EXP_MASK) - 1023 - 52;
    ix &= ~(EXP_MASK << 52);
    ix |= 1ull << 52;
    unsigned digit = (unsigned)(exp + 61) / 64, bitshift = (unsigned)(exp + 61) % 64;
    const uint64_t *m = four_over_pi_bits;
    uint64_t z0 = shl(m[digit], bitshift) | shr(m[digit + 1], 64 - bitshift);
    uint64_t z1 = shl(m[digit + 1], bitshift) | shr(m[digit + 2], 64 - bitshift);
    uint64_t z2 = shl(m[digit + 2], bitshift) | shr(m[digit + 3], 64 - bitshift);
    uint64_t z2hi = (uint64_t)(((unsigned __int128)z2 * ix) >> 64);
    unsigned __int128 p1 = (unsigned __int128)z1 * ix;
    uint64_t z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
    uint64_t z0lo = z0 * ix;
    uint64_t lo = z1lo + z2hi;
    uint64_t hi = z0lo + z1hi + (lo < z1lo);
    *j = hi >> 61;
    hi = hi << 3 | lo >> 61;
    unsigned lz = hi ? (unsigned)__builtin_clzll(hi) : 64;
    uint64_t e = (uint64_t)(1023 - (int)(lz + 1));
    hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
    hi >>= 64 - 52;
    hi |= e << 52;
    double z = from_bits(hi);
    if (*j & 1) {
        *j = (*j + 1) & 7;
        z--;
    }
    return z * PI_OVER_4;
}

/* The octant j and the remainder z of x >= 0 (Cody-Waite below 2**29). */
static double trig_octant(double x, uint64_t *j, bool mod8) {
    if (x >= REDUCE_THRESHOLD) {
        return trig_reduce(x, j);
    }
    *j = (uint64_t)(x * FOUR_OVER_PI);
    double y = (double)*j;
    if (*j & 1) {
        (*j)++;
        y++;
    }
    if (mod8) {
        *j &= 7;
    }
    return ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

static double sin_poly(double z, double zz) {
    const double *s = sin_coef;
    return z +
           z * zz * ((((((s[0] * zz) + s[1]) * zz + s[2]) * zz + s[3]) * zz + s[4]) * zz + s[5]);
}

static double cos_poly(double zz) {
    const double *c = cos_coef;
    return 1.0 - 0.5 * zz +
           zz * zz * ((((((c[0] * zz) + c[1]) * zz + c[2]) * zz + c[3]) * zz + c[4]) * zz + c[5]);
}

static double go_sin(double x) {
    if (x == 0 || x != x) {
        return x;
    }
    if (is_inf(x)) {
        return go_nan();
    }
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    uint64_t j;
    double z = trig_octant(x, &j, true);
    if (j > 3) {
        sign = !sign;
        j -= 4;
    }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
    return sign ? -y : y;
}

static double go_cos(double x) {
    if (x != x || is_inf(x)) {
        return go_nan();
    }
    bool sign = false;
    x = go_abs(x);
    uint64_t j;
    double z = trig_octant(x, &j, true);
    if (j > 3) {
        j -= 4;
        sign = !sign;
    }
    if (j > 1) {
        sign = !sign;
    }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
    return sign ? -y : y;
}

static double go_tan(double x) {
    static const double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6,
                               -1.79565251976484877988e7};
    static const double Q[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                               2.50083801823357915839e7, -5.38695755929454629881e7};
    if (x == 0 || x != x) {
        return x;
    }
    if (is_inf(x)) {
        return go_nan();
    }
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    uint64_t j;
    double z = trig_octant(x, &j, false);
    double zz = z * z;
    double y;
    if (zz > 1e-14) {
        y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) /
                     ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
    } else {
        y = z;
    }
    if (j & 2) {
        y = -1 / y;
    }
    return sign ? -y : y;
}

/* atan on [0, 0.66] (a rational approximation). */
static double xatan(double x) {
    const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                 P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                 P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                 Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                 Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) /
        (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    return x * z + x;
}

/* atan of x >= 0, reduced to [0, 0.66]. */
static double satan(double x) {
    const double Morebits = 6.123233995736765886130e-17, Tan3pio8 = 2.41421356237309504880;
    if (x <= 0.66) {
        return xatan(x);
    }
    if (x > Tan3pio8) {
        return PI_OVER_2 - xatan(1 / x) + Morebits;
    }
    return PI_OVER_4 + xatan((x - 1) / (x + 1)) + 0x1.1a62633145c07p-55; /* 0.5*Morebits */
}

static double go_atan(double x) {
    if (x == 0) {
        return x;
    }
    return x > 0 ? satan(x) : -satan(-x);
}

static double go_asin(double x) {
    if (x == 0) {
        return x;
    }
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x > 1) {
        return go_nan();
    }
    double temp = sqrt(1 - x * x);
    temp = x > 0.7 ? PI_OVER_2 - satan(temp / x) : satan(x / temp);
    return sign ? -temp : temp;
}

static double go_acos(double x) {
    return PI_OVER_2 - go_asin(x);
}

static double go_atan2(double y, double x) {
    if (y != y || x != x) {
        return go_nan();
    }
    if (y == 0) {
        return x >= 0 && !(bits_of(x) & SIGN_BIT) ? go_copysign(0, y) : go_copysign(GO_PI, y);
    }
    if (x == 0) {
        return go_copysign(PI_OVER_2, y);
    }
    if (is_inf(x)) {
        if (x > 0) {
            return go_copysign(is_inf(y) ? PI_OVER_4 : 0, y);
        }
        return go_copysign(is_inf(y) ? THREE_PI_OVER_4 : GO_PI, y);
    }
    if (is_inf(y)) {
        return go_copysign(PI_OVER_2, y);
    }
    double q = go_atan(y / x);
    if (x < 0) {
        return q <= 0 ? q + GO_PI : q - GO_PI;
    }
    return q;
}

/* ---- hyperbolic functions ---- */

static double go_sinh(double x) {
    const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                 P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                 Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                 Q2 = -0.173678953558233699533450911e+3;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x > 21) {
        temp = go_exp(x) * 0.5;
    } else if (x > 0.5) {
        double ex = go_exp(x);
        temp = (ex - 1 / ex) * 0.5;
    } else {
        double sq = x * x;
        temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
    }
    return sign ? -temp : temp;
}

static double go_cosh(double x) {
    x = go_abs(x);
    if (x > 21) {
        return go_exp(x) * 0.5;
    }
    double ex = go_exp(x);
    return (ex + 1 / ex) * 0.5;
}

static double go_tanh(double x) {
    static const double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1,
                               -1.61468768441708447952e3};
    static const double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3,
                               4.84406305325125486048e3};
    const double MAXLOG = 8.8029691931113054295988e+01;
    double z = go_abs(x);
    if (z > 0.5 * MAXLOG) {
        return x < 0 ? -1 : 1;
    }
    if (z >= 0.625) {
        double s = go_exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0) {
        return x;
    }
    double s = x * x;
    return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

static double go_asinh(double x) {
    const double Ln2 = 6.93147180559945286227e-01, NearZero = 0x1p-28, Large = 0x1p28;
    if (x != x || is_inf(x)) {
        return x;
    }
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x > Large) {
        temp = go_log(x) + Ln2;
    } else if (x > 2) {
        temp = go_log(2 * x + 1 / (sqrt(x * x + 1) + x));
    } else if (x < NearZero) {
        temp = x;
    } else {
        temp = go_log1p(x + x * x / (1 + sqrt(1 + x * x)));
    }
    return sign ? -temp : temp;
}

static double go_acosh(double x) {
    if (x < 1 || x != x) {
        return go_nan();
    }
    if (x == 1) {
        return 0;
    }
    if (x >= 0x1p28) {
        return go_log(x) + GO_LN2;
    }
    if (x > 2) {
        return go_log(2 * x - 1 / (x + sqrt(x * x - 1)));
    }
    double t = x - 1;
    return go_log1p(t + sqrt(2 * t + t * t));
}

static double go_atanh(double x) {
    if (x < -1 || x > 1 || x != x) {
        return go_nan();
    }
    if (x == 1) {
        return go_inf(1);
    }
    if (x == -1) {
        return go_inf(-1);
    }
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x < 0x1p-28) {
        temp = x;
    } else if (x < 0.5) {
        temp = x + x;
        temp = 0.5 * go_log1p(temp + temp * x / (1 - x));
    } else {
        temp = 0.5 * go_log1p((x + x) / (1 - x));
    }
    return sign ? -temp : temp;
}

/* ---- rounding ---- */

static double go_round(double x) {
    uint64_t b = bits_of(x);
    uint64_t e = (b >> 52) & EXP_MASK;
    if (e < 1023) {
        b &= SIGN_BIT;
        if (e == 1022) {
            b |= 0x3ff0000000000000ull;
        }
    } else if (e < 1023 + 52) {
        e -= 1023;
        b += (1ull << 51) >> e;
        b &= ~(FRAC_MASK >> e);
    }
    return from_bits(b);
}

static double go_round_to_even(double x) {
    uint64_t b = bits_of(x);
    uint64_t e = (b >> 52) & EXP_MASK;
    if (e >= 1023) {
        e -= 1023;
        /* e >= 52: the shifts leave b alone, as Go's do */
        b += shr(((1ull << 51) - 1) + (shr(b, (unsigned)(52 - e)) & 1), (unsigned)e);
        b &= ~shr(FRAC_MASK, (unsigned)e);
    } else if (e == 1022 && (b & FRAC_MASK)) {
        b = (b & SIGN_BIT) | 0x3ff0000000000000ull;
    } else {
        b &= SIGN_BIT;
    }
    return from_bits(b);
}

/* ---- natives ---- */

#define F1(name, expr)                                                                             \
    static void name(G *g, Slot *a) {                                                              \
        double x = a[0].f;                                                                         \
        a[0].f = (expr);                                                                           \
    }
#define F2(name, expr)                                                                             \
    static void name(G *g, Slot *a) {                                                              \
        double x = a[0].f, y = a[1].f;                                                             \
        a[0].f = (expr);                                                                           \
    }

F1(m_abs, go_abs(x))
F1(m_ceil, ceil(x))
F1(m_floor, floor(x))
F1(m_trunc, trunc(x))
F1(m_round, go_round(x))
F1(m_round_to_even, go_round_to_even(x))
F1(m_sqrt, sqrt(x))
F1(m_cbrt, go_cbrt(x))
F2(m_pow, go_pow(x, y))
F1(m_exp, go_exp(x))
F1(m_exp2, go_exp2(x))
F1(m_expm1, go_expm1(x))
F1(m_log, go_log(x))
F1(m_log2, go_log2(x))
F1(m_log10, go_log10(x))
F1(m_log1p, go_log1p(x))
F2(m_mod, go_mod(x, y))
F2(m_remainder, go_remainder(x, y))
F2(m_hypot, go_hypot(x, y))
F1(m_sin, go_sin(x))
F1(m_cos, go_cos(x))
F1(m_tan, go_tan(x))
F1(m_asin, go_asin(x))
F1(m_acos, go_acos(x))
F1(m_atan, go_atan(x))
F2(m_atan2, go_atan2(x, y))
F1(m_sinh, go_sinh(x))
F1(m_cosh, go_cosh(x))
F1(m_tanh, go_tanh(x))
F1(m_asinh, go_asinh(x))
F1(m_acosh, go_acosh(x))
F1(m_atanh, go_atanh(x))
F2(m_copysign, go_copysign(x, y))
F2(m_dim, x - y <= 0 ? 0 : x - y)
F1(m_logb, x == 0 ? go_inf(-1) : is_inf(x) ? go_inf(1) : x != x ? x : (double)ilogb_finite(x))

static void m_fma(G *g, Slot *a) {
    a[0].f = fma(a[0].f, a[1].f, a[2].f);
}

/* Go's Max and Min: +Inf (-Inf) wins over NaN, then NaN, then +0 over -0 (-0 over +0). */
static void m_max(G *g, Slot *a) {
    double x = a[0].f, y = a[1].f;
    if (x == go_inf(1) || y == go_inf(1)) {
        a[0].f = go_inf(1);
    } else if (x != x || y != y) {
        a[0].f = go_nan();
    } else if (x == 0 && x == y) {
        a[0].f = (bits_of(x) & SIGN_BIT) ? y : x;
    } else {
        a[0].f = x > y ? x : y;
    }
}

static void m_min(G *g, Slot *a) {
    double x = a[0].f, y = a[1].f;
    if (x == go_inf(-1) || y == go_inf(-1)) {
        a[0].f = go_inf(-1);
    } else if (x != x || y != y) {
        a[0].f = go_nan();
    } else if (x == 0 && x == y) {
        a[0].f = (bits_of(x) & SIGN_BIT) ? x : y;
    } else {
        a[0].f = x < y ? x : y;
    }
}

/* Frexp(f float64) (frac float64, exp int) */
static void m_frexp(G *g, Slot *a) {
    int64_t exp;
    a[0].f = go_frexp(a[0].f, &exp);
    a[1].i = exp;
}

/* Ldexp(frac float64, exp int) float64 */
static void m_ldexp(G *g, Slot *a) {
    a[0].f = go_ldexp(a[0].f, a[1].i);
}

/* Modf(f float64) (int float64, frac float64) */
static void m_modf(G *g, Slot *a) {
    double ip, fr;
    go_modf(a[0].f, &ip, &fr);
    a[0].f = ip;
    a[1].f = fr;
}

/* Sincos(x float64) (sin, cos float64) */
static void m_sincos(G *g, Slot *a) {
    double x = a[0].f;
    a[0].f = go_sin(x);
    a[1].f = go_cos(x);
}

static void m_ilogb(G *g, Slot *a) {
    double x = a[0].f;
    a[0].i = x == 0 ? INT32_MIN : (x != x || is_inf(x)) ? INT32_MAX : ilogb_finite(x);
}

static void m_inf(G *g, Slot *a) {
    a[0].f = go_inf(a[0].i >= 0 ? 1 : -1);
}

static void m_nan(G *g, Slot *a) {
    a[0].f = go_nan();
}

static void m_is_nan(G *g, Slot *a) {
    a[0].i = a[0].f != a[0].f;
}

static void m_is_inf(G *g, Slot *a) {
    double f = a[0].f;
    int64_t sign = a[1].i;
    a[0].i = (sign >= 0 && f > DBL_MAX) || (sign <= 0 && f < -DBL_MAX);
}

static void m_signbit(G *g, Slot *a) {
    a[0].i = (bits_of(a[0].f) & SIGN_BIT) != 0;
}

/* Float64bits and Float64frombits: a slot holds the same 64 bits either way. */
static void m_same_bits(G *g, Slot *a) {}

static void m_float32bits(G *g, Slot *a) {
    float f = (float)a[0].f;
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    a[0].u = u;
}

static void m_float32frombits(G *g, Slot *a) {
    uint32_t u = (uint32_t)a[0].u;
    float f;
    memcpy(&f, &u, sizeof f);
    a[0].f = f;
}

static void m_nextafter(G *g, Slot *a) {
    double x = a[0].f, y = a[1].f;
    if (x != x || y != y) {
        a[0].f = go_nan();
    } else if (x == y) {
        a[0].f = x;
    } else if (x == 0) {
        a[0].f = go_copysign(from_bits(1), y);
    } else if ((y > x) == (x > 0)) {
        a[0].f = from_bits(bits_of(x) + 1);
    } else {
        a[0].f = from_bits(bits_of(x) - 1);
    }
}

static void m_nextafter32(G *g, Slot *a) {
    float x = (float)a[0].f, y = (float)a[1].f, r;
    uint32_t u;
    memcpy(&u, &x, sizeof u);
    if (x != x || y != y) {
        r = (float)go_nan();
    } else if (x == y) {
        r = x;
    } else if (x == 0) {
        uint32_t one = 1;
        memcpy(&r, &one, sizeof r);
        r = (float)go_copysign(r, y);
    } else {
        u = (y > x) == (x > 0) ? u + 1 : u - 1;
        memcpy(&r, &u, sizeof r);
    }
    a[0].f = r;
}

static void m_pow10(G *g, Slot *a) {
    static const double tab[] = {1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10,
                                 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
                                 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
    static const double pos32[] = {1e00,  1e32,  1e64,  1e96,  1e128,
                                   1e160, 1e192, 1e224, 1e256, 1e288};
    static const double neg32[] = {1e-00,  1e-32,  1e-64,  1e-96,  1e-128, 1e-160,
                                   1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
    int64_t n = a[0].i;
    if (n >= 0 && n <= 308) {
        a[0].f = pos32[n / 32] * tab[n % 32];
    } else if (n >= -323 && n <= 0) {
        a[0].f = neg32[-n / 32] / tab[-n % 32];
    } else {
        a[0].f = n > 0 ? go_inf(1) : 0;
    }
}

const NativeFunc lib_math_funcs[] = {
    {"Abs(x float64) float64", m_abs},
    {"Ceil(x float64) float64", m_ceil},
    {"Floor(x float64) float64", m_floor},
    {"Trunc(x float64) float64", m_trunc},
    {"Round(x float64) float64", m_round},
    {"RoundToEven(x float64) float64", m_round_to_even},
    {"Sqrt(x float64) float64", m_sqrt},
    {"Cbrt(x float64) float64", m_cbrt},
    {"Pow(x, y float64) float64", m_pow},
    {"Pow10(n int) float64", m_pow10},
    {"Exp(x float64) float64", m_exp},
    {"Exp2(x float64) float64", m_exp2},
    {"Expm1(x float64) float64", m_expm1},
    {"Log(x float64) float64", m_log},
    {"Log2(x float64) float64", m_log2},
    {"Log10(x float64) float64", m_log10},
    {"Log1p(x float64) float64", m_log1p},
    {"Logb(x float64) float64", m_logb},
    {"Ilogb(x float64) int", m_ilogb},
    {"Mod(x, y float64) float64", m_mod},
    {"Modf(f float64) (float64, float64)", m_modf},
    {"Remainder(x, y float64) float64", m_remainder},
    {"Frexp(f float64) (frac float64, exp int)", m_frexp},
    {"Ldexp(frac float64, exp int) float64", m_ldexp},
    {"Max(x, y float64) float64", m_max},
    {"Min(x, y float64) float64", m_min},
    {"Dim(x, y float64) float64", m_dim},
    {"FMA(x, y, z float64) float64", m_fma},
    {"Inf(sign int) float64", m_inf},
    {"NaN() float64", m_nan},
    {"IsNaN(f float64) (is bool)", m_is_nan},
    {"IsInf(f float64, sign int) bool", m_is_inf},
    {"Signbit(x float64) bool", m_signbit},
    {"Copysign(f, sign float64) float64", m_copysign},
    {"Nextafter(x, y float64) (r float64)", m_nextafter},
    {"Nextafter32(x, y float32) (r float32)", m_nextafter32},
    {"Hypot(p, q float64) float64", m_hypot},
    {"Sin(x float64) float64", m_sin},
    {"Cos(x float64) float64", m_cos},
    {"Sincos(x float64) (sin, cos float64)", m_sincos},
    {"Tan(x float64) float64", m_tan},
    {"Asin(x float64) float64", m_asin},
    {"Acos(x float64) float64", m_acos},
    {"Atan(x float64) float64", m_atan},
    {"Atan2(y, x float64) float64", m_atan2},
    {"Sinh(x float64) float64", m_sinh},
    {"Cosh(x float64) float64", m_cosh},
    {"Tanh(x float64) float64", m_tanh},
    {"Asinh(x float64) float64", m_asinh},
    {"Acosh(x float64) float64", m_acosh},
    {"Atanh(x float64) float64", m_atanh},
    {"Float64bits(f float64) uint64", m_same_bits},
    {"Float64frombits(b uint64) float64", m_same_bits},
    {"Float32bits(f float32) uint32", m_float32bits},
    {"Float32frombits(b uint32) float32", m_float32frombits},
    {NULL, NULL},
};
