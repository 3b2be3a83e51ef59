/* bufio.c — the natives of package bufio: a byte search in a []byte (one byte per slot).
 * Everything else in bufio is Go (runtime/std/bufio.go).
 */
#include "../native.h"

/* indexByte(b []byte, c byte) int: the index of the first c in b, or -1. */
static void bufio_index_byte(G *g, Slot *a) {
    GoSlice b = rt_slice(&a[0]);
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

const NativeFunc lib_bufio_funcs[] = {
    {"indexByte(b []byte, c byte) int", bufio_index_byte},
    {NULL, NULL},
};
