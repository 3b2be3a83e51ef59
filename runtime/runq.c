/* runq.c — run queues: a processor's lock-free ring with its `next` slot, and the global
 * FIFO. The structures, their invariants and who may call what: runq.h. */
#include "runq.h"

#include "lock.h"

#include <time.h>

uint32_t runq_spill(RunQ *q, G *g, G **batch) {
    uint32_t h = __atomic_load_n(&q->head, __ATOMIC_ACQUIRE);
    uint32_t t = __atomic_load_n(&q->tail, __ATOMIC_RELAXED);
    uint32_t n = (t - h) / 2;
    if (t - h < RUNQ_SIZE) {
        return 0; /* not full any more */
    }
    for (uint32_t i = 0; i < n; i++) {
        batch[i] = __atomic_load_n(&q->ring[(h + i) % RUNQ_SIZE], __ATOMIC_RELAXED);
    }
    if (!__atomic_compare_exchange_n(&q->head, &h, h + n, false, __ATOMIC_RELEASE,
                                     __ATOMIC_RELAXED)) {
        return 0;
    }
    batch[n++] = g;
    return n;
}

bool runq_empty(RunQ *q) {
    for (;;) {
        uint32_t h = __atomic_load_n(&q->head, __ATOMIC_ACQUIRE);
        uint32_t t = __atomic_load_n(&q->tail, __ATOMIC_ACQUIRE);
        G *next = __atomic_load_n(&q->next, __ATOMIC_ACQUIRE);
        /* a G moving from `next` to the ring is in one or the other: re-read the tail */
        if (__atomic_load_n(&q->tail, __ATOMIC_ACQUIRE) == t) {
            return h == t && !next;
        }
    }
}

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Takes half of victim's ring into batch (or, if the ring is empty, its `next` when that has
 * waited a few microseconds); returns how many. */
static uint32_t grab(RunQ *victim, G **batch, bool *was_next) {
    for (;;) {
        uint32_t h = __atomic_load_n(&victim->head, __ATOMIC_ACQUIRE);
        uint32_t t = __atomic_load_n(&victim->tail, __ATOMIC_ACQUIRE);
        uint32_t n = t - h;
        n = n - n / 2;
        if (n == 0) {
            uint32_t seq = __atomic_load_n(&victim->nextseq, __ATOMIC_ACQUIRE);
            G *next = __atomic_load_n(&victim->next, __ATOMIC_ACQUIRE);
            if (!next) {
                return 0;
            }
            /* `next` is about to run on its own processor (a hand-off keeps a ping-pong on
             * one worker); take it only if it is still waiting after a few microseconds, the
             * same hand-off (a ping-pong puts the same G there again and again) */
            int64_t until = now_ns() + 3000;
            while (now_ns() < until) {
                __builtin_ia32_pause();
            }
            if (__atomic_load_n(&victim->nextseq, __ATOMIC_ACQUIRE) != seq) {
                return 0; /* its owner is busy handing off: leave it be */
            }
            if (__atomic_load_n(&victim->tail, __ATOMIC_ACQUIRE) != t ||
                __atomic_load_n(&victim->head, __ATOMIC_ACQUIRE) != h) {
                continue;
            }
            if (__atomic_compare_exchange_n(&victim->next, &next, NULL, false, __ATOMIC_ACQ_REL,
                                            __ATOMIC_RELAXED)) {
                batch[0] = next;
                *was_next = true;
                return 1;
            }
            continue;
        }
        if (n > RUNQ_SIZE / 2) {
            continue; /* head and tail read at different moments */
        }
        for (uint32_t i = 0; i < n; i++) {
            batch[i] = __atomic_load_n(&victim->ring[(h + i) % RUNQ_SIZE], __ATOMIC_RELAXED);
        }
        if (__atomic_compare_exchange_n(&victim->head, &h, h + n, false, __ATOMIC_RELEASE,
                                        __ATOMIC_RELAXED)) {
            return n;
        }
    }
}

G *runq_steal(RunQ *thief, RunQ *victim, uint32_t *n, bool *was_next) {
    G *batch[RUNQ_SIZE / 2];
    *was_next = false;
    *n = grab(victim, batch, was_next);
    if (*n == 0) {
        return NULL;
    }
    for (uint32_t i = 1; i < *n; i++) {
        runq_put(thief, batch[i], false); /* fits: the thief's ring was empty */
    }
    return batch[0];
}

void gqueue_put(GQueue *q, G *g) {
    g->schedlink = NULL;
    if (q->tail) {
        q->tail->schedlink = g;
    } else {
        q->head = g;
    }
    q->tail = g;
    LOCKED_ADD(q->len, 1);
}

G *gqueue_get(GQueue *q) {
    G *g = q->head;
    if (g) {
        q->head = g->schedlink;
        if (!q->head) {
            q->tail = NULL;
        }
        LOCKED_ADD(q->len, -1);
        g->schedlink = NULL;
    }
    return g;
}
