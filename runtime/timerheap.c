/* timerheap.c — the timers' min-heap: sift up and down, keeping each node's idx (see
 * timerheap.h for the invariants). */
#include "timerheap.h"

#include "../src/common.h"

static void set(TimerHeap *h, int32_t i, TimerNode *t) {
    h->a[i] = t;
    t->idx = i;
}

static void sift_up(TimerHeap *h, int32_t i) {
    TimerNode *t = h->a[i];
    while (i > 0) {
        int32_t parent = (i - 1) / 2;
        if (h->a[parent]->when <= t->when) {
            break;
        }
        set(h, i, h->a[parent]);
        i = parent;
    }
    set(h, i, t);
}

static void sift_down(TimerHeap *h, int32_t i) {
    TimerNode *t = h->a[i];
    for (;;) {
        int32_t c = 2 * i + 1;
        if (c >= h->n) {
            break;
        }
        if (c + 1 < h->n && h->a[c + 1]->when < h->a[c]->when) {
            c++;
        }
        if (h->a[c]->when >= t->when) {
            break;
        }
        set(h, i, h->a[c]);
        i = c;
    }
    set(h, i, t);
}

void timerheap_add(TimerHeap *h, TimerNode *t) {
    if (h->n == h->cap) {
        int32_t ncap = h->cap ? h->cap * 2 : 64;
        TimerNode **na = GC_MALLOC(sizeof(TimerNode *) * (size_t)ncap);
        if (h->n) {
            memcpy(na, h->a, sizeof(TimerNode *) * (size_t)h->n);
        }
        h->a = na;
        h->cap = ncap;
    }
    set(h, h->n++, t);
    sift_up(h, t->idx);
}

void timerheap_remove(TimerHeap *h, TimerNode *t) {
    int32_t i = t->idx;
    t->idx = -1;
    h->n--;
    if (i == h->n) {
        h->a[h->n] = NULL;
        return;
    }
    set(h, i, h->a[h->n]);
    h->a[h->n] = NULL;
    sift_down(h, i);
    sift_up(h, h->a[i]->idx);
}
