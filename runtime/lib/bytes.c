/* bytes.c — the natives of package bytes: searching and comparing byte slices in place.
 *
 * A []byte is a slice of slots, one byte value (0..255) per slot, so these loops read slots
 * rather than calling memchr/memmem; everything else in bytes is Go
 * (runtime/std/bytes.go). Matches never overlap (Count), as in Go.
 */
#include "../native.h"

/* Do n slots from a hold the same bytes as n slots from b? */
static bool slots_equal(const Slot *a, const Slot *b, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        if (a[i].u != b[i].u) {
            return false;
        }
    }
    return true;
}

/* The first index >= from where sep (m > 0 slots) occurs in s (n slots), or -1. */
static int64_t index_from(const Slot *s, int64_t n, const Slot *sep, int64_t m, int64_t from) {
    uint64_t first = sep[0].u;
    for (int64_t i = from; i + m <= n; i++) {
        if (s[i].u == first && slots_equal(&s[i + 1], &sep[1], m - 1)) {
            return i;
        }
    }
    return -1;
}

/* IndexByte(b []byte, c byte) int */
static void bytes_index_byte(G *g, Slot *a) {
    GoSlice b = rt_slice(a);
    uint64_t c = a[3].u & 0xff;
    int64_t at = -1;
    for (int64_t i = 0; i < b.len; i++) {
        if (b.ptr[i].u == c) {
            at = i;
            break;
        }
    }
    a[0].i = at;
}

/* LastIndexByte(s []byte, c byte) int */
static void bytes_last_index_byte(G *g, Slot *a) {
    GoSlice b = rt_slice(a);
    uint64_t c = a[3].u & 0xff;
    int64_t i = b.len - 1;
    while (i >= 0 && b.ptr[i].u != c) {
        i--;
    }
    a[0].i = i;
}

/* Index(s, sep []byte) int */
static void bytes_index(G *g, Slot *a) {
    GoSlice s = rt_slice(a), sep = rt_slice(a + 3);
    a[0].i = sep.len == 0 ? 0 : index_from(s.ptr, s.len, sep.ptr, sep.len, 0);
}

/* LastIndex(s, sep []byte) int */
static void bytes_last_index(G *g, Slot *a) {
    GoSlice s = rt_slice(a), sep = rt_slice(a + 3);
    int64_t i = s.len - sep.len;
    while (i >= 0 && !slots_equal(&s.ptr[i], sep.ptr, sep.len)) {
        i--;
    }
    a[0].i = i;
}

/* count(s, sep []byte) int: non-overlapping occurrences of a non-empty sep. */
static void bytes_count(G *g, Slot *a) {
    GoSlice s = rt_slice(a), sep = rt_slice(a + 3);
    int64_t n = 0;
    for (int64_t i = index_from(s.ptr, s.len, sep.ptr, sep.len, 0); i >= 0;
         i = index_from(s.ptr, s.len, sep.ptr, sep.len, i + sep.len)) {
        n++;
    }
    a[0].i = n;
}

/* Equal(a, b []byte) bool */
static void bytes_equal(G *g, Slot *a) {
    GoSlice x = rt_slice(a), y = rt_slice(a + 3);
    a[0].i = x.len == y.len && slots_equal(x.ptr, y.ptr, x.len);
}

/* Compare(a, b []byte) int */
static void bytes_compare(G *g, Slot *a) {
    GoSlice x = rt_slice(a), y = rt_slice(a + 3);
    int64_t n = x.len < y.len ? x.len : y.len;
    int64_t r = 0;
    for (int64_t i = 0; i < n && r == 0; i++) {
        r = x.ptr[i].u < y.ptr[i].u ? -1 : x.ptr[i].u > y.ptr[i].u;
    }
    if (r == 0) {
        r = x.len < y.len ? -1 : x.len > y.len;
    }
    a[0].i = r;
}

const NativeFunc lib_bytes_funcs[] = {
    {"IndexByte(b []byte, c byte) int", bytes_index_byte},
    {"LastIndexByte(s []byte, c byte) int", bytes_last_index_byte},
    {"Index(s, sep []byte) int", bytes_index},
    {"LastIndex(s, sep []byte) int", bytes_last_index},
    {"count(s, sep []byte) int", bytes_count},
    {"Equal(a, b []byte) bool", bytes_equal},
    {"Compare(a, b []byte) int", bytes_compare},
    {NULL, NULL},
};
