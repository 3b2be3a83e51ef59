/* sched.c — the M:N scheduler: goroutines (G) run on worker threads (M) that each hold a
 * processor (P). Modelled on Go's runtime/proc.go; our own code.
 *
 * Structures:
 *   G  a goroutine (g.h): the runtime's part; the executor (exec.h) owns its execution state.
 *   P  a processor: a local run queue (runq.h: a ring of 256 Gs and a `next` slot); nprocs
 *      of them (GOMAXPROCS). Only the M holding a P runs Gs from it; others may steal half.
 *   M  a worker thread (the main thread is M0). An M without work gives back its P and
 *      sleeps on its condition variable until wakep() hands it a P again.
 *   the global run queue (overflow, readied Gs from threads without a P, Gosched).
 * Invariants:
 *   a G is in at most one run queue, and only while G_RUNNABLE;
 *   a parked G (G_WAITING) is reachable from what it waits on (a channel's queue, a semaphore,
 *   a timer) and nowhere else; rt_ready makes it runnable exactly once.
 * Lock order: a channel's lock (or a semaphore root's) may be held while taking sched.lock
 *   (readying a G); never the other way round. Run queues take no lock (see runq.h).
 *
 * Every scheduling decision is made in find_runnable(); spawn (rt_go), park (rt_park) and
 * wake (rt_ready) are single functions, the points a trace hook will observe.
 *
 * The REPL (sched_start) has no main goroutine and no M0: its thread only starts goroutines.
 * Its hooks learn how each goroutine ends (a panic ends the goroutine, not the process) and
 * when nothing can run (instead of the deadlock report); `stopping` names the one goroutine
 * Ctrl-C stops at its next scheduling point.
 */
#include "sched.h"

#include "exec.h"
#include "lock.h"
#include "runq.h"

#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_PROCS 256

typedef struct M M;

typedef struct P {
    int id;
    RunQ runq;
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
    GQueue gq; /* the global run queue */
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
    int nblocked;  /* Ms blocked outside the scheduler (reading stdin, nested waits) */
    int nexternal; /* Gs parked on the world outside (a child's exit, a signal): sched_external */
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
    rt_flush();
    print_schedstats();
    _exit(code);
}

/* ---- run queues (runq.h) ---- */

/* sched.lock held */
static void globq_put(G *g) { gqueue_put(&sched.gq, g); }
static G *globq_get(void) { return gqueue_get(&sched.gq); }

/* p's ring is full (p's owner only): half of it and g go to the global queue. */
static __attribute__((noinline)) void runq_overflow(P *p, G *g) {
    G *batch[RUNQ_SIZE / 2 + 1];
    uint32_t n;
    while ((n = runq_spill(&p->runq, g, batch)) == 0) {
        if (!(g = runq_put(&p->runq, g, false))) {
            return; /* a thief made room */
        }
    }
    pthread_mutex_lock(&sched.lock);
    for (uint32_t i = 0; i < n; i++) {
        globq_put(batch[i]);
    }
    pthread_mutex_unlock(&sched.lock);
}

/* Queues g on p (p's owner only), as runnext or at the back. */
static inline void runq_put_p(P *p, G *g, bool next) {
    if ((g = runq_put(&p->runq, g, next))) {
        runq_overflow(p, g);
    }
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
        rt_flush();
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
    while ((g = runq_get(&p->runq))) {
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
    g->kept.allg_index = sched.allgs.len;
    vec_push(&sched.allgs, g);
    __atomic_add_fetch(&sched.ngoroutines, 1, __ATOMIC_SEQ_CST); /* also changed outside the lock */
    pthread_mutex_unlock(&sched.lock);
}

/* A goroutine ended: off the list (so that the collector can have it). */
static void unregister_g(G *g) {
    pthread_mutex_lock(&sched.lock);
    int64_t i = g->kept.allg_index;
    G *last = sched.allgs.data[--sched.allgs.len];
    sched.allgs.data[i] = last;
    last->kept.allg_index = i;
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
        pthread_cond_signal(g->kept.thread_cond);
        pthread_mutex_unlock(&sched.lock);
        return;
    }
    M *m = cur_m;
    if (m && m->p) {
        runq_put_p(m->p, g, true);
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

static int64_t next_gid = 1;

/* A goroutine's memory reused: its runtime part as new, but for what it keeps. */
static void g_reset(G *g) {
    GKept kept = g->kept;
    memset(g, 0, sizeof *g);
    g->kept = kept;
}

G *rt_go(G *parent, Slot fn, const Slot *args, int nargs) {
    G *g = gfget();
    bool reused = g != NULL;
    if (reused) {
        g_reset(g);
    }
    g = exec_new(g, fn, args, nargs);
    g->id = __atomic_fetch_add(&next_gid, 1, __ATOMIC_RELAXED);
    if (parent) {
        g->parent_id = parent->id;
        g->created = exec_where(parent);
    }
    if (reused) {
        ngo_add(cur_m->p, 1);
    } else {
        register_g(g);
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

static void sched_block_thread(G *g);

void rt_park(G *g, const char *reason, void (*unlock)(void *), void *arg) {
    g->wait_reason = reason;
    if (g->nested > 0) {
        /* inside a native's call into Go: block this thread (handing our P on), not the G */
        if (!g->kept.thread_cond) {
            g->kept.thread_cond = GC_MALLOC(sizeof(pthread_cond_t));
            pthread_cond_init(g->kept.thread_cond, NULL);
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
    g->stop = STOP_PARK;
}

bool rt_park_retry(G *g, const char *reason, void (*unlock)(void *), void *arg) {
    bool nested = g->nested > 0;
    if (!nested) {
        g->retry = true;
    }
    rt_park(g, reason, unlock, arg);
    return !nested; /* nested: the thread waited, and we are awake already */
}

void rt_gosched(G *g) {
    if (g->nested > 0) {
        return;
    }
    g->stop = STOP_YIELD;
}

/* Blocks the current thread until g is readied; our P goes to another M meanwhile. */
static void sched_block_thread(G *g) {
    sched_enter_blocking();
    pthread_mutex_lock(&sched.lock);
    while (!g->thread_woken) {
        pthread_cond_wait(g->kept.thread_cond, &sched.lock);
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

static void report_deadlock(void) {
    rt_flush();
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
        sb_printf(&b, "goroutine %lld [%s]:\n", (long long)g->id,
                  g->wait_reason ? g->wait_reason : "runnable");
        exec_traceback(g, &b);
    }
    sb_puts(&b, "exit status 2\n");
    rt_write(2, b.data, b.len);
}

/* Nothing runs, nothing is queued, nobody waits outside the scheduler, no timer is pending:
 * every goroutine is blocked for good. sched.lock held. */
static bool all_blocked_locked(void) {
    if (sched.npidle != sched.nprocs || sched.nblocked != 0 || sched.nretiring != 0 ||
        sched.gq.len != 0 || __atomic_load_n(&sched.nexternal, __ATOMIC_SEQ_CST) != 0) {
        return false;
    }
    for (int i = 0; i < sched.nprocs; i++) {
        if (sched.allp[i] && !runq_empty(&sched.allp[i]->runq)) {
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
    rt_flush();
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

void sched_external(int delta) {
    if (__atomic_add_fetch(&sched.nexternal, delta, __ATOMIC_SEQ_CST) == 0) {
        sched_check_deadlock(); /* the goroutine readied may block again for good */
    }
}

/* ---- running ---- */

/* g ended: its memory is kept for the next go statement, or let go (unlisted, the
 * collector may have it). */
static void g_end(M *m, G *g, SchedEnd how) {
    g->status = G_DEAD;
    bool reuse = exec_done(g) && how == SCHED_END_RETURN && m->p;
    if (!reuse) {
        unregister_g(g);
    }
    if (hooks) {
        G *expected = g;
        __atomic_compare_exchange_n(&stopping, &expected, NULL, false, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST);
        hooks->ended(g, how);
    }
    ngo_add(m->p, -1);
    if (reuse) {
        gfput(m->p, g); /* its list slot stays: status G_DEAD */
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
    RunResult r = exec_run(g);
    oom_escape = NULL;
    m->curg = NULL;
    switch (r) {
    case RUN_DONE:
    case RUN_GOEXIT:
        if (g == sched.main_g) {
            g->status = G_DEAD;
            if (r == RUN_DONE) {
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
            exec_report_panic(g); /* without "exit status 2": the REPL takes the output */
            g_end(m, g, SCHED_END_PANIC);
            break;
        }
        pthread_mutex_lock(&exit_lock);
        exec_report_panic(g);
        rt_flush();
        _exit(2);
    case RUN_YIELD:
        if (__atomic_load_n(&stopping, __ATOMIC_SEQ_CST) == g) {
            g_end(m, g, SCHED_END_STOPPED);
            break;
        }
        /* preempted or Gosched: to the back of the global queue, as Go does, so that
         * everything queued meanwhile (by this goroutine too) runs first */
        g->status = G_RUNNABLE;
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
        if (p->schedtick % 61 == 0 && __atomic_load_n(&sched.gq.len, __ATOMIC_SEQ_CST) > 0) {
            pthread_mutex_lock(&sched.lock);
            g = globq_get();
            pthread_mutex_unlock(&sched.lock);
            if (g) {
                P_STAT(p, nglobal, 1);
                return g;
            }
        }
        if ((g = runq_get(&p->runq))) {
            P_STAT(p, nlocal, 1);
            return g;
        }
        if (__atomic_load_n(&sched.gq.len, __ATOMIC_SEQ_CST) > 0) {
            /* take one to run and a fair share more for our queue, in one go */
            G *batch[RUNQ_SIZE / 2];
            int n = 0;
            pthread_mutex_lock(&sched.lock);
            int64_t want = sched.gq.len / sched.nprocs + 1;
            if (want > RUNQ_SIZE / 2) {
                want = RUNQ_SIZE / 2;
            }
            while (n < want && (g = globq_get())) {
                batch[n++] = g;
            }
            pthread_mutex_unlock(&sched.lock);
            for (int i = 1; i < n; i++) {
                runq_put_p(p, batch[i], false);
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
                    if (__atomic_load_n(&sched.gq.len, __ATOMIC_SEQ_CST) > 0) {
                        break;
                    }
                    if ((g = runq_get(&p->runq))) {
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
                    uint32_t taken;
                    bool was_next;
                    if ((g = runq_steal(&p->runq, &v->runq, &taken, &was_next))) {
                        P_STAT(p, nstolen, taken);
                        P_STAT(p, nstolen_next, was_next);
                        return g;
                    }
                }
            }
        }
        /* nothing to do: give the P back and sleep */
        pthread_mutex_lock(&sched.lock);
        if (sched.gq.len > 0) {
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
        bool found = sched.gq.len > 0; /* a retired P's queue may have just gone there */
        for (int i = 0; i < sched.nprocs && !found; i++) {
            P *v = sched.allp[i];
            found = v && !runq_empty(&v->runq);
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
            while ((g = runq_get(&p->runq))) {
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

void sched_stop(G *g) {
    __atomic_store_n(&stopping, g, __ATOMIC_SEQ_CST);
}

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

int sched_main(Slot main_fn) {
    sched_init(1);
    M *m0 = new_m();
    cur_m = m0;
    m0->p = sched.allp[0];
    G *g = exec_new(NULL, main_fn, NULL, 0);
    g->id = __atomic_fetch_add(&next_gid, 1, __ATOMIC_RELAXED);
    g->status = G_RUNNABLE;
    sched.main_g = g;
    register_g(g);
    runq_put_p(m0->p, g, false);
    schedule(m0);
    return 0;
}

int sched_nprocs(void) { return __atomic_load_n(&sched.nprocs, __ATOMIC_SEQ_CST); }

