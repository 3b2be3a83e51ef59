/* format_mapsort.c — the order in which fmt prints a map's entries (Go's internal/fmtsort):
 * keys ascending, numbers by value (NaNs first), strings bytewise, booleans false first,
 * pointers and channels by address, structs and arrays element by element, interfaces by
 * their dynamic type's descriptor address and then by value. The sort is stable: Go's is, and
 * only NaN keys compare equal.
 */
#include "printer.h"

#include "../map.h"

#include <string.h>

/* NaNs sort first, and equal to each other. */
static int float_cmp(double a, double b) {
    if (a < b) {
        return -1;
    }
    if (a > b) {
        return 1;
    }
    if (a == b) {
        return 0;
    }
    bool na = a != a, nb = b != b;
    return na && nb ? 0 : na ? -1 : 1;
}

static int cmp_u64(uint64_t a, uint64_t b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

static int key_cmp(const Type *t, const Slot *a, const Slot *b) {
    switch (t->kind) {
    case KIND_INT:
    case KIND_INT8:
    case KIND_INT16:
    case KIND_INT32:
    case KIND_INT64: return a[0].i < b[0].i ? -1 : a[0].i > b[0].i ? 1 : 0;
    case KIND_BOOL:
    case KIND_UINT:
    case KIND_UINT8:
    case KIND_UINT16:
    case KIND_UINT32:
    case KIND_UINT64:
    case KIND_UINTPTR:
    case KIND_POINTER:
    case KIND_UNSAFE_POINTER:
    case KIND_CHAN: return cmp_u64(a[0].u, b[0].u);
    case KIND_STRING: {
        size_t la = (size_t)a[1].i, lb = (size_t)b[1].i;
        size_t common = la < lb ? la : lb;
        int c = common ? memcmp(a[0].p, b[0].p, common) : 0;
        if (c != 0 || la == lb) {
            return c < 0 ? -1 : c > 0 ? 1 : 0;
        }
        return la < lb ? -1 : 1;
    }
    case KIND_FLOAT32:
    case KIND_FLOAT64: return float_cmp(a[0].f, b[0].f);
    case KIND_COMPLEX64:
    case KIND_COMPLEX128: {
        int c = float_cmp(a[0].f, b[0].f);
        return c ? c : float_cmp(a[1].f, b[1].f);
    }
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const StructField *f = &t->fields[i];
            int c = key_cmp(f->type, fmt_slot_at(a, f->offset), fmt_slot_at(b, f->offset));
            if (c) {
                return c;
            }
        }
        return 0;
    case KIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            int32_t es = t->elem->slots;
            int c = key_cmp(t->elem, fmt_slot_at(a, i * es), fmt_slot_at(b, i * es));
            if (c) {
                return c;
            }
        }
        return 0;
    case KIND_INTERFACE: {
        const Type *ta = a[0].p, *tb = b[0].p;
        if (!ta || !tb) {
            return !ta && !tb ? 0 : !ta ? -1 : 1;
        }
        if (ta != tb) {
            /* Go orders different dynamic types by their descriptors' addresses. */
            return cmp_u64((uint64_t)(uintptr_t)ta, (uint64_t)(uintptr_t)tb);
        }
        return key_cmp(ta, iface_value_ptr(ta, &a[1]), iface_value_ptr(ta, &b[1]));
    }
    default: return 0;
    }
}

/* A stable merge sort (Go sorts map keys stably; only NaN keys can compare equal). */
static void sort_entries(const Type *kt, FmtMapEntry *e, FmtMapEntry *tmp, size_t n) {
    if (n < 2) {
        return;
    }
    size_t h = n / 2;
    sort_entries(kt, e, tmp, h);
    sort_entries(kt, e + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        tmp[k++] = key_cmp(kt, e[j].key, e[i].key) < 0 ? e[j++] : e[i++];
    }
    while (i < h) {
        tmp[k++] = e[i++];
    }
    while (j < n) {
        tmp[k++] = e[j++];
    }
    memcpy(e, tmp, n * sizeof *e);
}

FmtMapEntry *fmt_sorted_map(const Type *t, void *m, int64_t *count) {
    *count = 0;
    if (!m) {
        return NULL;
    }
    int64_t n = map_len(m);
    FmtMapEntry *e = GC_MALLOC(sizeof(FmtMapEntry) * (size_t)(n > 0 ? n : 1));
    FmtMapEntry *tmp = GC_MALLOC(sizeof(FmtMapEntry) * (size_t)(n > 0 ? n : 1));
    MapIter it = map_iter(m);
    Slot *k, *val;
    while (*count < n && map_iter_next(&it, &k, &val)) {
        e[*count].key = k;
        e[*count].val = val;
        (*count)++;
    }
    sort_entries(t->key, e, tmp, (size_t)*count);
    return e;
}
