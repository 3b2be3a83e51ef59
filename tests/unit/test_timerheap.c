/* test_timerheap.c — unit tests of runtime/timerheap.c, linked without the VM: timers come
 * out in deadline order (equal deadlines included, none lost or repeated), removal from
 * anywhere, re-adding, and the heap invariants (order, idx) after every change. */
#include "runtime/timerheap.h"
#include "src/common.h"
#include "tests/unit/check.h"

#include <stdlib.h>

/* Every parent no later than its children, every node's idx its position. */
static bool valid(const TimerHeap *h) {
    for (int32_t i = 0; i < h->n; i++) {
        if (h->a[i]->idx != i || (i > 0 && h->a[(i - 1) / 2]->when > h->a[i]->when)) {
            return false;
        }
    }
    return true;
}

/* Takes every timer out, first first: deadlines never decrease; returns how many. */
static int drain(TimerHeap *h) {
    int n = 0;
    int64_t last = INT64_MIN;
    bool ordered = true, all_valid = true;
    TimerNode *t;
    while ((t = timerheap_first(h))) {
        ordered = ordered && t->when >= last;
        last = t->when;
        timerheap_remove(h, t);
        all_valid = all_valid && t->idx == -1 && valid(h);
        n++;
    }
    CHECK(ordered);
    CHECK(all_valid);
    return n;
}

static void test_order(void) {
    TimerHeap h = {0};
    enum { N = 1000 };
    static TimerNode ts[N];
    srand(7);
    for (int i = 0; i < N; i++) {
        ts[i] = (TimerNode){.when = rand() % 5000, .idx = -1};
        timerheap_add(&h, &ts[i]);
    }
    CHECK(h.n == N);
    CHECK(valid(&h));
    CHECK(drain(&h) == N);
}

/* Equal deadlines (all of them, or runs of them among others): each comes out once. */
static void test_equal_deadlines(void) {
    TimerHeap h = {0};
    enum { N = 300 };
    static TimerNode ts[N];
    for (int i = 0; i < N; i++) {
        ts[i] = (TimerNode){.when = i < 100 ? 42 : (i % 3) * 42, .idx = -1};
        timerheap_add(&h, &ts[i]);
    }
    CHECK(valid(&h));
    int seen[N] = {0};
    int64_t last = INT64_MIN;
    bool ordered = true;
    TimerNode *t;
    while ((t = timerheap_first(&h))) {
        ordered = ordered && t->when >= last;
        last = t->when;
        seen[t - ts]++;
        timerheap_remove(&h, t);
    }
    CHECK(ordered);
    int once = 0;
    for (int i = 0; i < N; i++) {
        once += seen[i] == 1;
    }
    CHECK(once == N);
}

/* Stopping timers anywhere in the heap (first, last, middle), then resetting some. */
static void test_remove_and_readd(void) {
    TimerHeap h = {0};
    enum { N = 200 };
    static TimerNode ts[N];
    for (int i = 0; i < N; i++) {
        ts[i] = (TimerNode){.when = (i * 7919) % 1000, .idx = -1};
        timerheap_add(&h, &ts[i]);
    }
    bool all_valid = true;
    for (int i = 0; i < N; i += 3) {
        timerheap_remove(&h, &ts[i]);
        all_valid = all_valid && ts[i].idx == -1 && valid(&h);
    }
    timerheap_remove(&h, timerheap_first(&h));
    timerheap_remove(&h, h.a[h.n - 1]);
    CHECK(all_valid && valid(&h));
    int left = h.n;
    CHECK(left == N - (N + 2) / 3 - 2);
    for (int i = 0; i < N; i += 6) {
        ts[i].when = -i; /* earlier than everything: the last re-added comes first */
        timerheap_add(&h, &ts[i]);
    }
    CHECK(valid(&h));
    CHECK(timerheap_first(&h) == &ts[(N - 1) / 6 * 6]);
    CHECK(drain(&h) == left + (N + 5) / 6);
}

int main(void) {
    GC_INIT();
    test_order();
    test_equal_deadlines();
    test_remove_and_readd();
    return check_report();
}
