/* sched.c — the M:N scheduler: goroutines (G) run on worker threads (M) that each hold a
 * processor (P). Modelled on Go's runtime/proc.go; our own code.
 *
 * Structures:
 *   P  a processor: a local run queue (ring of 256 Gs) and a `runnext` slot; nprocs of them
 *      (GOMAXPROCS). Only the M holding a P runs Gs from it; others may steal half of it.
 *   M  a worker thread (the main thread is M0). An M without work gives back its P and
 *      sleeps on its condition variable until wakep() hands it a P again.
 *   the global run queue (overflow, readied Gs from threads without a P, Gosched).
 * Invariants:
 *   a G is in at most one run queue, and only while G_RUNNABLE;
 *   a parked G (G_WAITING) is reachable from what it waits on (a channel's queue, a semaphore,
 *   a timer) and nowhere else; rt_ready makes it runnable exactly once.
 * Lock order: a channel's lock (or a semaphore root's) may be held while taking sched.lock
 *   (readying a G); never the other way round. Run queues take no lock (see runq_put).
 *
 * Every scheduling decision is made in find_runnable(); spawn (rt_go), park (rt_park) and
 * wake (rt_ready) are single functions, the points a trace hook will observe.
 */
#include "sched.h"

#include "../src/vm/vm.h"
#include "lib/format.h"
#include "lock.h"
#include "../src/vm/opcodes.h"

#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define RUNQ_SIZE 256
#define MAX_PROCS 256

typedef struct M M;

typedef struct P {
    int id;
    uint32_t head, tail; /* runq[head % RUNQ_SIZE .. tail); atomics, see runq_put */
    G *runq[RUNQ_SIZE];
    G *runnext;
    uint32_t nextseq; /* counts runnext puts (owner writes): a thief sees the owner active */
    bool retiring;    /* above GOMAXPROCS but still held by an M (under sched.lock) */
    /* where the Gs this P ran came from (owner writes; GOSUBDEBUG=schedstats=1 prints) */
    uint64_t nlocal, nglobal, nstolen, nstolen_next;
    uint64_t schedtick;
    struct P *link; /* idle list */
    G *gfree;       /* dead goroutines to reuse */
    int ngfree;
    int64_t ngo; /* goroutines started minus ended here (owner writes; see ngo_add) */
} P;

struct M {
    P *p;
    G *curg;
    pthread_cond_t cond;
    bool woken;
    bool spinning;
    M *link;  /* idle list, or the list of Ms waiting for a P */
    P *nextp; /* the P handed over (by wakep, or by an M releasing one to a waiter) */
};

static struct {
    pthread_mutex_t lock;
    G *gq_head, *gq_tail;
    int64_t gq_len;
    M *midle;
    M *pwait_head, *pwait_tail; /* Ms back from a blocking call, waiting for a P (FIFO) */
    int npwait;
    P *pidle;
    int npidle;
    int nprocs;
    P *allp[MAX_PROCS];
    int nmspinning;
    VEC(G *) allgs;
    int64_t ngoroutines;
    int nblocked; /* Ms blocked outside the scheduler (reading stdin, nested waits) */
    G *main_g;
    int nretiring;     /* Ps above GOMAXPROCS still held by an M (see retire_if_needed) */
    bool main_goexit;  /* main called runtime.Goexit: the program goes on without it */
    G *gfree; /* dead goroutines beyond the Ps' lists (under lock) */
    int ngfree;
} sched = {.lock = PTHREAD_ADAPTIVE_MUTEX_INITIALIZER_NP}; /* spins a little before sleeping */

/* A P's own statistic: only its owner writes it; read (racily, for a report) at exit. */
#define P_STAT(p, field, d) __atomic_store_n(&(p)->field, (p)->field + (d), __ATOMIC_RELAXED)

static __thread M *cur_m;
static pthread_mutex_t exit_lock = PTHREAD_MUTEX_INITIALIZER;

/* The REPL's (sched_start): how goroutines end and when nothing can run; the goroutine to
 * stop. NULL hooks: a program, whose end and deadlock end the process. */
static const SchedHooks *hooks;
static G *stopping;

/* ---- exiting ---- */

static bool schedstats; /* GOSUBDEBUG=schedstats=1 */

/* For GOSUBDEBUG=schedstats=1: where each P's goroutines came from. A ping-pong over an
 * unbuffered channel should show nearly every run as local (the hand-off into runnext). */
static void print_schedstats(void) {
    if (!schedstats) {
        return;
    }
    StrBuf b = {0};
    for (int i = 0; i < MAX_PROCS; i++) {
        P *p = __atomic_load_n(&sched.allp[i], __ATOMIC_ACQUIRE);
        if (!p) {
            break;
        }
        sb_printf(&b, "schedstats: P%d: local %llu, global %llu, stolen %llu (runnext %llu)\n", i,
                  (unsigned long long)__atomic_load_n(&p->nlocal, __ATOMIC_RELAXED),
                  (unsigned long long)__atomic_load_n(&p->nglobal, __ATOMIC_RELAXED),
                  (unsigned long long)__atomic_load_n(&p->nstolen, __ATOMIC_RELAXED),
                  (unsigned long long)__atomic_load_n(&p->nstolen_next, __ATOMIC_RELAXED));
    }
    rt_write(2, b.data, b.len);
}

static void program_exit(int code) __attribute__((noreturn));
static void program_exit(int code) {
    pthread_mutex_lock(&exit_lock); /* one thread exits; the others stop where they are */
    vm_flush();
    print_schedstats();
    _exit(code);
}

/* ---- run queues ----
 *
 * A P's queue is a ring that only its owner (the M holding the P) adds to; any M may take
 * from it (the owner from the front, thieves half of it). head moves by compare-and-swap,
 * tail by the owner's release store, so the owner's common path needs no lock: one exchange
 * for runnext, plain stores for the ring. A slot read by a thief that the owner has since
 * reused is never taken: head has moved on and the thief's CAS fails. */

static void globq_put_batch(G **batch, uint32_t n);

/* Half of p's ring (and g) to the global queue, when the ring is full. false if the ring
 * changed meanwhile (a thief took some): try the fast path again. */
static bool runq_put_slow(P *p, G *g, uint32_t h, uint32_t t) {
    G *batch[RUNQ_SIZE / 2 + 1];
    uint32_t n = (t - h) / 2;
    for (uint32_t i = 0; i < n; i++) {
        batch[i] = __atomic_load_n(&p->runq[(h + i) % RUNQ_SIZE], __ATOMIC_RELAXED);
    }
    if (!__atomic_compare_exchange_n(&p->head, &h, h + n, false, __ATOMIC_RELEASE,
                                     __ATOMIC_RELAXED)) {
        return false;
    }
    batch[n++] = g;
    globq_put_batch(batch, n);
    return true;
}

/* Queues g on p, as runnext (to run next, the one it displaces going to the ring) or at
 * the back. Only p's owner calls this. */
static void runq_put(P *p, G *g, bool next) {
    if (next) {
        G *old = __atomic_exchange_n(&p->runnext, g, __ATOMIC_ACQ_REL);
        __atomic_store_n(&p->nextseq, p->nextseq + 1, __ATOMIC_RELEASE);
        if (!old) {
            return;
        }
        g = old;
    }
    for (;;) {
        uint32_t h = __atomic_load_n(&p->head, __ATOMIC_ACQUIRE);
        uint32_t t = __atomic_load_n(&p->tail, __ATOMIC_RELAXED);
        if (t - h < RUNQ_SIZE) {
            __atomic_store_n(&p->runq[t % RUNQ_SIZE], g, __ATOMIC_RELAXED);
            __atomic_store_n(&p->tail, t + 1, __ATOMIC_RELEASE);
            return;
        }
        if (runq_put_slow(p, g, h, t)) {
            return;
        }
    }
}

/* The next G of p: runnext first, then the front of the ring. Only p's owner calls this
 * (and GOMAXPROCS, draining a retired P). */
static G *runq_get(P *p) {
    G *next = __atomic_load_n(&p->runnext, __ATOMIC_RELAXED);
    if (next && __atomic_compare_exchange_n(&p->runnext, &next, NULL, false, __ATOMIC_ACQUIRE,
                                            __ATOMIC_RELAXED)) {
        return next;
    }
    for (;;) {
        uint32_t h = __atomic_load_n(&p->head, __ATOMIC_ACQUIRE);
        uint32_t t = __atomic_load_n(&p->tail, __ATOMIC_ACQUIRE);
        if (t == h) {
            return NULL;
        }
        G *g = __atomic_load_n(&p->runq[h % RUNQ_SIZE], __ATOMIC_RELAXED);
        if (__atomic_compare_exchange_n(&p->head, &h, h + 1, false, __ATOMIC_RELEASE,
                                        __ATOMIC_RELAXED)) {
            return g;
        }
    }
}

/* Whether p has nothing queued (a snapshot: exact only when p's owner is idle). */
static bool runq_empty(P *p) {
    for (;;) {
        uint32_t h = __atomic_load_n(&p->head, __ATOMIC_ACQUIRE);
        uint32_t t = __atomic_load_n(&p->tail, __ATOMIC_ACQUIRE);
        G *next = __atomic_load_n(&p->runnext, __ATOMIC_ACQUIRE);
        /* a G moving from runnext to the ring is in one or the other: re-read the tail */
        if (__atomic_load_n(&p->tail, __ATOMIC_ACQUIRE) == t) {
            return h == t && !next;
        }
    }
}

/* Takes half of victim's ring into batch (or, if the ring is empty, its runnext when that
 * has waited a few microseconds); returns how many. */
static uint32_t runq_grab(P *victim, G **batch, bool *was_next) {
    for (;;) {
        uint32_t h = __atomic_load_n(&victim->head, __ATOMIC_ACQUIRE);
        uint32_t t = __atomic_load_n(&victim->tail, __ATOMIC_ACQUIRE);
        uint32_t n = t - h;
        n = n - n / 2;
        if (n == 0) {
            uint32_t seq = __atomic_load_n(&victim->nextseq, __ATOMIC_ACQUIRE);
            G *next = __atomic_load_n(&victim->runnext, __ATOMIC_ACQUIRE);
            if (!next) {
                return 0;
            }
            /* runnext is about to run on its own P (a hand-off keeps a ping-pong on one
             * worker); take it only if it is still waiting after a few microseconds, the
             * same hand-off (a ping-pong puts the same G there again and again) */
            int64_t until = rt_nanotime() + 3000;
            while (rt_nanotime() < until) {
                __builtin_ia32_pause();
            }
            if (__atomic_load_n(&victim->nextseq, __ATOMIC_ACQUIRE) != seq) {
                return 0; /* its owner is busy handing off: leave it be */
            }
            if (__atomic_load_n(&victim->tail, __ATOMIC_ACQUIRE) != t ||
                __atomic_load_n(&victim->head, __ATOMIC_ACQUIRE) != h) {
                continue;
            }
            if (__atomic_compare_exchange_n(&victim->runnext, &next, NULL, false,
                                            __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
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
            batch[i] = __atomic_load_n(&victim->runq[(h + i) % RUNQ_SIZE], __ATOMIC_RELAXED);
        }
        if (__atomic_compare_exchange_n(&victim->head, &h, h + n, false, __ATOMIC_RELEASE,
                                        __ATOMIC_RELAXED)) {
            return n;
        }
    }
}

/* Takes half of victim's queue into p (whose ring is empty: p's M is looking for work);
 * returns one G to run. */
static G *runq_steal(P *p, P *victim) {
    G *batch[RUNQ_SIZE / 2 + 1];
    bool was_next = false;
    uint32_t n = runq_grab(victim, batch, &was_next);
    if (n == 0) {
        return NULL;
    }
    P_STAT(p, nstolen, n);
    P_STAT(p, nstolen_next, was_next);
    for (uint32_t i = 1; i < n; i++) {
        runq_put(p, batch[i], false);
    }
    return batch[0];
}

/* sched.lock held */
static void globq_put(G *g) {
    g->schedlink = NULL;
    if (sched.gq_tail) {
        sched.gq_tail->schedlink = g;
    } else {
        sched.gq_head = g;
    }
    sched.gq_tail = g;
    LOCKED_ADD(sched.gq_len, 1);
}

/* sched.lock held */
static G *globq_get(void) {
    G *g = sched.gq_head;
    if (g) {
        sched.gq_head = g->schedlink;
        if (!sched.gq_head) {
            sched.gq_tail = NULL;
        }
        LOCKED_ADD(sched.gq_len, -1);
        g->schedlink = NULL;
    }
    return g;
}

static void globq_put_batch(G **batch, uint32_t n) {
    pthread_mutex_lock(&sched.lock);
    for (uint32_t i = 0; i < n; i++) {
        globq_put(batch[i]);
    }
    pthread_mutex_unlock(&sched.lock);
}

/* ---- Ms and Ps ---- */

static void *m_main(void *arg);
static void schedule(M *m);

/* sched.lock held */
static P *pidle_get(void) {
    P *p = sched.pidle;
    if (p) {
        sched.pidle = p->link;
        LOCKED_ADD(sched.npidle, -1);
    }
    return p;
}

/* p has no M: an M waiting for a P to go on with its goroutine gets it, else it is idle.
 * sched.lock held. */
static void pidle_put(P *p) {
    M *w = sched.pwait_head;
    if (w) {
        sched.pwait_head = w->link;
        if (!sched.pwait_head) {
            sched.pwait_tail = NULL;
        }
        LOCKED_ADD(sched.npwait, -1);
        w->nextp = p;
        w->woken = true;
        pthread_cond_signal(&w->cond);
        return;
    }
    p->link = sched.pidle;
    sched.pidle = p;
    LOCKED_ADD(sched.npidle, 1);
}

/* m sleeps until somebody hands it a P (wakep, or pidle_put to a waiter), then holds it.
 * sched.lock held (released while sleeping); m is already on the list it waits on. With
 * flush, what the program printed so far is written out first (a quiet program shows it). */
static void m_wait_for_p(M *m, bool flush) {
    m->woken = false;
    if (flush) {
        pthread_mutex_unlock(&sched.lock);
        vm_flush();
        pthread_mutex_lock(&sched.lock);
    }
    while (!m->woken) {
        pthread_cond_wait(&m->cond, &sched.lock);
    }
    m->p = m->nextp;
    m->nextp = NULL;
}

/* m has nothing to run: it joins the idle Ms until wakep gives it a P. sched.lock held. */
static void stopm(M *m, bool flush) {
    m->link = sched.midle;
    sched.midle = m;
    m_wait_for_p(m, flush);
}

/* m, back from a blocking call with a goroutine to go on with, takes an idle P, or waits
 * for the next P an M lets go (busy Ms hand theirs over at their next scheduling point:
 * see find_runnable). sched.lock held. */
static void acquirep_after_block(M *m) {
    P *p = pidle_get();
    if (p) {
        m->p = p;
        return;
    }
    m->link = NULL;
    if (sched.pwait_tail) {
        sched.pwait_tail->link = m;
    } else {
        sched.pwait_head = m;
    }
    sched.pwait_tail = m;
    LOCKED_ADD(sched.npwait, 1);
    m_wait_for_p(m, false);
}

/* p's M lets it go: it becomes idle, or, if GOMAXPROCS retired it, its queue goes to the
 * global one and it rests. sched.lock held; called by p's owner. */
static void p_release(P *p) {
    if (!p->retiring) {
        pidle_put(p);
        return;
    }
    p->retiring = false;
    sched.nretiring--;
    G *g;
    while ((g = runq_get(p))) {
        globq_put(g);
    }
}

static M *new_m(void) {
    M *m = NEW(M);
    pthread_cond_init(&m->cond, NULL);
    return m;
}

/* Starts an M (waking an idle one, or a new thread) to run P p. sched.lock held. */
static void start_m(P *p, bool spinning) {
    M *m = sched.midle;
    if (m) {
        sched.midle = m->link;
        m->nextp = p;
        m->spinning = spinning;
        m->woken = true;
        pthread_cond_signal(&m->cond);
        return;
    }
    m = new_m();
    m->nextp = p;
    m->spinning = spinning;
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 8 << 20);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (GC_pthread_create(&t, &attr, m_main, m) != 0) {
        /* cannot start a thread: the P goes back; the running Ms carry on */
        pidle_put(p);
        if (spinning) {
            __atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST);
        }
    }
    pthread_attr_destroy(&attr);
}

/* There is new work: wake an idle P if nobody is looking for work already. The M it
 * starts counts as spinning from here on. (nmspinning changes outside sched.lock too, so
 * every change to it is atomic.) */
static void wakep(void) {
    if (__atomic_load_n(&sched.npidle, __ATOMIC_SEQ_CST) == 0 ||
        __atomic_load_n(&sched.nmspinning, __ATOMIC_SEQ_CST) != 0) {
        return;
    }
    int zero = 0;
    if (!__atomic_compare_exchange_n(&sched.nmspinning, &zero, 1, false, __ATOMIC_SEQ_CST,
                                     __ATOMIC_SEQ_CST)) {
        return; /* somebody else started looking */
    }
    pthread_mutex_lock(&sched.lock);
    P *p = pidle_get();
    if (p) {
        start_m(p, true);
    } else {
        __atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST);
    }
    pthread_mutex_unlock(&sched.lock);
}

/* ---- goroutines ---- */

static void register_g(G *g) {
    pthread_mutex_lock(&sched.lock);
    g->allg_index = sched.allgs.len;
    vec_push(&sched.allgs, g);
    __atomic_add_fetch(&sched.ngoroutines, 1, __ATOMIC_SEQ_CST); /* also changed outside the lock */
    pthread_mutex_unlock(&sched.lock);
}

/* A goroutine ended: off the list (so that the collector can have it). */
static void unregister_g(G *g) {
    pthread_mutex_lock(&sched.lock);
    int64_t i = g->allg_index;
    G *last = sched.allgs.data[--sched.allgs.len];
    sched.allgs.data[i] = last;
    last->allg_index = i;
    sched.allgs.data[sched.allgs.len] = NULL;
    pthread_mutex_unlock(&sched.lock);
}

void rt_ready(G *g) {
    g->status = G_RUNNABLE;
    g->wait_reason = NULL;
    if (g->thread_blocked) {
        /* a goroutine waiting inside a native's nested call: wake its thread */
        pthread_mutex_lock(&sched.lock);
        g->thread_woken = true;
        pthread_cond_signal(g->thread_cond);
        pthread_mutex_unlock(&sched.lock);
        return;
    }
    M *m = cur_m;
    if (m && m->p) {
        runq_put(m->p, g, true);
    } else {
        pthread_mutex_lock(&sched.lock);
        globq_put(g);
        pthread_mutex_unlock(&sched.lock);
    }
    wakep();
}

/* A dead goroutine to reuse, from our P's list or the global one; NULL if none. */
static G *gfget(void) {
    M *m = cur_m;
    P *p = m ? m->p : NULL;
    if (p && !p->gfree && __atomic_load_n(&sched.ngfree, __ATOMIC_RELAXED) > 0) {
        pthread_mutex_lock(&sched.lock);
        while (sched.gfree && p->ngfree < 32) {
            G *x = sched.gfree;
            sched.gfree = x->schedlink;
            LOCKED_ADD(sched.ngfree, -1);
            x->schedlink = p->gfree;
            p->gfree = x;
            p->ngfree++;
        }
        pthread_mutex_unlock(&sched.lock);
    }
    if (p && p->gfree) {
        G *g = p->gfree;
        p->gfree = g->schedlink;
        p->ngfree--;
        return g;
    }
    return NULL;
}

static void gfput(P *p, G *g) {
    g->schedlink = p->gfree;
    p->gfree = g;
    p->ngfree++;
    if (p->ngfree >= 64) {
        pthread_mutex_lock(&sched.lock);
        while (p->ngfree > 32) {
            G *x = p->gfree;
            p->gfree = x->schedlink;
            p->ngfree--;
            x->schedlink = sched.gfree;
            sched.gfree = x;
            LOCKED_ADD(sched.ngfree, 1);
        }
        pthread_mutex_unlock(&sched.lock);
    }
}

/* A goroutine that starts in a native (go strconv.Itoa(5)) starts in a tiny Go function
 * that calls it. */
static Closure *native_trampoline(Func *native) {
    static pthread_mutex_t tl = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&tl);
    if (!native->trampoline) {
        Func *t = NEW(Func);
        t->name = native->name;
        t->file = native->file;
        t->is_wrapper = true;
        t->consts = NEW_ARRAY(Slot, 1);
        t->consts[0].p = native;
        t->nconsts = 1;
        t->code = NEW_ARRAY(Instr, 2);
        t->code[0] = (Instr){OP_CALL, 0, {.bx = 0}};
        t->code[1] = (Instr){OP_RET, 0, {{0, 0}}};
        t->ncode = 2;
        int n = native->param_slots > native->result_slots ? native->param_slots
                                                            : native->result_slots;
        t->nregs = n + 2;
        t->param_slots = native->param_slots;
        Closure *cl = NEW(Closure);
        cl->fn = t;
        native->trampoline = cl;
    }
    pthread_mutex_unlock(&tl);
    return native->trampoline;
}

/* Counts goroutines started (+1) or ended (-1): on p's own counter when there is a P (only
 * its owner writes it, so no shared cache line bounces on every go statement), else on
 * the global one. rt_num_goroutine sums them. */
static void ngo_add(P *p, int64_t d) {
    if (p) {
        __atomic_store_n(&p->ngo, p->ngo + d, __ATOMIC_RELAXED);
    } else {
        __atomic_add_fetch(&sched.ngoroutines, d, __ATOMIC_SEQ_CST);
    }
}

G *rt_go(G *parent, Slot fn, const Slot *args, int nargs) {
    Closure *cl = fn.p;
    if (cl->fn->native) {
        cl = native_trampoline(cl->fn);
    }
    G *g = gfget();
    if (g) {
        vm_reuse_g(g, cl, args, nargs);
        ngo_add(cur_m->p, 1);
    } else {
        g = vm_new_g(cl, args, nargs);
        register_g(g);
    }
    if (parent) {
        g->go_parent_id = parent->id;
        Frame *f = parent->nframes ? &parent->frames[parent->nframes - 1] : NULL;
        if (f) {
            g->go_parent_fn = f->fn->name;
            g->go_file = f->fn->file;
            g->go_line = func_line(f->fn, f->pc > f->fn->code ? f->pc - 1 : f->pc);
        }
    }
    rt_ready(g);
    return g;
}

int64_t rt_num_goroutine(void) {
    int64_t n = __atomic_load_n(&sched.ngoroutines, __ATOMIC_SEQ_CST);
    for (int i = 0; i < MAX_PROCS; i++) {
        P *p = __atomic_load_n(&sched.allp[i], __ATOMIC_ACQUIRE);
        if (!p) {
            break;
        }
        n += __atomic_load_n(&p->ngo, __ATOMIC_RELAXED);
    }
    return n;
}

int rt_num_cpu(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

/* ---- parking ---- */

void rt_park(G *g, const char *reason, void (*unlock)(void *), void *arg) {
    g->wait_reason = reason;
    if (g->nested > 0) {
        /* inside a native's call into Go: block this thread (handing our P on), not the G */
        if (!g->thread_cond) {
            g->thread_cond = GC_MALLOC(sizeof(pthread_cond_t));
            pthread_cond_init(g->thread_cond, NULL);
        }
        g->thread_woken = false;
        g->thread_blocked = true;
        g->status = G_WAITING;
        if (unlock) {
            unlock(arg);
        }
        sched_block_thread(g);
        return;
    }
    g->status = G_WAITING;
    g->park_unlock = unlock;
    g->park_arg = arg;
    g->native_yield = 1;
}

bool rt_park_retry(G *g, const char *reason, void (*unlock)(void *), void *arg) {
    bool nested = g->nested > 0;
    if (!nested) {
        g->native_retry = true;
    }
    rt_park(g, reason, unlock, arg);
    return !nested; /* nested: the thread waited, and we are awake already */
}

void rt_gosched(G *g) {
    if (g->nested > 0) {
        return;
    }
    g->native_yield = 2;
}

/* Blocks the current thread until g is readied; our P goes to another M meanwhile. */
void sched_block_thread(G *g) {
    sched_enter_blocking();
    pthread_mutex_lock(&sched.lock);
    while (!g->thread_woken) {
        pthread_cond_wait(g->thread_cond, &sched.lock);
    }
    g->thread_blocked = false;
    g->status = G_RUNNING;
    pthread_mutex_unlock(&sched.lock);
    sched_exit_blocking();
}

/* A blocking system call (read): our P runs other goroutines meanwhile. */
void sched_enter_blocking(void) {
    M *m = cur_m;
    if (!m) {
        return;
    }
    P *p = m->p;
    pthread_mutex_lock(&sched.lock);
    sched.nblocked++;
    if (p) {
        m->p = NULL;
        p_release(p); /* wakep below hands it on if there is work */
    }
    pthread_mutex_unlock(&sched.lock);
    if (p) {
        wakep();
    }
}

void sched_exit_blocking(void) {
    M *m = cur_m;
    if (!m) {
        return;
    }
    pthread_mutex_lock(&sched.lock);
    acquirep_after_block(m);
    sched.nblocked--; /* only now: until we have a P, every P may be idle */
    pthread_mutex_unlock(&sched.lock);
}

/* ---- reports ---- */

static const char *abs_file(const char *file) {
    if (!file || file[0] == '/' || file[0] == '$' || file[0] == '<') {
        return file ? file : "?";
    }
    static char *cwd;
    if (!cwd) {
        cwd = getcwd(NULL, 0);
    }
    return str_printf("%s/%s", cwd ? cwd : ".", file);
}

static void print_created_by(G *g, StrBuf *b) {
    if (g->go_parent_fn) {
        sb_printf(b, "created by %s in goroutine %lld\n\t%s:%d +0x0\n", g->go_parent_fn,
                  (long long)g->go_parent_id, abs_file(g->go_file), g->go_line);
    }
}

void sched_goroutine_header(G *g, StrBuf *b, const char *state) {
    sb_printf(b, "goroutine %lld [%s]:\n", (long long)g->id, state);
}

static void report_deadlock(void) {
    vm_flush();
    StrBuf b = {0};
    bool any = false;
    for (int i = 0; i < sched.allgs.len && !any; i++) {
        any = sched.allgs.data[i]->status != G_DEAD;
    }
    if (!any) {
        /* only after main's runtime.Goexit: Go says so when no goroutine is left at all */
        sb_puts(&b, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    } else {
        sb_puts(&b, "fatal error: all goroutines are asleep - deadlock!\n");
    }
    for (int i = 0; i < sched.allgs.len; i++) {
        G *g = sched.allgs.data[i];
        if (g->status == G_DEAD) {
            continue;
        }
        sb_putc(&b, '\n');
        sched_goroutine_header(g, &b, g->wait_reason ? g->wait_reason : "runnable");
        vm_traceback(g, &b);
        print_created_by(g, &b);
    }
    sb_puts(&b, "exit status 2\n");
    rt_write(2, b.data, b.len);
}


/* Nothing runs, nothing is queued, nobody waits outside the scheduler, no timer is pending:
 * every goroutine is blocked for good. sched.lock held. */
static bool all_blocked_locked(void) {
    if (sched.npidle != sched.nprocs || sched.nblocked != 0 || sched.nretiring != 0 ||
        sched.gq_len != 0) {
        return false;
    }
    for (int i = 0; i < sched.nprocs; i++) {
        if (sched.allp[i] && !runq_empty(sched.allp[i])) {
            return false;
        }
    }
    return !timers_pending();
}

static void check_deadlock_locked(void) {
    if (!all_blocked_locked()) {
        return;
    }
    if (hooks) {
        hooks->idle();
        return;
    }
    pthread_mutex_lock(&exit_lock);
    report_deadlock();
    vm_flush();
    _exit(2);
}

/* The timer thread, after firing timers: the last timer may have been all there was. */
void sched_check_deadlock(void) {
    if (__atomic_load_n(&sched.npidle, __ATOMIC_SEQ_CST) != sched.nprocs) {
        return;
    }
    pthread_mutex_lock(&sched.lock);
    check_deadlock_locked();
    pthread_mutex_unlock(&sched.lock);
}

/* ---- running ---- */

/* g ended: its memory is kept for the next go statement, or let go. */
static void g_end(M *m, G *g, SchedEnd how) {
    g->status = G_DEAD;
    bool reuse = how == SCHED_END_RETURN && m->p && g->stack_cap <= 4096;
    if (!reuse) {
        unregister_g(g);
        g->stack = NULL; /* let the collector have it */
        g->frames = NULL;
    }
    if (hooks) {
        G *expected = g;
        __atomic_compare_exchange_n(&stopping, &expected, NULL, false, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST);
        hooks->ended(g, how);
    }
    ngo_add(m->p, -1);
    if (reuse) {
        /* keep it for the next go statement (its list slot stays: status G_DEAD) */
        g->defers = NULL;
        g->panic = NULL;
        gfput(m->p, g);
    }
}

/* The REPL's way out of a failed allocation: back to execute(), which ends the goroutine. */
static __thread jmp_buf *oom_escape;

void sched_out_of_memory(void) {
    if (oom_escape) {
        longjmp(*oom_escape, 1);
    }
}

static void execute(M *m, G *g) {
    if (__atomic_load_n(&stopping, __ATOMIC_SEQ_CST) == g) {
        g_end(m, g, SCHED_END_STOPPED);
        return;
    }
    m->curg = g;
    g->status = G_RUNNING;
    jmp_buf escape;
    if (hooks) {
        if (setjmp(escape) != 0) {
            oom_escape = NULL;
            m->curg = NULL;
            g_end(m, g, SCHED_END_NOMEM);
            return;
        }
        oom_escape = &escape;
    }
    RunResult r = vm_run(g);
    oom_escape = NULL;
    m->curg = NULL;
    switch (r) {
    case RUN_DONE:
        if (g == sched.main_g) {
            g->status = G_DEAD;
            if (!g->goexited) {
                program_exit(0);
            }
            sched.main_goexit = true; /* the others go on; the last one to block ends it */
        }
        g_end(m, g, SCHED_END_RETURN);
        break;
    case RUN_EXIT:
        if (hooks) {
            hooks->exit(g->exit_code);
        }
        program_exit(g->exit_code);
        break;
    case RUN_PANIC:
        if (hooks) {
            if (!g->fatal) {
                vm_report_panic_created(g);
            }
            g_end(m, g, SCHED_END_PANIC);
            break;
        }
        pthread_mutex_lock(&exit_lock);
        if (!g->fatal) {
            vm_report_panic_created(g);
        }
        vm_flush();
        _exit(2);
    case RUN_YIELD:
        if (__atomic_load_n(&stopping, __ATOMIC_SEQ_CST) == g) {
            g_end(m, g, SCHED_END_STOPPED);
            break;
        }
        /* preempted or Gosched: to the back of the global queue, as Go does, so that
         * everything queued meanwhile (by this goroutine too) runs first */
        g->status = G_RUNNABLE;
        g->gosched = false;
        pthread_mutex_lock(&sched.lock);
        globq_put(g);
        pthread_mutex_unlock(&sched.lock);
        wakep();
        break;
    case RUN_PARK:
        if (g->park_unlock) {
            void (*unlock)(void *) = g->park_unlock;
            g->park_unlock = NULL;
            unlock(g->park_arg);
        }
        break;
    }
}

/* A cheap per-thread random number (xorshift): steal order, select's polling order. */
uint32_t rt_fastrand(void) {
    static __thread uint64_t x;
    if (!x) {
        x = (uint64_t)(uintptr_t)&x ^ (uint64_t)rt_nanotime() ^ 0x9E3779B97F4A7C15ull;
    }
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return (uint32_t)(x >> 16);
}

static void retire_if_needed(M *m);

/* An M back from a blocking call waits for a P to go on with its goroutine: between two
 * goroutines, m gives it its P and sleeps (Go's exitsyscall queues that goroutine; ours is
 * in the middle of a native, on that M's stack, so the P goes to the M instead). */
static void handoff_to_waiter(M *m) {
    pthread_mutex_lock(&sched.lock);
    if (sched.pwait_head) {
        p_release(m->p);
        m->p = NULL;
        if (m->spinning) {
            m->spinning = false;
            __atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST);
        }
        stopm(m, false);
    }
    pthread_mutex_unlock(&sched.lock);
}

/* Finds a G to run for m (which holds a P); sleeps while there is none. */
static G *find_runnable(M *m) {
    for (;;) {
        retire_if_needed(m);
        if (__atomic_load_n(&sched.npwait, __ATOMIC_RELAXED) > 0) {
            handoff_to_waiter(m);
        }
        P *p = m->p;
        G *g;
        p->schedtick++;
        if (p->schedtick % 61 == 0 && __atomic_load_n(&sched.gq_len, __ATOMIC_SEQ_CST) > 0) {
            pthread_mutex_lock(&sched.lock);
            g = globq_get();
            pthread_mutex_unlock(&sched.lock);
            if (g) {
                P_STAT(p, nglobal, 1);
                return g;
            }
        }
        if ((g = runq_get(p))) {
            P_STAT(p, nlocal, 1);
            return g;
        }
        if (__atomic_load_n(&sched.gq_len, __ATOMIC_SEQ_CST) > 0) {
            /* take one to run and a fair share more for our queue, in one go */
            G *batch[RUNQ_SIZE / 2];
            int n = 0;
            pthread_mutex_lock(&sched.lock);
            int64_t want = sched.gq_len / sched.nprocs + 1;
            if (want > RUNQ_SIZE / 2) {
                want = RUNQ_SIZE / 2;
            }
            while (n < want && (g = globq_get())) {
                batch[n++] = g;
            }
            pthread_mutex_unlock(&sched.lock);
            for (int i = 1; i < n; i++) {
                runq_put(p, batch[i], false);
            }
            if (n > 0) {
                P_STAT(p, nglobal, n);
                return batch[0];
            }
        }
        /* steal */
        int n = __atomic_load_n(&sched.nprocs, __ATOMIC_SEQ_CST);
        if (n > 1) {
            if (!m->spinning) {
                m->spinning = true;
                __atomic_add_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST);
            }
            /* spin a little (a few microseconds): new work often comes right away, and
             * while we spin, wakep() does not need to wake another M */
            for (int attempt = 0; attempt < 64; attempt++) {
                if (attempt > 0) {
                    for (int k = 0; k < 50; k++) {
                        __builtin_ia32_pause();
                    }
                    if (__atomic_load_n(&sched.gq_len, __ATOMIC_SEQ_CST) > 0) {
                        break;
                    }
                    if ((g = runq_get(p))) {
                        P_STAT(p, nlocal, 1);
                        return g; /* schedule() stops our spinning */
                    }
                }
                int start = (int)(rt_fastrand() % (uint32_t)n);
                for (int i = 0; i < n; i++) {
                    P *v = __atomic_load_n(&sched.allp[(start + i) % n], __ATOMIC_ACQUIRE);
                    if (v == p || !v) {
                        continue;
                    }
                    if ((g = runq_steal(p, v))) {
                        return g;
                    }
                }
            }
        }
        /* nothing to do: give the P back and sleep */
        pthread_mutex_lock(&sched.lock);
        if (sched.gq_len > 0) {
            g = globq_get();
            pthread_mutex_unlock(&sched.lock);
            P_STAT(p, nglobal, 1);
            return g;
        }
        /* Go's order: let the P go and stop spinning first, then look at every queue once
         * more. Whoever queues work meanwhile either sees the idle P in wakep, or put it
         * where this last look finds it. */
        m->p = NULL;
        p_release(p);
        if (m->spinning) {
            m->spinning = false;
            __atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST);
        }
        __atomic_thread_fence(__ATOMIC_SEQ_CST);
        bool found = sched.gq_len > 0; /* a retired P's queue may have just gone there */
        for (int i = 0; i < sched.nprocs && !found; i++) {
            P *v = sched.allp[i];
            found = v && !runq_empty(v);
        }
        if (found && (m->p = pidle_get())) {
            pthread_mutex_unlock(&sched.lock);
            continue;
        }
        check_deadlock_locked();
        stopm(m, true); /* woken by wakep as a spinning M: nmspinning counts us */
        pthread_mutex_unlock(&sched.lock);
    }
}


static void *m_main(void *arg) {
    M *m = arg;
    cur_m = m;
    pthread_mutex_lock(&sched.lock);
    m->p = m->nextp;
    m->nextp = NULL;
    pthread_mutex_unlock(&sched.lock);
    schedule(m);
    return NULL;
}

/* ---- GOMAXPROCS ---- */

static int initial_procs(void) {
    const char *env = getenv("GOMAXPROCS");
    long n = env ? strtol(env, NULL, 10) : 0;
    if (n <= 0) {
        n = rt_num_cpu();
    }
    if (n > MAX_PROCS) {
        n = MAX_PROCS;
    }
    return (int)n;
}

int rt_gomaxprocs(int n) {
    pthread_mutex_lock(&sched.lock);
    int old = sched.nprocs;
    if (n <= 0 || n == old) {
        pthread_mutex_unlock(&sched.lock);
        return old;
    }
    if (n > MAX_PROCS) {
        n = MAX_PROCS;
    }
    if (n > old) {
        for (int i = old; i < n; i++) {
            if (!sched.allp[i]) {
                P *p = NEW(P);
                p->id = i;
                __atomic_store_n(&sched.allp[i], p, __ATOMIC_RELEASE);
            }
            P *p = sched.allp[i];
            if (p->retiring) {
                /* retired but not yet let go: its M just keeps it */
                p->retiring = false;
                sched.nretiring--;
            } else {
                pidle_put(p);
            }
        }
        __atomic_store_n(&sched.nprocs, n, __ATOMIC_SEQ_CST);
        pthread_mutex_unlock(&sched.lock);
        return old;
    }
    /* shrinking: Ps above n stop taking work. An idle one's queue goes to the global queue
     * now; one held by an M is retired when its M next looks for work (retire_if_needed). */
    __atomic_store_n(&sched.nprocs, n, __ATOMIC_SEQ_CST);
    for (int i = n; i < old; i++) {
        sched.allp[i]->retiring = true;
    }
    P **link = &sched.pidle;
    while (*link) {
        P *p = *link;
        if (p->id >= n) {
            *link = p->link;
            LOCKED_ADD(sched.npidle, -1);
            p->retiring = false;
            G *g;
            while ((g = runq_get(p))) {
                globq_put(g);
            }
        } else {
            link = &p->link;
        }
    }
    for (int i = n; i < old; i++) {
        if (sched.allp[i]->retiring) {
            sched.nretiring++;
        }
    }
    pthread_mutex_unlock(&sched.lock);
    return old;
}

/* Called between goroutines: an M whose P was retired by GOMAXPROCS gives it up (its
 * queue going to the global one) and waits for a P below the limit. */
static void retire_if_needed(M *m) {
    P *p = m->p;
    if (p->id < __atomic_load_n(&sched.nprocs, __ATOMIC_SEQ_CST)) {
        return;
    }
    pthread_mutex_lock(&sched.lock);
    while (m->p->retiring) {
        p_release(m->p);
        m->p = pidle_get();
        if (!m->p) {
            stopm(m, false);
        }
    }
    pthread_mutex_unlock(&sched.lock);
}

/* The loop of every M: find a goroutine, run it, repeat. */
static void schedule(M *m) {
    for (;;) {
        G *g = find_runnable(m);
        if (m->spinning) {
            /* we found work and stop looking: if nobody else looks, there may be more */
            m->spinning = false;
            if (__atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST) == 0) {
                wakep();
            }
        }
        execute(m, g);
    }
}

/* ---- start ---- */

/* The Ps, all idle but the first `busy` ones; the timers. */
static void sched_init(int busy) {
    int n = initial_procs();
    const char *debug = getenv("GOSUBDEBUG");
    schedstats = debug && strstr(debug, "schedstats=1");
    pthread_mutex_lock(&sched.lock);
    for (int i = 0; i < n; i++) {
        P *p = NEW(P);
        p->id = i;
        sched.allp[i] = p;
    }
    __atomic_store_n(&sched.nprocs, n, __ATOMIC_SEQ_CST);
    for (int i = n - 1; i >= busy; i--) {
        pidle_put(sched.allp[i]);
    }
    pthread_mutex_unlock(&sched.lock);
    timers_start();
}

void sched_start(const SchedHooks *h) {
    hooks = h;
    sched_init(0); /* workers start as goroutines come (wakep) */
}

void sched_stop(G *g) { __atomic_store_n(&stopping, g, __ATOMIC_SEQ_CST); }

void sched_drop(G *g) {
    g->status = G_DEAD;
    G *expected = g;
    __atomic_compare_exchange_n(&stopping, &expected, NULL, false, __ATOMIC_SEQ_CST,
                                __ATOMIC_SEQ_CST);
    ngo_add(NULL, -1);
    unregister_g(g);
}

bool sched_idle(void) {
    pthread_mutex_lock(&sched.lock);
    bool idle = all_blocked_locked();
    pthread_mutex_unlock(&sched.lock);
    return idle;
}

void sched_each_g(void (*fn)(G *g, void *arg), void *arg) {
    pthread_mutex_lock(&sched.lock);
    for (int i = 0; i < sched.allgs.len; i++) {
        G *g = sched.allgs.data[i];
        if (g->status != G_DEAD) {
            fn(g, arg);
        }
    }
    pthread_mutex_unlock(&sched.lock);
}

int sched_main(Closure *entry) {
    sched_init(1);
    M *m0 = new_m();
    cur_m = m0;
    m0->p = sched.allp[0];
    G *g = vm_new_g(entry, NULL, 0);
    sched.main_g = g;
    register_g(g);
    runq_put(m0->p, g, false);
    schedule(m0);
    return 0;
}

int sched_nprocs(void) { return __atomic_load_n(&sched.nprocs, __ATOMIC_SEQ_CST); }

