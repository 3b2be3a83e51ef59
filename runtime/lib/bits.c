/* bits.c — the natives of math/bits: the 64-bit primitives, on compiler builtins and
 * 128-bit arithmetic; the other widths are Go (runtime/std/math_bits.go).
 */
#include "../native.h"

/* Len64(x uint64) int: bits needed to represent x (0 for 0). */
static void bits_len64(G *g, Slot *a) {
    a[0].i = a[0].u ? 64 - __builtin_clzll(a[0].u) : 0;
}

/* TrailingZeros64(x uint64) int (64 for 0) */
static void bits_trailing_zeros64(G *g, Slot *a) {
    a[0].i = a[0].u ? __builtin_ctzll(a[0].u) : 64;
}

/* OnesCount64(x uint64) int */
static void bits_ones_count64(G *g, Slot *a) {
    a[0].i = __builtin_popcountll(a[0].u);
}

/* Reverse64(x uint64) uint64: the bits in reverse order. */
static void bits_reverse64(G *g, Slot *a) {
    uint64_t x = a[0].u;
    x = (x >> 1 & 0x5555555555555555u) | (x & 0x5555555555555555u) << 1;
    x = (x >> 2 & 0x3333333333333333u) | (x & 0x3333333333333333u) << 2;
    x = (x >> 4 & 0x0f0f0f0f0f0f0f0fu) | (x & 0x0f0f0f0f0f0f0f0fu) << 4;
    a[0].u = __builtin_bswap64(x);
}

/* ReverseBytes64(x uint64) uint64 */
static void bits_reverse_bytes64(G *g, Slot *a) {
    a[0].u = __builtin_bswap64(a[0].u);
}

/* Mul64(x, y uint64) (hi, lo uint64) */
static void bits_mul64(G *g, Slot *a) {
    unsigned __int128 p = (unsigned __int128)a[0].u * a[1].u;
    a[0].u = (uint64_t)(p >> 64);
    a[1].u = (uint64_t)p;
}

/* Div64(hi, lo, y uint64) (quo, rem uint64): panics as Go's does when y == 0 or the
 * quotient does not fit (y <= hi). */
static void bits_div64(G *g, Slot *a) {
    uint64_t hi = a[0].u, lo = a[1].u, y = a[2].u;
    if (y == 0) {
        rt_panic_runtime(g, "integer divide by zero");
        return;
    }
    if (y <= hi) {
        rt_panic_runtime(g, "integer overflow");
        return;
    }
    unsigned __int128 z = (unsigned __int128)hi << 64 | lo;
    a[0].u = (uint64_t)(z / y);
    a[1].u = (uint64_t)(z % y);
}

const NativeFunc lib_bits_funcs[] = {
    {"Len64(x uint64) int", bits_len64},
    {"TrailingZeros64(x uint64) int", bits_trailing_zeros64},
    {"OnesCount64(x uint64) int", bits_ones_count64},
    {"Reverse64(x uint64) uint64", bits_reverse64},
    {"ReverseBytes64(x uint64) uint64", bits_reverse_bytes64},
    {"Mul64(x, y uint64) (hi, lo uint64)", bits_mul64},
    {"Div64(hi, lo, y uint64) (quo, rem uint64)", bits_div64},
    {NULL, NULL},
};
