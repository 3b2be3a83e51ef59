/* chanbuf.h — a channel's buffer: a ring of `cap` elements of `es` slots each, the values
 * sent and not yet received, oldest first (recvx) and next free place (sendx).
 *
 * Invariants: 0 <= count <= cap; the elements held are at recvx, recvx + 1, ... (mod cap);
 * sendx == (recvx + count) mod cap; a free place holds zeros (a received value does not stay
 * reachable for the collector). The channel's lock guards everything; `count` may also be
 * read without it (len(ch): an atomic load), so it changes by atomic stores.
 * Inline: these are the fast paths of every buffered send and receive.
 */
#ifndef GOSUB_CHANBUF_H
#define GOSUB_CHANBUF_H

#include "lock.h"
#include "type.h"

#include <string.h>

typedef struct ChanBuf {
    Slot *slots; /* cap * es slots (NULL when either is 0) */
    int64_t cap, count, sendx, recvx;
    int32_t es; /* slots per element: the channel's element size, buffered or not */
} ChanBuf;

/* Copies one element from src to dst. */
static inline void chanbuf_copy(const ChanBuf *b, Slot *dst, const Slot *src) {
    if (b->es > 0) {
        memmove(dst, src, sizeof(Slot) * (size_t)b->es);
    }
}

/* Zeroes the element at dst (NULL: nowhere). */
static inline void chanbuf_clear(const ChanBuf *b, Slot *dst) {
    if (dst && b->es > 0) {
        memset(dst, 0, sizeof(Slot) * (size_t)b->es);
    }
}

/* In integers: the ring of a channel of empty elements is NULL, and NULL plus 0 is NULL
 * here, not undefined behaviour. */
static inline Slot *chanbuf_at(const ChanBuf *b, int64_t i) {
    return (Slot *)((uintptr_t)b->slots + (uintptr_t)(i * b->es) * sizeof(Slot));
}

/* Appends the element at value (count < cap). */
static inline void chanbuf_push(ChanBuf *b, const Slot *value) {
    chanbuf_copy(b, chanbuf_at(b, b->sendx), value);
    if (++b->sendx == b->cap) {
        b->sendx = 0;
    }
    LOCKED_ADD(b->count, 1);
}

/* Takes the oldest element (count > 0) into dst (NULL: drops it). */
static inline void chanbuf_pop(ChanBuf *b, Slot *dst) {
    Slot *v = chanbuf_at(b, b->recvx);
    if (dst) {
        chanbuf_copy(b, dst, v);
    }
    chanbuf_clear(b, v);
    if (++b->recvx == b->cap) {
        b->recvx = 0;
    }
    LOCKED_ADD(b->count, -1);
}

#endif
