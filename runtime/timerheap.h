/* timerheap.h — a binary min-heap of timers ordered by deadline (runtime/timerheap.c), the
 * structure under runtime/timer.c.
 *
 * A TimerNode is embedded in each timer; the heap holds pointers to the nodes.
 * Invariants: a[(i - 1) / 2]->when <= a[i]->when for every i > 0; a node in the heap has
 * idx == its position, one not in the heap has idx == -1. Timers of equal deadlines come
 * out in no particular order. The caller serialises all access (timer.c: its lock).
 */
#ifndef GOSUB_TIMERHEAP_H
#define GOSUB_TIMERHEAP_H

#include <stdint.h>

typedef struct TimerNode {
    int64_t when; /* the deadline: monotonic ns */
    int32_t idx;  /* position in the heap, -1 when not in it */
} TimerNode;

typedef struct TimerHeap {
    TimerNode **a;
    int32_t n, cap;
} TimerHeap;

/* Adds t (not in the heap) by t->when. */
void timerheap_add(TimerHeap *h, TimerNode *t);
/* Removes t (in the heap). */
void timerheap_remove(TimerHeap *h, TimerNode *t);
/* The earliest timer, or NULL when the heap is empty. */
static inline TimerNode *timerheap_first(const TimerHeap *h) {
    return h->n ? h->a[0] : 0;
}

#endif
