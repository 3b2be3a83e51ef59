/* sort.c — the natives of package sort, which slices shares (sort.h): pdqsort on the slots
 * of []int, []float64 and []string, and the swapper sort.Slice uses on a slice held in an
 * `any`. The rest of sort is Go (runtime/std/sort.go).
 *
 * The C sort is Go's pattern-defeating quicksort step for step (pivot choice, pattern
 * breaking, cut-offs), like the Go versions in runtime/std/sort.go: for ints and strings any
 * correct sort would print the same, but floats have elements that compare equal and still
 * print differently (-0 and 0, NaNs), and they must land where Go puts them.
 */
#include "sort.h"

#include <math.h>
#include <string.h>

/* pdqsort on slots.
 *
 * DEFINE_PDQSORT(P, T, LESS) defines P_sort(T *d, int64_t n), Go's pdqsort over n elements
 * of type T ordered by LESS(x, y) (x strictly before y). Each step mirrors the Go version
 * in runtime/std/sort.go, whose comments explain it; only the insertion sort moves
 * elements by shifting instead of swapping, which ends in the same arrangement. */

enum { HINT_UNKNOWN, HINT_INCREASING, HINT_DECREASING };

static int bit_len(uint64_t n) {
    int b = 0;
    for (; n != 0; n >>= 1) {
        b++;
    }
    return b;
}

#define DEFINE_PDQSORT(P, T, LESS)                                                                 \
    static inline void P##_swap(T *d, int64_t i, int64_t j) {                                      \
        T t = d[i];                                                                                \
        d[i] = d[j];                                                                               \
        d[j] = t;                                                                                  \
    }                                                                                              \
                                                                                                   \
    static void P##_insertion(T *d, int64_t a, int64_t b) {                                        \
        for (int64_t i = a + 1; i < b; i++) {                                                      \
            T x = d[i];                                                                            \
            int64_t j = i;                                                                         \
            for (; j > a && LESS(x, d[j - 1]); j--) {                                              \
                d[j] = d[j - 1];                                                                   \
            }                                                                                      \
            d[j] = x;                                                                              \
        }                                                                                          \
    }                                                                                              \
                                                                                                   \
    static void P##_sift_down(T *d, int64_t lo, int64_t hi, int64_t first) {                       \
        int64_t root = lo;                                                                         \
        for (;;) {                                                                                 \
            int64_t child = 2 * root + 1;                                                          \
            if (child >= hi) {                                                                     \
                return;                                                                            \
            }                                                                                      \
            if (child + 1 < hi && LESS(d[first + child], d[first + child + 1])) {                  \
                child++;                                                                           \
            }                                                                                      \
            if (!LESS(d[first + root], d[first + child])) {                                        \
                return;                                                                            \
            }                                                                                      \
            P##_swap(d, first + root, first + child);                                              \
            root = child;                                                                          \
        }                                                                                          \
    }                                                                                              \
                                                                                                   \
    static void P##_heap_sort(T *d, int64_t a, int64_t b) {                                        \
        int64_t n = b - a;                                                                         \
        for (int64_t i = (n - 1) / 2; i >= 0; i--) {                                               \
            P##_sift_down(d, i, n, a);                                                             \
        }                                                                                          \
        for (int64_t i = n - 1; i >= 0; i--) {                                                     \
            P##_swap(d, a, a + i);                                                                 \
            P##_sift_down(d, 0, i, a);                                                             \
        }                                                                                          \
    }                                                                                              \
                                                                                                   \
    static int64_t P##_partition(T *d, int64_t a, int64_t b, int64_t pivot, bool *already) {       \
        P##_swap(d, a, pivot);                                                                     \
        int64_t i = a + 1, j = b - 1;                                                              \
        while (i <= j && LESS(d[i], d[a])) {                                                       \
            i++;                                                                                   \
        }                                                                                          \
        while (i <= j && !LESS(d[j], d[a])) {                                                      \
            j--;                                                                                   \
        }                                                                                          \
        if (i > j) {                                                                               \
            P##_swap(d, j, a);                                                                     \
            *already = true;                                                                       \
            return j;                                                                              \
        }                                                                                          \
        P##_swap(d, i, j);                                                                         \
        i++;                                                                                       \
        j--;                                                                                       \
        for (;;) {                                                                                 \
            while (i <= j && LESS(d[i], d[a])) {                                                   \
                i++;                                                                               \
            }                                                                                      \
            while (i <= j && !LESS(d[j], d[a])) {                                                  \
                j--;                                                                               \
            }                                                                                      \
            if (i > j) {                                                                           \
                break;                                                                             \
            }                                                                                      \
            P##_swap(d, i, j);                                                                     \
            i++;                                                                                   \
            j--;                                                                                   \
        }                                                                                          \
        P##_swap(d, j, a);                                                                         \
        *already = false;                                                                          \
        return j;                                                                                  \
    }                                                                                              \
                                                                                                   \
    static int64_t P##_partition_equal(T *d, int64_t a, int64_t b, int64_t pivot) {                \
        P##_swap(d, a, pivot);                                                                     \
        int64_t i = a + 1, j = b - 1;                                                              \
        for (;;) {                                                                                 \
            while (i <= j && !LESS(d[a], d[i])) {                                                  \
                i++;                                                                               \
            }                                                                                      \
            while (i <= j && LESS(d[a], d[j])) {                                                   \
                j--;                                                                               \
            }                                                                                      \
            if (i > j) {                                                                           \
                return i;                                                                          \
            }                                                                                      \
            P##_swap(d, i, j);                                                                     \
            i++;                                                                                   \
            j--;                                                                                   \
        }                                                                                          \
    }                                                                                              \
                                                                                                   \
    static bool P##_partial_insertion(T *d, int64_t a, int64_t b) {                                \
        int64_t i = a + 1;                                                                         \
        for (int step = 0; step < 5; step++) {                                                     \
            while (i < b && !LESS(d[i], d[i - 1])) {                                               \
                i++;                                                                               \
            }                                                                                      \
            if (i == b) {                                                                          \
                return true;                                                                       \
            }                                                                                      \
            if (b - a < 50) {                                                                      \
                return false;                                                                      \
            }                                                                                      \
            P##_swap(d, i, i - 1);                                                                 \
            if (i - a >= 2) {                                                                      \
                for (int64_t j = i - 1; j >= 1 && LESS(d[j], d[j - 1]); j--) {                     \
                    P##_swap(d, j, j - 1);                                                         \
                }                                                                                  \
            }                                                                                      \
            if (b - i >= 2) {                                                                      \
                for (int64_t j = i + 1; j < b && LESS(d[j], d[j - 1]); j++) {                      \
                    P##_swap(d, j, j - 1);                                                         \
                }                                                                                  \
            }                                                                                      \
        }                                                                                          \
        return false;                                                                              \
    }                                                                                              \
                                                                                                   \
    static void P##_break_patterns(T *d, int64_t a, int64_t b) {                                   \
        int64_t n = b - a;                                                                         \
        if (n < 8) {                                                                               \
            return;                                                                                \
        }                                                                                          \
        uint64_t r = (uint64_t)n;                                                                  \
        uint64_t mask = ((uint64_t)1 << bit_len((uint64_t)n)) - 1;                                 \
        for (int64_t idx = a + n / 4 * 2 - 1; idx <= a + n / 4 * 2 + 1; idx++) {                   \
            r ^= r << 13;                                                                          \
            r ^= r >> 17;                                                                          \
            r ^= r << 5;                                                                           \
            int64_t other = (int64_t)(r & mask);                                                   \
            if (other >= n) {                                                                      \
                other -= n;                                                                        \
            }                                                                                      \
            P##_swap(d, idx, a + other);                                                           \
        }                                                                                          \
    }                                                                                              \
                                                                                                   \
    static int64_t P##_median(T *d, int64_t a, int64_t b, int64_t c, int *swaps) {                 \
        if (LESS(d[b], d[a])) {                                                                    \
            (*swaps)++;                                                                            \
            int64_t t = a;                                                                         \
            a = b;                                                                                 \
            b = t;                                                                                 \
        }                                                                                          \
        if (LESS(d[c], d[b])) {                                                                    \
            (*swaps)++;                                                                            \
            b = c;                                                                                 \
        }                                                                                          \
        if (LESS(d[b], d[a])) {                                                                    \
            (*swaps)++;                                                                            \
            b = a;                                                                                 \
        }                                                                                          \
        return b;                                                                                  \
    }                                                                                              \
                                                                                                   \
    static int64_t P##_choose_pivot(T *d, int64_t a, int64_t b, int *hint) {                       \
        int64_t n = b - a;                                                                         \
        int swaps = 0;                                                                             \
        int64_t i = a + n / 4, j = a + n / 4 * 2, k = a + n / 4 * 3;                               \
        if (n >= 8) {                                                                              \
            if (n >= 50) {                                                                         \
                i = P##_median(d, i - 1, i, i + 1, &swaps);                                        \
                j = P##_median(d, j - 1, j, j + 1, &swaps);                                        \
                k = P##_median(d, k - 1, k, k + 1, &swaps);                                        \
            }                                                                                      \
            j = P##_median(d, i, j, k, &swaps);                                                    \
        }                                                                                          \
        *hint = swaps == 0 ? HINT_INCREASING : swaps == 12 ? HINT_DECREASING : HINT_UNKNOWN;       \
        return j;                                                                                  \
    }                                                                                              \
                                                                                                   \
    static void P##_pdqsort(T *d, int64_t a, int64_t b, int limit) {                               \
        bool balanced = true, partitioned = true;                                                  \
        for (;;) {                                                                                 \
            int64_t n = b - a;                                                                     \
            if (n <= 12) {                                                                         \
                P##_insertion(d, a, b);                                                            \
                return;                                                                            \
            }                                                                                      \
            if (limit == 0) {                                                                      \
                P##_heap_sort(d, a, b);                                                            \
                return;                                                                            \
            }                                                                                      \
            if (!balanced) {                                                                       \
                P##_break_patterns(d, a, b);                                                       \
                limit--;                                                                           \
            }                                                                                      \
            int hint;                                                                              \
            int64_t pivot = P##_choose_pivot(d, a, b, &hint);                                      \
            if (hint == HINT_DECREASING) {                                                         \
                for (int64_t i = a, j = b - 1; i < j; i++, j--) {                                  \
                    P##_swap(d, i, j);                                                             \
                }                                                                                  \
                pivot = (b - 1) - (pivot - a);                                                     \
                hint = HINT_INCREASING;                                                            \
            }                                                                                      \
            if (balanced && partitioned && hint == HINT_INCREASING &&                              \
                P##_partial_insertion(d, a, b)) {                                                  \
                return;                                                                            \
            }                                                                                      \
            if (a > 0 && !LESS(d[a - 1], d[pivot])) {                                              \
                a = P##_partition_equal(d, a, b, pivot);                                           \
                continue;                                                                          \
            }                                                                                      \
            int64_t mid = P##_partition(d, a, b, pivot, &partitioned);                             \
            int64_t left = mid - a, right = b - mid;                                               \
            if (left < right) {                                                                    \
                balanced = left >= n / 8;                                                          \
                P##_pdqsort(d, a, mid, limit);                                                     \
                a = mid + 1;                                                                       \
            } else {                                                                               \
                balanced = right >= n / 8;                                                         \
                P##_pdqsort(d, mid + 1, b, limit);                                                 \
                b = mid;                                                                           \
            }                                                                                      \
        }                                                                                          \
    }                                                                                              \
                                                                                                   \
    static void P##_sort(T *d, int64_t n) { P##_pdqsort(d, 0, n, bit_len((uint64_t)n)); }

#define INT_LESS(x, y) ((x).i < (y).i)
#define FLOAT_LESS(x, y) ((x).f < (y).f || (isnan((x).f) && !isnan((y).f)))

/* A string element: (ptr, len) in two slots. */
typedef struct StrElem {
    Slot ptr, len;
} StrElem;

static inline bool str_less(StrElem x, StrElem y) {
    size_t n = (size_t)(x.len.i < y.len.i ? x.len.i : y.len.i);
    int c = n ? memcmp(x.ptr.p, y.ptr.p, n) : 0;
    return c < 0 || (c == 0 && x.len.i < y.len.i);
}
#define STR_LESS(x, y) str_less(x, y)

DEFINE_PDQSORT(ints, Slot, INT_LESS)
DEFINE_PDQSORT(floats, Slot, FLOAT_LESS)
DEFINE_PDQSORT(strs, StrElem, STR_LESS)

/* sortInts(x []int), sortFloat64s(x []float64), sortStrings(x []string) */
void lib_sort_ints(G *g, Slot *a) {
    ints_sort(a[0].p, a[1].i);
}

void lib_sort_float64s(G *g, Slot *a) {
    floats_sort(a[0].p, a[1].i);
}

void lib_sort_strings(G *g, Slot *a) {
    strs_sort(a[0].p, a[1].i);
}

/* reflect's names of kinds, for the Swapper panic. */
static const char *kind_name(Kind k) {
    static const char *const names[] = {
        [KIND_BOOL] = "bool",
        [KIND_INT] = "int",
        [KIND_INT8] = "int8",
        [KIND_INT16] = "int16",
        [KIND_INT32] = "int32",
        [KIND_INT64] = "int64",
        [KIND_UINT] = "uint",
        [KIND_UINT8] = "uint8",
        [KIND_UINT16] = "uint16",
        [KIND_UINT32] = "uint32",
        [KIND_UINT64] = "uint64",
        [KIND_UINTPTR] = "uintptr",
        [KIND_FLOAT32] = "float32",
        [KIND_FLOAT64] = "float64",
        [KIND_COMPLEX64] = "complex64",
        [KIND_COMPLEX128] = "complex128",
        [KIND_STRING] = "string",
        [KIND_UNSAFE_POINTER] = "unsafe.Pointer",
        [KIND_ARRAY] = "array",
        [KIND_SLICE] = "slice",
        [KIND_STRUCT] = "struct",
        [KIND_POINTER] = "ptr",
        [KIND_FUNC] = "func",
        [KIND_INTERFACE] = "interface",
        [KIND_MAP] = "map",
        [KIND_CHAN] = "chan",
    };
    if ((unsigned)k < sizeof names / sizeof names[0] && names[k]) {
        return names[k];
    }
    return "invalid";
}

/* swapperLen(x any) int: the length of the slice x holds; like reflect.Swapper, panics
 * when x holds something else. */
static void sort_swapper_len(G *g, Slot *a) {
    const Type *t = a[0].p;
    if (t == NULL) {
        rt_panic_plain(g, "reflect: call of Swapper on zero Value");
        return;
    }
    if (t->kind != KIND_SLICE) {
        rt_panic_plain(g, "reflect: call of Swapper on %s Value", kind_name(t->kind));
        return;
    }
    const Slot *header = a[1].p; /* a slice is boxed: (ptr, len, cap) */
    a[0].i = header[1].i;
}

/* swapperSwap(x any, i, j int): swaps elements i and j of the slice x holds. */
static void sort_swapper_swap(G *g, Slot *a) {
    const Type *t = a[0].p;
    const Slot *header = a[1].p;
    int64_t i = a[2].i, j = a[3].i, n = header[1].i;
    if (i < 0 || i >= n || j < 0 || j >= n) {
        rt_panic_plain(g, "reflect: slice index out of range");
        return;
    }
    int64_t w = t->elem->slots;
    Slot *x = (Slot *)header[0].p + i * w, *y = (Slot *)header[0].p + j * w;
    for (int64_t k = 0; k < w; k++) {
        Slot s = x[k];
        x[k] = y[k];
        y[k] = s;
    }
}

const NativeFunc lib_sort_funcs[] = {
    {"sortInts(x []int)", lib_sort_ints},
    {"sortFloat64s(x []float64)", lib_sort_float64s},
    {"sortStrings(x []string)", lib_sort_strings},
    {"swapperLen(x any) int", sort_swapper_len},
    {"swapperSwap(x any, i, j int)", sort_swapper_swap},
    {NULL, NULL},
};
