/* slices.c — the natives of package slices: the pdqsort of package sort (sort.h) on []int,
 * []float64 and []string, and a float's sign bit behind an `any`. The rest of slices is Go
 * (runtime/std/slices.go).
 */
#include "sort.h"

#include <math.h>

/* signbit(x any) bool: x holds a float (of any float type) with its sign bit set. */
static void slices_signbit(G *g, Slot *a) {
    const Type *t = a[0].p;
    a[0].i = t != NULL && type_is_float(t) && signbit(a[1].f);
}

const NativeFunc lib_slices_funcs[] = {
    {"sortInts(x []int)", lib_sort_ints},
    {"sortFloat64s(x []float64)", lib_sort_float64s},
    {"sortStrings(x []string)", lib_sort_strings},
    {"signbit(x any) bool", slices_signbit},
    {NULL, NULL},
};
