/* sort.h — the natives of package sort that package slices shares: Go's pdqsort, in C, on
 * the slots of a []int, []float64 or []string (sort.c says how it follows Go's order).
 */
#ifndef GOSUB_LIB_SORT_H
#define GOSUB_LIB_SORT_H

#include "../native.h"

/* sortInts(x []int), sortFloat64s(x []float64), sortStrings(x []string) */
void lib_sort_ints(G *g, Slot *a);
void lib_sort_float64s(G *g, Slot *a);
void lib_sort_strings(G *g, Slot *a);

#endif
