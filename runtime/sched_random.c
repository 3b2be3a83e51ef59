/* sched_random.c — the deterministic scheduler of --sched=random and --sched=pct:D:K, and the
 * explorer of --explore, which runs a program under many such schedules in one process.
 *
 * One processor, one worker thread at a time; every choice comes from one PRNG (splitmix64)
 * seeded by the run's seed: which goroutine runs next (sr_pick), when the running one is
 * preempted (sr_step), which ready case a select takes and how timers due together are
 * ordered (rt_fastrand), and what the program's own "random" sources give (sr_random_bytes).
 * So a seed fixes the run: same seed, same interleaving, same output, on any machine.
 *
 * Steps: the compiler, under these modes, puts a HOOK before each memory access and each
 * call of the user's code (vm/hook.c); each is a step (sr_step), the unit of preemption and of
 * virtual time.
 * Strategies:
 *   uniform (--sched=random): the next goroutine is drawn uniformly among the runnable ones,
 *     and runs for a slice of 2^j steps, j drawn uniformly from [0, 10].
 *   PCT (--sched=pct:D:K; Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010): every
 *     goroutine gets a random priority >= D when it starts; the highest-priority runnable one
 *     always runs (one readied with a higher priority than the running one takes over at the
 *     next step); at D-1 change points, steps drawn uniformly from [1, K], the running
 *     goroutine's priority drops to D-1, D-2, ..., 1, below every initial one. A bug that needs
 *     D particular orderings is found with probability >= 1/(n K^(D-1)) (n goroutines).
 *     A goroutine preempted by the interpreter's own time slice (a long loop) or calling
 *     Gosched draws a new initial priority, so that a goroutine spinning until another acts
 *     cannot starve it for ever (PCT assumes none spins), while a long computation can
 *     still run before or after the others.
 * Virtual time (rt_nanotime): starts at VIRTUAL_START, advances one nanosecond per step and
 * the interpreter's slice per slice used up, and jumps to the next timer when nothing is
 * runnable (sched.c), plus a timer's latency (so that a timer armed d after a moment fires
 * at least d after any reading of the clock the program took right after arming it, as it
 * does on a real machine). It stands for Unix time VIRTUAL_UNIX (2009-11-10 23:00:00 UTC).
 *
 * Invariants: the runnable set holds exactly the goroutines that are runnable and not
 * running (under PCT, as a max-heap by priority); `cur` is the goroutine last picked. Only the
 * thread holding the processor calls in here, one at a time (the explorer only between runs), so
 * there is no lock.
 *
 * The explorer runs each schedule on a fresh thread, after resetting the world: the
 * scheduler, the timers, the package variables (zeroed: the initialisers run again), the
 * state natives keep (rt_on_reset); the output of each run is captured. A run ends in
 * sr_end_run, which hands the status to the explorer and ends its thread.
 */
#include "schedrand.h"

#include "catch.h"
#include "native.h"
#include "sched.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#define VIRTUAL_START ((int64_t)1000000000)
#define VIRTUAL_UNIX ((int64_t)1257894000 * 1000000000)
#define MAX_DEPTH 64
#define TIMER_LATENCY_NS 10000
#define MAX_RESETS 16

CatchOpts rt_catch;
bool sr_on;

static struct {
    uint64_t rng;
    VEC(G *) runnable;
    G *cur;
    int64_t slice;          /* uniform: steps left in the running goroutine's slice */
    int64_t steps;          /* steps so far in this run */
    int64_t vnow;           /* the virtual clock */
    int64_t cps[MAX_DEPTH]; /* PCT: change points, ascending */
    int ncp, next_cp;
    bool preempt; /* PCT: a goroutine of higher priority than cur is runnable */
} sr;

/* ---- the PRNG ---- */

static uint64_t splitmix(uint64_t *x) {
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

uint64_t sr_rand(void) {
    return splitmix(&sr.rng);
}

/* A number in [0, n), n > 0. */
static uint64_t rand_below(uint64_t n) {
    return sr_rand() % n;
}

void sr_random_bytes(void *buf, size_t n) {
    uint8_t *p = buf;
    while (n > 0) {
        uint64_t r = sr_rand();
        size_t k = n < 8 ? n : 8;
        memcpy(p, &r, k);
        p += k;
        n -= k;
    }
}

/* ---- a run ---- */

static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

void sr_begin(uint64_t seed) {
    sr.rng = seed;
    sr.runnable.len = 0;
    sr.cur = NULL;
    sr.slice = 0;
    sr.steps = 0;
    sr.vnow = VIRTUAL_START;
    sr.preempt = false;
    sr.ncp = sr.next_cp = 0;
    if (rt_catch.pct) {
        int d = rt_catch.pct_depth;
        int64_t k = rt_catch.pct_steps > 0 ? rt_catch.pct_steps : 1;
        for (int i = 0; i < d - 1 && i < MAX_DEPTH; i++) {
            sr.cps[sr.ncp++] = 1 + (int64_t)rand_below((uint64_t)k);
        }
        qsort(sr.cps, (size_t)sr.ncp, sizeof sr.cps[0], cmp_i64);
    }
}

/* A priority for a goroutine that starts: above every change point's. */
static void give_priority(G *g) {
    g->sr_prio = rt_catch.pct_depth + (int64_t)(sr_rand() >> 16);
    g->sr_prio_set = true;
}

/* PCT keeps the runnable set as a binary max-heap by priority (a goroutine's priority only
 * changes while it runs, out of the set). */
static bool above(int i, int j) {
    return sr.runnable.data[i]->sr_prio > sr.runnable.data[j]->sr_prio;
}

static void swap_at(int i, int j) {
    G *t = sr.runnable.data[i];
    sr.runnable.data[i] = sr.runnable.data[j];
    sr.runnable.data[j] = t;
}

static void heap_up(int i) {
    while (i > 0 && above(i, (i - 1) / 2)) {
        swap_at(i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
}

static void heap_down(int i) {
    int n = sr.runnable.len;
    for (;;) {
        int m = i, l = 2 * i + 1, r = l + 1;
        if (l < n && above(l, m)) {
            m = l;
        }
        if (r < n && above(r, m)) {
            m = r;
        }
        if (m == i) {
            return;
        }
        swap_at(i, m);
        i = m;
    }
}

void sr_ready(G *g, bool again) {
    vec_push(&sr.runnable, g);
    if (!rt_catch.pct) {
        return;
    }
    if (!g->sr_prio_set) {
        give_priority(g);
    }
    if (again) {
        give_priority(g);
    } else if (sr.cur && g != sr.cur && g->sr_prio > sr.cur->sr_prio) {
        sr.preempt = true;
    }
    heap_up(sr.runnable.len - 1);
}

G *sr_pick(void) {
    int n = sr.runnable.len;
    if (n == 0) {
        return NULL;
    }
    int i = 0;
    if (!rt_catch.pct) {
        i = (int)rand_below((uint64_t)n);
        sr.slice = (int64_t)1 << rand_below(11);
    }
    G *g = sr.runnable.data[i];
    sr.runnable.data[i] = sr.runnable.data[n - 1];
    sr.runnable.len = n - 1;
    if (rt_catch.pct) {
        heap_down(0);
        sr.preempt = false;
    }
    sr.cur = g;
    return g;
}

bool sr_step(G *g) {
    sr.steps++;
    sr.vnow++;
    if (!rt_catch.pct) {
        return --sr.slice <= 0;
    }
    if (sr.next_cp < sr.ncp && sr.steps >= sr.cps[sr.next_cp]) {
        /* a change point: the running goroutine drops below every initial priority */
        g->sr_prio = rt_catch.pct_depth - 1 - sr.next_cp;
        sr.next_cp++;
        return true;
    }
    return sr.preempt;
}

/* ---- virtual time ---- */

int64_t sr_nanotime(void) {
    return sr.vnow;
}
void sr_advance(int64_t ns) {
    sr.vnow += ns;
}
void sr_set_now(int64_t ns) {
    if (ns > sr.vnow) {
        sr.vnow = ns;
    }
    sr.vnow += TIMER_LATENCY_NS;
}
int64_t sr_start_nanotime(void) {
    return VIRTUAL_START;
}
int64_t sr_walltime(void) {
    return VIRTUAL_UNIX + (sr.vnow - VIRTUAL_START);
}

/* ---- the replay command ---- */

/* s quoted for a POSIX shell when it needs it. */
static void shell_word(StrBuf *b, const char *s) {
    bool plain = *s != 0;
    for (const char *p = s; *p && plain; p++) {
        plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                strchr("-_./=:,+@%", *p);
    }
    if (plain) {
        sb_puts(b, s);
        return;
    }
    sb_putc(b, '\'');
    for (const char *p = s; *p; p++) {
        if (*p == '\'') {
            sb_puts(b, "'\\''");
        } else {
            sb_putc(b, *p);
        }
    }
    sb_putc(b, '\'');
}

/* "gosub run [-race] --sched=... --seed=N FILE ARGS" */
static void replay_command(StrBuf *b, uint64_t seed) {
    sb_puts(b, "gosub run ");
    if (rt_catch.race) {
        sb_puts(b, "-race ");
    }
    if (rt_catch.pct) {
        sb_printf(b, "--sched=pct:%d:%lld", rt_catch.pct_depth, (long long)rt_catch.pct_steps);
    } else {
        sb_puts(b, "--sched=random");
    }
    sb_printf(b, " --seed=%llu ", (unsigned long long)seed);
    shell_word(b, rt_catch.file ? rt_catch.file : "prog.go");
    for (int i = 1; i < rt_catch.argc; i++) {
        sb_putc(b, ' ');
        shell_word(b, rt_catch.argv[i]);
    }
}

/* ---- the explorer ---- */

static struct {
    bool active;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    bool done;
    int code;
    VEC(Slot *) cells;
    VEC(int) ncells;
    void (*resets[MAX_RESETS])(void); /* fixed: natives register from constructors */
    int nresets;
} ex = {.lock = PTHREAD_MUTEX_INITIALIZER, .cond = PTHREAD_COND_INITIALIZER};

void rt_register_global(Slot *cell, int nslots) {
    vec_push(&ex.cells, cell);
    vec_push(&ex.ncells, nslots);
}

void rt_on_reset(void (*reset)(void)) {
    if (ex.nresets < MAX_RESETS) {
        ex.resets[ex.nresets++] = reset;
    }
}

void sr_end_run(int code) {
    rt_flush();
    if (!ex.active) {
        if (code != 0 && !rt_catch.seed_given) {
            StrBuf b = {0};
            sb_printf(&b, "gosub: this schedule's seed is %llu; replay it with:\n    ",
                      (unsigned long long)rt_catch.seed);
            replay_command(&b, rt_catch.seed);
            sb_putc(&b, '\n');
            rt_write(2, b.data, b.len);
        }
        _exit(code);
    }
    pthread_mutex_lock(&ex.lock);
    ex.code = code;
    ex.done = true;
    pthread_cond_signal(&ex.cond);
    pthread_mutex_unlock(&ex.lock);
    pthread_exit(NULL);
}

static void *run_thread(void *arg) {
    sched_run_world(*(Slot *)arg);
    return NULL;
}

/* One run of the program under the schedule of seed (the strategy in rt_catch); its output
 * goes to out and err. Returns its exit status. */
static int run_once(Slot *main_fn, uint64_t seed, StrBuf *out, StrBuf *err) {
    for (int i = 0; i < ex.cells.len; i++) {
        memset(ex.cells.data[i], 0, sizeof(Slot) * (size_t)ex.ncells.data[i]);
    }
    for (int i = 0; i < ex.nresets; i++) {
        ex.resets[i]();
    }
    sched_reset_world();
    sr_begin(seed);
    rt_output_capture(out, err);
    ex.done = false;
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 8 << 20);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (GC_pthread_create(&t, &attr, run_thread, main_fn) != 0) {
        rt_output_capture(NULL, NULL);
        fprintf(stderr, "gosub: cannot start a thread for the next schedule\n");
        return 2;
    }
    pthread_attr_destroy(&attr);
    pthread_mutex_lock(&ex.lock);
    while (!ex.done) {
        pthread_cond_wait(&ex.cond, &ex.lock);
    }
    pthread_mutex_unlock(&ex.lock);
    rt_output_capture(NULL, NULL);
    return ex.code;
}

static double seconds_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static bool same_bytes(const StrBuf *a, const StrBuf *b) {
    return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

/* The first line where a and b differ, for the report. */
static void first_difference(StrBuf *rep, const StrBuf *a, const StrBuf *b) {
    size_t i = 0, line_start = 0;
    int line = 1;
    while (i < a->len && i < b->len && a->data[i] == b->data[i]) {
        if (a->data[i] == '\n') {
            line++;
            line_start = i + 1;
        }
        i++;
    }
    sb_printf(rep, "gosub: its output differs from schedule 1's at line %d:\n", line);
    const StrBuf *bufs[2] = {a, b};
    const char *who[2] = {"schedule 1", "this one  "};
    for (int k = 0; k < 2; k++) {
        const StrBuf *s = bufs[k];
        size_t e = line_start;
        while (e < s->len && s->data[e] != '\n') {
            e++;
        }
        if (line_start >= s->len) {
            sb_printf(rep, "    %s: (end of output)\n", who[k]);
        } else {
            sb_printf(rep, "    %s: %.*s\n", who[k], (int)(e - line_start), s->data + line_start);
        }
    }
}

static void write_buf(int fd, const StrBuf *b) {
    if (b->len) {
        rt_write(fd, b->data, b->len);
    }
}

int sr_explore(Slot main_fn) {
    ex.active = true;
    uint64_t mixed = rt_catch.seed;
    mixed = splitmix(&mixed); /* explorations from seeds n and n+1 share no schedule */
    int depth = rt_catch.explore_depth > 0 ? rt_catch.explore_depth : 3;
    if (depth > MAX_DEPTH) {
        depth = MAX_DEPTH;
    }
    rt_catch.pct = true;
    Slot *fn = NEW(Slot);
    *fn = main_fn;
    StrBuf first = {0};
    int64_t kmax = 0;
    double t0 = seconds_now();
    int64_t i;
    for (i = 0; i < rt_catch.explore; i++) {
        uint64_t x = mixed + (uint64_t)i;
        uint64_t seed = splitmix(&x) >> 1; /* 63 bits: readable as a positive number */
        rt_catch.pct_depth = 1 + (int)(i % depth);
        rt_catch.pct_steps = kmax > 0 ? kmax : 1;
        StrBuf out = {0}, err = {0};
        int code = run_once(fn, seed, &out, &err);
        if (sr.steps > kmax) {
            kmax = sr.steps;
        }
        bool differs = i > 0 && !same_bytes(&out, &first);
        if (i == 0) {
            first = out;
        }
        if (code == 0 && !differs) {
            continue;
        }
        write_buf(1, &out);
        write_buf(2, &err);
        StrBuf rep = {0};
        sb_printf(&rep, "gosub: schedule %lld of %lld failed: ", (long long)(i + 1),
                  (long long)rt_catch.explore);
        if (code == 66 && rt_catch.race) {
            sb_puts(&rep, "a data race\n");
        } else if (code != 0) {
            sb_printf(&rep, "exit status %d\n", code);
        } else {
            sb_puts(&rep, "different output\n");
        }
        if (differs && code == 0) {
            first_difference(&rep, &first, &out);
        }
        sb_puts(&rep, "gosub: replay it with:\n    ");
        replay_command(&rep, seed);
        sb_putc(&rep, '\n');
        rt_write(2, rep.data, rep.len);
        rt_flush();
        return code != 0 ? code : 1;
    }
    double dt = seconds_now() - t0;
    write_buf(1, &first);
    StrBuf rep = {0};
    sb_printf(&rep,
              "gosub: %lld schedules (PCT, depth up to %d) in %.2f s (%.0f/s): no failure, the "
              "same output every time\n",
              (long long)i, depth, dt, dt > 0 ? (double)i / dt : 0.0);
    rt_write(2, rep.data, rep.len);
    rt_flush();
    return 0;
}
