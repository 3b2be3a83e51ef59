/* crc32.c — the native of package hash/crc32: the per-byte loop of the table-driven CRC.
 * Tables, the hash.Hash32 methods and everything else are Go (runtime/std/hash_crc32.go).
 * A table is 256 uint32s, one per slot; a []byte is one byte per slot.
 */
#include "../native.h"

/* update(crc uint32, tab *Table, p []byte) uint32: the reflected table-driven CRC-32,
 * inverted on the way in and out. */
static void crc32_update(G *g, Slot *a) {
    uint32_t crc = ~(uint32_t)a[0].u;
    const Slot *tab = a[1].p;
    GoSlice p = rt_slice(&a[2]);
    for (int64_t i = 0; i < p.len; i++) {
        crc = (uint32_t)tab[(uint8_t)crc ^ (uint8_t)p.ptr[i].u].u ^ crc >> 8;
    }
    a[0].u = ~crc;
}

const NativeFunc lib_crc32_funcs[] = {
    {"update(crc uint32, tab *Table, p []byte) uint32", crc32_update},
    {NULL, NULL},
};
