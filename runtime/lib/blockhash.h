/* blockhash.h — what the block functions of crypto/sha256 (sha256.c) and crypto/md5 (md5.c)
 * share: the state array lives in a Go struct, one uint32 per slot, and a []byte is one byte
 * per slot. A block function consumes every whole 64-byte block of its slice and ignores the
 * rest (the Go side keeps partial blocks).
 */
#ifndef GOSUB_LIB_BLOCKHASH_H
#define GOSUB_LIB_BLOCKHASH_H

#include "../native.h"

/* Runs block on each whole 64-byte block of p, over the n words of state in the slots h. */
static inline void run_blocks(Slot *h, int n, GoSlice p, void (*block)(uint32_t *, const Slot *)) {
    uint32_t state[8];
    for (int i = 0; i < n; i++) {
        state[i] = (uint32_t)h[i].u;
    }
    for (int64_t off = 0; off + 64 <= p.len; off += 64) {
        block(state, &p.ptr[off]);
    }
    for (int i = 0; i < n; i++) {
        h[i].u = state[i];
    }
}

#endif
