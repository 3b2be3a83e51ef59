/* timer.c — runtime timers: a min-heap of deadlines served by one timer thread.
 *
 * The timer thread sleeps (a timed condition wait, no CPU) until the earliest deadline, then
 * fires the due timers outside its lock: it readies a sleeping goroutine, sends the time on a
 * timer's channel without blocking, or starts a goroutine (AfterFunc). Periodic timers go
 * back into the heap.
 * Invariants: t->node.idx is the timer's heap position (timerheap.h), or -1 when it is not
 * armed. `firing` counts timers taken off the heap and not yet fired, so that "no timer
 * pending" (which the deadlock check needs) is never wrongly true.
 * Lock order: tlock is taken alone, or under sched.lock (timers_pending); never the reverse.
 *
 * Under --sched (schedrand.h) there is no timer thread and the clock is virtual: the worker
 * fires the timers due (timers_fire_due) each time it picks a goroutine, and moves the clock
 * to the next deadline when nothing is runnable.
 */
#include "chan.h"
#include "sched.h"
#include "schedrand.h"
#include "timerheap.h"
#include "trace.h"

#include <pthread.h>
#include <sys/random.h>
#include <time.h>

struct RtTimer {
    TimerNode node; /* its deadline and heap position (-1: not armed) */
    int64_t period;
    int kind;
    Chan *ch;
    Slot fn;
    TimerValueFn make_value;
    int32_t value_slots;
    G *g;
    int64_t when0; /* timers_fire_due: the deadline it fired for */
};

static pthread_mutex_t tlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t tcond;
static TimerHeap heap;
static int firing;
static bool started;

static int64_t real_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t rt_nanotime(void) { return sr_on ? sr_nanotime() : real_nanotime(); }

int64_t rt_walltime(void) {
    if (sr_on) {
        return sr_walltime();
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t real_start;

__attribute__((constructor)) static void start_init(void) { real_start = real_nanotime(); }

int64_t rt_start_nanotime(void) { return sr_on ? sr_start_nanotime() : real_start; }

void rt_random_bytes(void *buf, size_t n) {
    if (sr_on) {
        sr_random_bytes(buf, n);
        return;
    }
    uint8_t *p = buf;
    while (n > 0) {
        ssize_t k = getrandom(p, n, 0);
        if (k <= 0) {
            /* no entropy source: the clocks still differ per run */
            for (size_t i = 0; i < n; i++) {
                p[i] = (uint8_t)(rt_fastrand() ^ (uint64_t)rt_walltime() >> (i % 8 * 8));
            }
            return;
        }
        p += k;
        n -= (size_t)k;
    }
}

/* ---- firing ---- */

int64_t rt_coarse_now;

static void fire(RtTimer *t, int64_t now) {
    switch (t->kind) {
    case TIMER_WAKE:
        TRACE(trace_timer_wake(t->g)); /* (and that it is ready) */
        rt_ready(t->g);
        break;
    case TIMER_SEND: {
        Slot *v = GC_MALLOC(sizeof(Slot) * (size_t)(t->value_slots + 1));
        if (t->make_value) {
            t->make_value(v, now, rt_walltime());
        }
        Chan *c = t->ch; /* receive-only for the program: never closed */
        if (c) {
            chan_send(NULL, c, v, false);
        }
        break;
    }
    case TIMER_FUNC: rt_go(NULL, t->fn, NULL, 0); break;
    }
}

/* The earliest deadline (INT64_MAX: none). tlock held. */
static int64_t next_when(void) {
    TimerNode *first = timerheap_first(&heap);
    return first ? first->when : INT64_MAX;
}

/* Takes t (due at now) off the heap; a periodic timer goes back for its next period. tlock
 * held. */
static void take_due(RtTimer *t, int64_t now) {
    timerheap_remove(&heap, &t->node);
    if (t->period > 0) {
        t->node.when += t->period * (1 + (now - t->node.when) / t->period);
        timerheap_add(&heap, &t->node);
    }
}

static void *timer_thread(void *arg) {
    (void)arg;
    trace_timer_thread();
    pthread_mutex_lock(&tlock);
    for (;;) {
        int64_t now = rt_nanotime();
        __atomic_store_n(&rt_coarse_now, now, __ATOMIC_RELAXED);
        if (next_when() > now) {
            /* sleep until the next timer, but wake every 100 ms to flush stdout: a program
             * that runs for long (or hangs) shows its output as it goes, like Go's */
            int64_t until = now + 100000000;
            if (next_when() < until) {
                until = next_when();
            }
            struct timespec ts = {(time_t)(until / 1000000000), (long)(until % 1000000000)};
            int rc = pthread_cond_timedwait(&tcond, &tlock, &ts);
            if (rc != 0 && next_when() > rt_nanotime()) {
                pthread_mutex_unlock(&tlock);
                rt_flush();
                pthread_mutex_lock(&tlock);
            }
            continue;
        }
        RtTimer *t = (RtTimer *)timerheap_first(&heap); /* the node comes first */
        take_due(t, now);
        firing++;
        pthread_mutex_unlock(&tlock);
        fire(t, now);
        pthread_mutex_lock(&tlock);
        firing--;
        if (heap.n == 0 && firing == 0) {
            /* the last pending timer: if it woke nobody, the program may be stuck */
            pthread_mutex_unlock(&tlock);
            sched_check_deadlock();
            pthread_mutex_lock(&tlock);
        }
    }
    return NULL;
}

void timers_start(void) {
    if (started) {
        return;
    }
    started = true;
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&tcond, &attr);
    pthread_condattr_destroy(&attr);
    pthread_t th;
    pthread_attr_t ta;
    pthread_attr_init(&ta);
    pthread_attr_setdetachstate(&ta, PTHREAD_CREATE_DETACHED);
    GC_pthread_create(&th, &ta, timer_thread, NULL);
    pthread_attr_destroy(&ta);
}

int64_t timers_fire_due(int64_t now) {
    VEC(RtTimer *) due = {0};
    pthread_mutex_lock(&tlock);
    while (next_when() <= now) {
        RtTimer *t = (RtTimer *)timerheap_first(&heap);
        t->when0 = t->node.when;
        take_due(t, now);
        vec_push(&due, t);
    }
    pthread_mutex_unlock(&tlock);
    /* they came out in deadline order: shuffle each run of equal deadlines */
    for (int lo = 0, hi; lo < due.len; lo = hi) {
        for (hi = lo + 1; hi < due.len && due.data[hi]->when0 == due.data[lo]->when0; hi++) {
        }
        for (int i = hi - 1; i > lo; i--) {
            int j = lo + (int)(rt_fastrand() % (uint32_t)(i - lo + 1));
            RtTimer *t = due.data[i];
            due.data[i] = due.data[j];
            due.data[j] = t;
        }
    }
    for (int i = 0; i < due.len; i++) {
        fire(due.data[i], now);
    }
    pthread_mutex_lock(&tlock);
    int64_t next = next_when();
    pthread_mutex_unlock(&tlock);
    return next;
}

void timers_reset(void) {
    pthread_mutex_lock(&tlock);
    for (int i = 0; i < heap.n; i++) {
        heap.a[i]->idx = -1;
    }
    heap.n = 0;
    firing = 0;
    pthread_mutex_unlock(&tlock);
}

bool timers_pending(void) {
    pthread_mutex_lock(&tlock);
    bool p = heap.n > 0 || firing > 0;
    pthread_mutex_unlock(&tlock);
    return p;
}

/* ---- the API ---- */

RtTimer *rt_timer_new(TimerKind kind, void *ch, Slot fn, TimerValueFn make_value,
                      int32_t value_slots) {
    RtTimer *t = NEW(RtTimer);
    t->kind = kind;
    t->ch = ch;
    t->fn = fn;
    t->make_value = make_value;
    t->value_slots = value_slots;
    t->node.idx = -1;
    return t;
}

bool rt_timer_reset(RtTimer *t, int64_t when, int64_t period) {
    pthread_mutex_lock(&tlock);
    bool active = t->node.idx >= 0;
    if (active) {
        timerheap_remove(&heap, &t->node);
    }
    t->node.when = when;
    t->period = period;
    timerheap_add(&heap, &t->node);
    if (t->node.idx == 0) {
        pthread_cond_signal(&tcond);
    }
    pthread_mutex_unlock(&tlock);
    return active;
}

bool rt_timer_stop(RtTimer *t) {
    pthread_mutex_lock(&tlock);
    bool active = t->node.idx >= 0;
    if (active) {
        timerheap_remove(&heap, &t->node);
    }
    pthread_mutex_unlock(&tlock);
    return active;
}

/* Armed once the goroutine is off its thread, so the wake-up cannot come too early. */
static void arm_sleep(void *arg) { rt_timer_reset(arg, ((RtTimer *)arg)->node.when, 0); }

void rt_sleep(G *g, int64_t ns) {
    if (ns <= 0) {
        return;
    }
    RtTimer *t = g->kept.sleep_timer;
    if (!t) {
        t = rt_timer_new(TIMER_WAKE, NULL, (Slot){0}, NULL, 0);
        g->kept.sleep_timer = t;
    }
    t->g = g;
    t->node.when = rt_nanotime() + ns;
    rt_park(g, "sleep", arm_sleep, t);
}
