/* sync.c — the natives of package sync: semaphores and notify lists for the locks of
 * runtime/std/sync.go, and Mutex and WaitGroup's hot paths in C (sync/atomic's natives are
 * atomic.c's).
 *
 * Semaphores (Go's runtime/sema.go, our own simple version). A semaphore is a uint32 slot of
 * a sync type; goroutines waiting on it queue, in FIFO order, in one of SEMA_BUCKETS buckets
 * chosen by the slot's address. A bucket has a lock, a FIFO of waiters (for any address that
 * hashes there) and `nwait`, the number of goroutines that are queued or about to be.
 *   acquire: take a unit with a compare-and-swap if *addr > 0; otherwise, under the bucket
 *            lock, count yourself in nwait, try once more, then queue and park (the lock is
 *            released once the goroutine is parked).
 *   release: add a unit; if nwait says nobody waits, done. Otherwise, under the lock, take
 *            the unit back on behalf of the first waiter for addr and ready it: a woken
 *            waiter owns its unit (it never has to retry). If the unit is gone already (a
 *            running goroutine took it), the waiter stays queued for a later release.
 * Invariant: a waiter is in its bucket's queue exactly while it is parked on the semaphore;
 * acquirers increment nwait before their last look at *addr, releasers increment *addr
 * before they look at nwait, so a release cannot miss a waiter.
 *
 * Notify lists (sync.Cond) follow Go's ticket scheme: Wait takes a ticket (notifyListAdd)
 * before unlocking the Cond's Locker, then parks unless its ticket has been notified already;
 * Signal notifies the oldest ticket not yet notified, Broadcast all of them. The list lives
 * in the Cond (sync.notifyList: wait, notify, lock, head, tail slots); its lock is the
 * bucket of its address.
 *
 * Lock order: a bucket lock is a leaf (nothing else is taken under it; rt_ready is called
 * after it is released).
 */
#include "../exec.h"
#include "../lock.h"
#include "../native.h"
#include "../sched.h"

#include <string.h>

#define SC __ATOMIC_SEQ_CST

/* ---- semaphores ---- */

typedef struct Waiter Waiter;
struct Waiter {
    G *g;
    Slot *addr;      /* semaphore: the word it waits on */
    uint32_t ticket; /* notify list: its ticket */
    Waiter *next;
};

/* g's waiter: one suffices, as g waits on one thing at a time and its waker is done with
 * the waiter once it has readied g. */
static Waiter *g_waiter(G *g) {
    Waiter *w = g->kept.waiter;
    if (!w) {
        w = g->kept.waiter = GC_MALLOC(sizeof(Waiter));
    } else {
        memset(w, 0, sizeof *w);
    }
    w->g = g;
    return w;
}

enum { SEMA_BUCKETS = 251 };
enum { SPIN_ROUNDS = 4, SPIN_PAUSES = 30 };

typedef struct SemaBucket {
    RtLock lock;
    uint32_t nwait;
    Waiter *head, *tail;
} SemaBucket;

static SemaBucket sema_table[SEMA_BUCKETS];

static SemaBucket *bucket_of(const void *addr) {
    return &sema_table[((uintptr_t)addr >> 3) % SEMA_BUCKETS];
}

static void bucket_unlock(void *b) { rt_unlock(&((SemaBucket *)b)->lock); }

/* Takes a unit if there is one. */
static bool sema_try_take(Slot *addr) {
    uint64_t v = __atomic_load_n(&addr->u, SC);
    while (v > 0) {
        if (__atomic_compare_exchange_n(&addr->u, &v, v - 1, false, SC, SC)) {
            return true;
        }
    }
    return false;
}

/* Go's wait reasons, by the codes sync.go passes. */
static const char *const wait_reasons[] = {
    "sync.Mutex.Lock",
    "sync.RWMutex.Lock",
    "sync.RWMutex.RLock",
    "sync.WaitGroup.Wait",
};

/* Takes a unit of *addr, or queues g for one and returns the bucket to park on (locked),
 * or NULL when a unit was taken. */
static SemaBucket *sema_take_or_queue(G *g, Slot *addr) {
    if (sema_try_take(addr)) {
        return NULL;
    }
    SemaBucket *b = bucket_of(addr);
    rt_lock(&b->lock);
    __atomic_add_fetch(&b->nwait, 1, SC);
    if (sema_try_take(addr)) {
        __atomic_sub_fetch(&b->nwait, 1, SC);
        rt_unlock(&b->lock);
        return NULL;
    }
    Waiter *w = g_waiter(g);
    w->addr = addr;
    if (b->tail) {
        b->tail->next = w;
    } else {
        b->head = w;
    }
    b->tail = w;
    return b;
}

static void sema_acquire(G *g, Slot *addr, const char *reason) {
    SemaBucket *b = sema_take_or_queue(g, addr);
    if (b) {
        rt_park(g, reason, bucket_unlock, b);
    }
}

/* Like sema_acquire, but a park makes the calling native run again once woken (with the
 * unit taken on its behalf). Returns true if the native must return now. */
static bool sema_acquire_retry(G *g, Slot *addr, const char *reason) {
    SemaBucket *b = sema_take_or_queue(g, addr);
    return b && rt_park_retry(g, reason, bucket_unlock, b);
}

static void sema_release(Slot *addr) {
    __atomic_add_fetch(&addr->u, 1, SC);
    SemaBucket *b = bucket_of(addr);
    if (__atomic_load_n(&b->nwait, SC) == 0) {
        return;
    }
    rt_lock(&b->lock);
    Waiter *prev = NULL, *w = b->head;
    while (w && w->addr != addr) {
        prev = w;
        w = w->next;
    }
    if (!w || !sema_try_take(addr)) {
        rt_unlock(&b->lock); /* nobody waits on addr, or a running goroutine took the unit */
        return;
    }
    if (prev) {
        prev->next = w->next;
    } else {
        b->head = w->next;
    }
    if (b->tail == w) {
        b->tail = prev;
    }
    __atomic_sub_fetch(&b->nwait, 1, SC);
    rt_unlock(&b->lock);
    rt_ready(w->g);
}

/* semacquire(s *uint32, reason int): waits until *s > 0, then decrements it. */
static void sync_semacquire(G *g, Slot *a) {
    int64_t r = a[1].i;
    const char *reason = r >= 0 && r < (int64_t)(sizeof wait_reasons / sizeof wait_reasons[0])
                             ? wait_reasons[r]
                             : "semacquire";
    sema_acquire(g, a[0].p, reason);
}

/* semrelease(s *uint32, handoff bool): a readied waiter runs next on this processor
 * (rt_ready's runnext), which is what hand-off asks for. */
static void sync_semrelease(G *g, Slot *a) {
    sema_release(a[0].p);
}

/* ---- notify lists: slots wait, notify, lock (unused), head, tail ---- */

enum { NL_WAIT, NL_NOTIFY, NL_LOCK, NL_HEAD, NL_TAIL };

static bool ticket_before(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

/* notifyListAdd(l *notifyList) uint32: the next ticket, taken before Wait unlocks. */
static void notify_add(G *g, Slot *a) {
    Slot *l = a[0].p;
    a[0].u = (uint32_t)(__atomic_fetch_add(&l[NL_WAIT].u, 1, SC));
}

/* notifyListWait(l *notifyList, t uint32): parks until ticket t is notified. */
static void notify_wait(G *g, Slot *a) {
    Slot *l = a[0].p;
    uint32_t t = (uint32_t)a[1].u;
    SemaBucket *b = bucket_of(l);
    rt_lock(&b->lock);
    if (ticket_before(t, (uint32_t)l[NL_NOTIFY].u)) {
        rt_unlock(&b->lock); /* notified already */
        return;
    }
    Waiter *w = g_waiter(g);
    w->ticket = t;
    Waiter *tail = l[NL_TAIL].p;
    if (tail) {
        tail->next = w;
    } else {
        l[NL_HEAD].p = w;
    }
    l[NL_TAIL].p = w;
    rt_park(g, "sync.Cond.Wait", bucket_unlock, b);
}

static bool notify_none_waiting(Slot *l) {
    return (uint32_t)__atomic_load_n(&l[NL_WAIT].u, SC) ==
           (uint32_t)__atomic_load_n(&l[NL_NOTIFY].u, SC);
}

/* notifyListNotifyOne(l *notifyList): wakes the oldest ticket not yet notified. */
static void notify_one(G *g, Slot *a) {
    Slot *l = a[0].p;
    if (notify_none_waiting(l)) {
        return;
    }
    SemaBucket *b = bucket_of(l);
    rt_lock(&b->lock);
    uint32_t t = (uint32_t)l[NL_NOTIFY].u;
    if (t == (uint32_t)__atomic_load_n(&l[NL_WAIT].u, SC)) {
        rt_unlock(&b->lock);
        return;
    }
    __atomic_store_n(&l[NL_NOTIFY].u, (uint64_t)(uint32_t)(t + 1), SC);
    /* The waiter holding ticket t may not have queued yet: then it will see its ticket
     * notified and not park. */
    Waiter *prev = NULL, *w = l[NL_HEAD].p;
    while (w && w->ticket != t) {
        prev = w;
        w = w->next;
    }
    if (w) {
        if (prev) {
            prev->next = w->next;
        } else {
            l[NL_HEAD].p = w->next;
        }
        if (l[NL_TAIL].p == w) {
            l[NL_TAIL].p = prev;
        }
    }
    rt_unlock(&b->lock);
    if (w) {
        rt_ready(w->g);
    }
}

/* notifyListNotifyAll(l *notifyList): wakes every waiting ticket. */
static void notify_all(G *g, Slot *a) {
    Slot *l = a[0].p;
    if (notify_none_waiting(l)) {
        return;
    }
    SemaBucket *b = bucket_of(l);
    rt_lock(&b->lock);
    Waiter *w = l[NL_HEAD].p;
    l[NL_HEAD].p = NULL;
    l[NL_TAIL].p = NULL;
    __atomic_store_n(&l[NL_NOTIFY].u, (uint64_t)(uint32_t)__atomic_load_n(&l[NL_WAIT].u, SC),
                     SC);
    rt_unlock(&b->lock);
    while (w) {
        Waiter *next = w->next;
        rt_ready(w->g);
        w = next;
    }
}

/* ---- the rest ---- */

/* checkCopy(p *uintptr) bool: the word remembers its own address on first use. */
static void check_copy(G *g, Slot *a) {
    Slot *p = a[0].p;
    uint64_t self = (uint64_t)(uintptr_t)p;
    uint64_t zero = 0;
    __atomic_compare_exchange_n(&p->u, &zero, self, false, SC, SC);
    a[0].i = __atomic_load_n(&p->u, SC) == self;
}

/* fatal(s string): Go's unrecoverable "fatal error: ...", exit status 2. */
static void sync_fatal(G *g, Slot *a) {
    GoString s = rt_str(a);
    rt_flush();
    StrBuf b = {0};
    sb_puts(&b, "fatal error: ");
    sb_put(&b, s.ptr, (size_t)s.len);
    sb_printf(&b, "\n\ngoroutine %lld [running]:\n", (long long)g->id);
    exec_traceback(g, &b);
    sb_puts(&b, "exit status 2\n");
    rt_write(2, b.data, b.len);
    rt_exit(g, 2);
}

/* ---- sync.Mutex, in C: Go's algorithm (state: locked, woken, hand-off bits and a waiter
 * count; a semaphore for the waiters), so that Lock and Unlock are one native call each.
 * A Lock that parks runs again when woken (rt_park_retry); what it knew before parking
 * (when it started waiting, whether it is starving) is kept in its goroutine. ---- */

enum {
    MUTEX_LOCKED = 1,
    MUTEX_WOKEN = 2,
    MUTEX_HANDOFF = 4,
    MUTEX_WAITER = 8,
    MUTEX_WAITER_BITS = 3,
};
#define MUTEX_HANDOFF_AFTER_NS 1000000

/* A lock may busy-wait a few rounds (each pausing the CPU a little) when another processor
 * can run its holder meanwhile. */
static bool can_spin(int spins) {
    static int ncpu; /* sysconf reads a file each time: ask once */
    if (!__atomic_load_n(&ncpu, __ATOMIC_RELAXED)) {
        __atomic_store_n(&ncpu, rt_num_cpu(), __ATOMIC_RELAXED);
    }
    if (spins >= SPIN_ROUNDS || __atomic_load_n(&ncpu, __ATOMIC_RELAXED) <= 1 ||
        sched_nprocs() <= 1) {
        return false;
    }
    for (int i = 0; i < SPIN_PAUSES; i++) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
    return true;
}

static bool mutex_cas(Slot *state, int64_t old, int64_t new) {
    return __atomic_compare_exchange_n(&state->i, &old, new, false, SC, SC);
}

/* (m *Mutex) Lock() */
static void mutex_lock(G *g, Slot *a) {
    Slot *m = a[0].p;
    if (!m) {
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
        return;
    }
    Slot *state = &m[0], *sema = &m[1];
    bool resuming = g->lock_resume == m;
    if (!resuming && mutex_cas(state, 0, MUTEX_LOCKED)) {
        return;
    }
    int64_t wait_start = 0;
    bool starving = false, woken = false;
    int spins = 0;
    if (resuming) {
        g->lock_resume = NULL;
        wait_start = g->lock_wait_start;
        starving = g->lock_starving;
        goto acquired_sema;
    }
    for (;;) {
        int64_t old = __atomic_load_n(&state->i, SC);
        if ((old & (MUTEX_LOCKED | MUTEX_HANDOFF)) == MUTEX_LOCKED && can_spin(spins)) {
            if (!woken && !(old & MUTEX_WOKEN) && (old >> MUTEX_WAITER_BITS) != 0 &&
                mutex_cas(state, old, old | MUTEX_WOKEN)) {
                woken = true;
            }
            spins++;
            continue;
        }
        int64_t next = old;
        if (!(old & (MUTEX_LOCKED | MUTEX_HANDOFF))) {
            next |= MUTEX_LOCKED;
            if (woken) {
                next &= ~(int64_t)MUTEX_WOKEN;
            }
            if (mutex_cas(state, old, next)) {
                return;
            }
            continue;
        }
        next += MUTEX_WAITER;
        if (woken) {
            next &= ~(int64_t)MUTEX_WOKEN;
        }
        if (starving && (old & MUTEX_LOCKED)) {
            next |= MUTEX_HANDOFF;
        }
        if (!mutex_cas(state, old, next)) {
            continue;
        }
        if (!wait_start) {
            wait_start = rt_nanotime();
        }
        g->lock_resume = m;
        g->lock_wait_start = wait_start;
        g->lock_starving = starving;
        if (sema_acquire_retry(g, sema, "sync.Mutex.Lock")) {
            return; /* parked: Lock runs again when woken */
        }
        g->lock_resume = NULL;
    acquired_sema:
        starving = starving || rt_nanotime() - wait_start > MUTEX_HANDOFF_AFTER_NS;
        int64_t cur = __atomic_load_n(&state->i, SC);
        if (cur & MUTEX_HANDOFF) {
            /* handed to us: take it, leave the queue, end hand-off when it is over */
            int64_t delta = MUTEX_LOCKED - MUTEX_WAITER;
            if (!starving || (cur >> MUTEX_WAITER_BITS) == 1) {
                delta -= MUTEX_HANDOFF;
            }
            __atomic_add_fetch(&state->i, delta, SC);
            return;
        }
        woken = true;
        spins = 0;
    }
}

/* (m *Mutex) Unlock() */
static void mutex_unlock(G *g, Slot *a) {
    Slot *m = a[0].p;
    if (!m) {
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
        return;
    }
    Slot *state = &m[0], *sema = &m[1];
    int64_t next = __atomic_sub_fetch(&state->i, MUTEX_LOCKED, SC);
    if (next == 0) {
        return;
    }
    if (!((next + MUTEX_LOCKED) & MUTEX_LOCKED)) {
        static const char msg[] = "sync: unlock of unlocked mutex";
        Slot s[2] = {{.p = (void *)msg}, {.i = (int64_t)(sizeof msg - 1)}};
        sync_fatal(g, s);
        return;
    }
    if (next & MUTEX_HANDOFF) {
        sema_release(sema);
        return;
    }
    int64_t old = next;
    for (;;) {
        if ((old >> MUTEX_WAITER_BITS) == 0 ||
            (old & (MUTEX_LOCKED | MUTEX_WOKEN | MUTEX_HANDOFF))) {
            return;
        }
        if (mutex_cas(state, old, (old - MUTEX_WAITER) | MUTEX_WOKEN)) {
            sema_release(sema);
            return;
        }
        old = __atomic_load_n(&state->i, SC);
    }
}

/* ---- sync.WaitGroup's Add and Done, in C (one native call: no Go frame, so a waking
 * goroutine's "wg.Done()" costs no stack). state: counter << 32 | waiters. ---- */

static void wg_add(G *g, Slot *wg, int64_t delta) {
    uint64_t state = __atomic_add_fetch(&wg[0].u, (uint64_t)delta << 32, SC);
    int32_t count = (int32_t)(state >> 32);
    uint32_t waiters = (uint32_t)state;
    if (count < 0) {
        rt_panic_string(g, "sync: negative WaitGroup counter");
        return;
    }
    if (waiters != 0 && delta > 0 && count == (int32_t)delta) {
        rt_panic_string(g, "sync: WaitGroup misuse: Add called concurrently with Wait");
        return;
    }
    if (count > 0 || waiters == 0) {
        return;
    }
    if (__atomic_load_n(&wg[0].u, SC) != state) {
        rt_panic_string(g, "sync: WaitGroup misuse: Add called concurrently with Wait");
        return;
    }
    __atomic_store_n(&wg[0].u, 0, SC);
    for (; waiters > 0; waiters--) {
        sema_release(&wg[1]);
    }
}

/* (wg *WaitGroup) Add(delta int) */
static void waitgroup_add(G *g, Slot *a) {
    if (!a[0].p) {
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
        return;
    }
    wg_add(g, a[0].p, a[1].i);
}

/* (wg *WaitGroup) Done() */
static void waitgroup_done(G *g, Slot *a) {
    if (!a[0].p) {
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
        return;
    }
    wg_add(g, a[0].p, -1);
}

const NativeFunc lib_sync_funcs[] = {
    {"(m *Mutex) Lock()", mutex_lock},
    {"(wg *WaitGroup) Add(delta int)", waitgroup_add},
    {"(wg *WaitGroup) Done()", waitgroup_done},
    {"(m *Mutex) Unlock()", mutex_unlock},
    {"semacquire(s *uint32, reason int)", sync_semacquire},
    {"semrelease(s *uint32, handoff bool)", sync_semrelease},
    {"notifyListAdd(l *notifyList) uint32", notify_add},
    {"notifyListWait(l *notifyList, t uint32)", notify_wait},
    {"notifyListNotifyOne(l *notifyList)", notify_one},
    {"notifyListNotifyAll(l *notifyList)", notify_all},
    {"checkCopy(p *uintptr) bool", check_copy},
    {"fatal(s string)", sync_fatal},
    {NULL, NULL},
};
