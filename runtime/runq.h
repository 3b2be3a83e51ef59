/* runq.h — queues of runnable goroutines (runtime/runq.c): a processor's local run queue and
 * the global one. Modelled on Go's runqput / runqget / runqgrab and globrunqput.
 *
 * RunQ, a processor's queue: a ring of RUNQ_SIZE goroutines, ring[head % RUNQ_SIZE .. tail),
 * and a `next` slot for the goroutine to run before them (a goroutine just readied by the
 * running one: a ping-pong then stays on one processor).
 *   Only the owner (the thread holding the processor) adds to it; any thread may take from
 *   it: the owner from the front, thieves half of it. head moves by compare-and-swap, tail
 *   by the owner's release store, so the owner's common path takes no lock: one exchange for
 *   `next`, plain stores for the ring. A slot a thief reads and the owner has since reused
 *   is never taken: head has moved on and the thief's CAS fails.
 * runq_put and runq_get are inline: they are on the path of every hand-off.
 * GQueue, the global queue: a FIFO linked through G.schedlink, under its user's lock; `len`
 *   may be read without the lock (an atomic load).
 */
#ifndef GOSUB_RUNQ_H
#define GOSUB_RUNQ_H

#include "g.h"

#include <stddef.h>

#define RUNQ_SIZE 256

typedef struct RunQ {
    uint32_t head, tail; /* atomics */
    G *ring[RUNQ_SIZE];
    G *next;
    uint32_t nextseq; /* counts puts into `next` (owner writes): thieves see the owner active */
} RunQ;

/* Queues g on q (owner only): as `next` (the goroutine it displaces goes to the back of the
 * ring) or at the back. Returns NULL, or the goroutine that found the ring full: the caller
 * then moves half of the ring elsewhere (runq_spill) and tries again. */
static inline G *runq_put(RunQ *q, G *g, bool next) {
    if (next) {
        G *old = __atomic_exchange_n(&q->next, g, __ATOMIC_ACQ_REL);
        __atomic_store_n(&q->nextseq, q->nextseq + 1, __ATOMIC_RELEASE);
        if (!old) {
            return NULL;
        }
        g = old;
    }
    uint32_t h = __atomic_load_n(&q->head, __ATOMIC_ACQUIRE);
    uint32_t t = __atomic_load_n(&q->tail, __ATOMIC_RELAXED);
    if (t - h < RUNQ_SIZE) {
        __atomic_store_n(&q->ring[t % RUNQ_SIZE], g, __ATOMIC_RELAXED);
        __atomic_store_n(&q->tail, t + 1, __ATOMIC_RELEASE);
        return NULL;
    }
    return g;
}

/* The ring is full (owner only): takes its older half, then g, into batch (room for
 * RUNQ_SIZE / 2 + 1); returns how many, or 0 if a thief took some meanwhile (put again). */
uint32_t runq_spill(RunQ *q, G *g, G **batch);

/* The next goroutine of q: `next` first, then the front of the ring; NULL if none. (Owner
 * only, or anybody once the owner is gone.) */
static inline G *runq_get(RunQ *q) {
    G *next = __atomic_load_n(&q->next, __ATOMIC_RELAXED);
    if (next && __atomic_compare_exchange_n(&q->next, &next, NULL, false, __ATOMIC_ACQUIRE,
                                            __ATOMIC_RELAXED)) {
        return next;
    }
    for (;;) {
        uint32_t h = __atomic_load_n(&q->head, __ATOMIC_ACQUIRE);
        uint32_t t = __atomic_load_n(&q->tail, __ATOMIC_ACQUIRE);
        if (t == h) {
            return NULL;
        }
        G *g = __atomic_load_n(&q->ring[h % RUNQ_SIZE], __ATOMIC_RELAXED);
        if (__atomic_compare_exchange_n(&q->head, &h, h + 1, false, __ATOMIC_RELEASE,
                                        __ATOMIC_RELAXED)) {
            return g;
        }
    }
}

/* Whether q holds nothing (a snapshot: exact only while the owner is idle). */
bool runq_empty(RunQ *q);

/* Steals from victim into thief (whose ring is empty: its owner is looking for work): half
 * of victim's ring, or, if that is empty, victim's `next` when it has waited a few
 * microseconds there. Returns one goroutine to run (the others go into thief's ring), or
 * NULL; *n: how many were taken, *was_next: whether it was victim's `next`. */
G *runq_steal(RunQ *thief, RunQ *victim, uint32_t *n, bool *was_next);

typedef struct GQueue {
    G *head, *tail;
    int64_t len;
} GQueue;

void gqueue_put(GQueue *q, G *g);
G *gqueue_get(GQueue *q); /* NULL if empty */

#endif
