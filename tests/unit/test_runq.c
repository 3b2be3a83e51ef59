/* test_runq.c — unit tests of runtime/runq.c, linked without the VM: a processor's run
 * queue (FIFO order, the `next` slot, a full ring spilling half, indices wrapping around
 * 2^32, stealing half or the `next` slot, several thieves against a busy owner) and the
 * global FIFO. */
#include "runtime/runq.h"
#include "tests/unit/check.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define NG 4096
static G gs[NG];

static G *gp(int i) {
    return &gs[i];
}
static int gi(const G *g) {
    return g ? (int)(g - gs) : -1;
}

static void test_fifo(void) {
    RunQ q = {0};
    CHECK(runq_empty(&q));
    CHECK(runq_get(&q) == NULL);
    for (int i = 0; i < 10; i++) {
        CHECK(runq_put(&q, gp(i), false) == NULL);
    }
    CHECK(!runq_empty(&q));
    for (int i = 0; i < 10; i++) {
        CHECK(gi(runq_get(&q)) == i);
    }
    CHECK(runq_empty(&q));
}

/* `next` runs before the ring; a new `next` sends the old one to the back of the ring. */
static void test_next(void) {
    RunQ q = {0};
    runq_put(&q, gp(1), false);
    runq_put(&q, gp(2), false);
    runq_put(&q, gp(3), true);
    CHECK(gi(q.next) == 3);
    runq_put(&q, gp(4), true);
    CHECK(gi(q.next) == 4);
    CHECK(q.nextseq == 2);
    int want[] = {4, 1, 2, 3};
    for (int i = 0; i < 4; i++) {
        CHECK(gi(runq_get(&q)) == want[i]);
    }
    CHECK(runq_get(&q) == NULL);
    /* only `next` set: not empty */
    runq_put(&q, gp(5), true);
    CHECK(!runq_empty(&q));
    CHECK(gi(runq_get(&q)) == 5);
    CHECK(runq_empty(&q));
}

/* A full ring refuses one more; spilling takes its older half and the refused one, in order. */
static void test_full_ring_spills_half(void) {
    RunQ q = {0};
    for (int i = 0; i < RUNQ_SIZE; i++) {
        CHECK(runq_put(&q, gp(i), false) == NULL);
    }
    G *refused = runq_put(&q, gp(RUNQ_SIZE), false);
    CHECK(gi(refused) == RUNQ_SIZE);
    G *batch[RUNQ_SIZE / 2 + 1];
    uint32_t n = runq_spill(&q, refused, batch);
    CHECK(n == RUNQ_SIZE / 2 + 1);
    for (uint32_t i = 0; i < RUNQ_SIZE / 2; i++) {
        CHECK(gi(batch[i]) == (int)i);
    }
    CHECK(gi(batch[RUNQ_SIZE / 2]) == RUNQ_SIZE);
    for (int i = RUNQ_SIZE / 2; i < RUNQ_SIZE; i++) {
        CHECK(gi(runq_get(&q)) == i);
    }
    CHECK(runq_empty(&q));
    /* a displaced `next` is what a full ring refuses */
    for (int i = 0; i < RUNQ_SIZE; i++) {
        runq_put(&q, gp(i), false);
    }
    CHECK(runq_put(&q, gp(300), true) == NULL);
    CHECK(gi(runq_put(&q, gp(301), true)) == 300);
    CHECK(runq_spill(&q, gp(300), batch) == RUNQ_SIZE / 2 + 1);
    /* not full any more: nothing to spill */
    CHECK(runq_spill(&q, gp(300), batch) == 0);
}

/* head and tail are free-running 32-bit counters: FIFO order survives their wrapping. */
static void test_wraparound(void) {
    RunQ q = {0};
    q.head = q.tail = UINT32_MAX - 100;
    int in = 0, out = 0;
    for (int round = 0; round < 2000; round++) {
        for (int k = 0; k < round % 5; k++) {
            CHECK(runq_put(&q, gp(in++ % NG), false) == NULL);
        }
        for (int k = 0; k < round % 3 + 1 && out < in; k++) {
            CHECK(gi(runq_get(&q)) == out++ % NG);
        }
    }
    CHECK(q.tail < 100000); /* wrapped */
    while (out < in) {
        CHECK(gi(runq_get(&q)) == out++ % NG);
    }
    CHECK(runq_empty(&q));
}

/* A thief takes the older half (rounded up) of the victim's ring: the first to run, the
 * rest into its own ring, in order. */
static void test_steal_half(void) {
    RunQ victim = {0}, thief = {0};
    for (int i = 0; i < 7; i++) {
        runq_put(&victim, gp(i), false);
    }
    uint32_t n;
    bool was_next;
    G *g = runq_steal(&thief, &victim, &n, &was_next);
    CHECK(n == 4);
    CHECK(!was_next);
    CHECK(gi(g) == 0);
    for (int i = 1; i < 4; i++) {
        CHECK(gi(runq_get(&thief)) == i);
    }
    CHECK(runq_empty(&thief));
    for (int i = 4; i < 7; i++) {
        CHECK(gi(runq_get(&victim)) == i);
    }
    /* an empty victim gives nothing */
    CHECK(runq_steal(&thief, &victim, &n, &was_next) == NULL);
    CHECK(n == 0);
}

/* With an empty ring, a thief takes the victim's `next` once it has waited a while. */
static void test_steal_next(void) {
    RunQ victim = {0}, thief = {0};
    runq_put(&victim, gp(9), true);
    uint32_t n;
    bool was_next;
    G *g = runq_steal(&thief, &victim, &n, &was_next);
    CHECK(gi(g) == 9);
    CHECK(n == 1 && was_next);
    CHECK(victim.next == NULL);
    CHECK(runq_empty(&victim));
}

/* ---- an owner putting and getting while thieves steal: every G is run exactly once ---- */

enum { NTHIEVES = 3, NPUT = 200000 };

static RunQ busy;
static int taken[NPUT];
static int done_putting;

static G many[NPUT]; /* taken[i] counts the runs of many[i] */

static void take(const G *g) {
    __atomic_add_fetch(&taken[g - many], 1, __ATOMIC_RELAXED);
}

/* A thief: steals from the busy queue into its own and runs what it got. */
static void *thief_main(void *arg) {
    RunQ *own = arg;
    for (;;) {
        bool finished = __atomic_load_n(&done_putting, __ATOMIC_ACQUIRE);
        uint32_t n;
        bool was_next;
        G *g = runq_steal(own, &busy, &n, &was_next);
        if (g) {
            take(g);
            while ((g = runq_get(own))) {
                take(g);
            }
        } else if (finished && runq_empty(&busy)) {
            return NULL;
        }
    }
}

static void test_concurrent_steal(void) {
    RunQ own[NTHIEVES];
    memset(own, 0, sizeof own);
    pthread_t th[NTHIEVES];
    for (int i = 0; i < NTHIEVES; i++) {
        pthread_create(&th[i], NULL, thief_main, &own[i]);
    }
    GQueue overflow = {0};
    for (int i = 0; i < NPUT; i++) {
        G *g = &many[i];
        bool next = i % 3 == 0;
        while ((g = runq_put(&busy, g, next))) {
            next = false;
            G *batch[RUNQ_SIZE / 2 + 1];
            uint32_t n = runq_spill(&busy, g, batch);
            for (uint32_t k = 0; k < n; k++) {
                gqueue_put(&overflow, batch[k]);
            }
            if (n) {
                break;
            }
        }
        if (i % 4 == 0) {
            G *mine = runq_get(&busy);
            if (mine) {
                take(mine);
            }
        }
    }
    __atomic_store_n(&done_putting, 1, __ATOMIC_RELEASE);
    G *g;
    while ((g = runq_get(&busy))) {
        take(g);
    }
    for (int i = 0; i < NTHIEVES; i++) {
        pthread_join(th[i], NULL);
    }
    while ((g = gqueue_get(&overflow))) {
        take(g);
    }
    int once = 0;
    for (int i = 0; i < NPUT; i++) {
        once += taken[i] == 1;
    }
    CHECK(once == NPUT);
}

static void test_gqueue(void) {
    GQueue q = {0};
    CHECK(gqueue_get(&q) == NULL);
    for (int i = 0; i < 5; i++) {
        gqueue_put(&q, gp(i));
    }
    CHECK(q.len == 5);
    CHECK(gi(gqueue_get(&q)) == 0);
    CHECK(gi(gqueue_get(&q)) == 1);
    gqueue_put(&q, gp(7));
    int want[] = {2, 3, 4, 7};
    for (int i = 0; i < 4; i++) {
        G *g = gqueue_get(&q);
        CHECK(gi(g) == want[i]);
        CHECK(g->schedlink == NULL);
    }
    CHECK(q.len == 0);
    CHECK(q.head == NULL && q.tail == NULL);
}

int main(void) {
    test_fifo();
    test_next();
    test_full_ring_spills_half();
    test_wraparound();
    test_steal_half();
    test_steal_next();
    test_concurrent_steal();
    test_gqueue();
    return check_report();
}
