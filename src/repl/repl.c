/* repl.c — the REPL's loop: read an entry (several lines while it is unfinished), run it as
 * a goroutine, show what it and the other goroutines print, repeat.
 *
 * The loop polls standard input (a terminal all the time, input.c keeping what is typed for
 * its prompt; a pipe only while a line is wanted) and a wake-up pipe. Other threads never act
 * on the REPL's state: they set a flag (under R.lock) and write a byte to the pipe — the
 * signal handlers (Ctrl-C, a new terminal size), the goroutines' output (rt_output_hook), and
 * the scheduler's hooks (a goroutine ended, nothing can run, os.Exit). The pipe only wakes
 * the loop; the flags say what happened, so a byte lost to a full pipe loses nothing.
 *
 * While an entry runs there is no prompt and what the goroutines print is written as it
 * comes; at the prompt it is written above the line being typed. The entry ends when its
 * goroutine returns or panics, when Ctrl-C stops it, or when the scheduler finds nothing can
 * run while the entry waits (blocked forever: reported, and the goroutine abandoned).
 */
#include "repl.h"

#include "../../runtime/sched.h"
#include "../driver.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Output beyond this much, not yet written by the REPL thread, makes writers wait. */
#define OUTPUT_MAX (1 << 20)

/* Memory kept back for the report of an allocation that failed. */
#define RESERVE_BYTES (4 << 20)

typedef struct OutChunk {
    struct OutChunk *next;
    int fd;
    size_t n;
    char text[];
} OutChunk;

static struct {
    bool interactive;
    bool done;          /* end of input, or :quit */
    int status;         /* the last failure: 1 compile error, 2 panic or deadlock */
    StrBuf entry;       /* the lines of the unfinished entry */
    int wake[2];        /* the wake-up pipe */
    bool at_line_start; /* the last output written ended with a newline */
    int64_t stop_since; /* Ctrl-C stopped the entry at this time (ns), or 0 */

    pthread_mutex_t lock; /* guards the fields below */
    pthread_cond_t drained;
    G *entry_g;    /* the running entry's goroutine, or NULL */
    bool running;  /* an entry runs (its goroutine may have ended: entry_end says how) */
    int entry_end; /* -1, or how it ended (SchedEnd) */
    bool idle;     /* the scheduler found nothing can run */
    bool exiting;  /* os.Exit was called */
    int exit_code;
    OutChunk *out, *out_tail; /* goroutine output not yet written */
    size_t out_bytes;
} R = {.lock = PTHREAD_MUTEX_INITIALIZER, .drained = PTHREAD_COND_INITIALIZER};

static volatile sig_atomic_t got_sigint, got_sigwinch;

static void wake_loop(void) {
    char c = 'w';
    ssize_t r = write(R.wake[1], &c, 1); /* full: a wake-up is pending anyway */
    (void)r;
}

/* ---- signals ---- */

static void on_signal(int sig) {
    int saved = errno;
    if (sig == SIGINT) {
        repl_input_sigint();
        got_sigint = 1;
    } else {
        got_sigwinch = 1;
    }
    wake_loop();
    errno = saved;
}

static void signals_init(void) {
    if (pipe(R.wake) != 0) {
        perror("gosub: pipe");
        exit(2);
    }
    for (int i = 0; i < 2; i++) {
        fcntl(R.wake[i], F_SETFL, fcntl(R.wake[i], F_GETFL) | O_NONBLOCK);
        fcntl(R.wake[i], F_SETFD, FD_CLOEXEC);
    }
    struct sigaction sa = {0};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGWINCH, &sa, NULL);
    if (R.interactive) {
        sigaction(SIGINT, &sa, NULL);
        signal(SIGQUIT, SIG_IGN); /* Ctrl-\ is no way to lose a session */
    }
    signal(SIGPIPE, SIG_IGN);
}

/* ---- the goroutines' side (any thread) ---- */

static void output_hook(int fd, const char *p, size_t n) {
    /* allocated before the lock is taken: a failed allocation may leave by longjmp */
    OutChunk *c = GC_MALLOC(sizeof(OutChunk) + n);
    if (!c) {
        return;
    }
    c->fd = fd;
    c->n = n;
    memcpy(c->text, p, n);
    pthread_mutex_lock(&R.lock);
    while (R.out_bytes > OUTPUT_MAX && !R.exiting) {
        pthread_cond_wait(&R.drained, &R.lock);
    }
    bool was_empty = !R.out;
    if (R.out_tail) {
        R.out_tail->next = c;
    } else {
        R.out = c;
    }
    R.out_tail = c;
    R.out_bytes += n;
    pthread_mutex_unlock(&R.lock);
    if (was_empty) {
        wake_loop();
    }
}

static void *reserve;
static size_t heap_limit;

/* libgc found no memory: the goroutine asking for it ends (sched_out_of_memory). */
static void *out_of_memory(size_t bytes) {
    sched_out_of_memory();
    return NULL;
}

/* After a goroutine ended for want of memory: the reserve goes back (collected at once),
 * the report goes out, and a new reserve is kept if there is room for it. */
static void report_out_of_memory(G *g) {
    reserve = NULL;
    GC_gcollect();
    char msg[160];
    int n = snprintf(msg, sizeof msg,
                     "fatal error: runtime: out of memory (heap limit %zu MB): goroutine %lld "
                     "stopped\n",
                     heap_limit >> 20, (long long)g->id);
    rt_write(2, msg, (size_t)n);
    reserve = GC_MALLOC_ATOMIC(RESERVE_BYTES);
}

/* libgc's warnings ("out of memory" and its kin) say nothing: the report above says it once. */
static void quiet_gc(char *msg, GC_word arg) {}

/* The heap's limit: $GOSUB_MAXHEAP (bytes, or with a K, M or G suffix), else half the
 * machine's memory, so that a runaway entry meets it before the system's OOM killer. */
static void limit_heap(void) {
    const char *env = getenv("GOSUB_MAXHEAP");
    size_t limit = 0;
    if (env && *env) {
        char *end;
        limit = (size_t)strtoull(env, &end, 10);
        limit <<= *end == 'K' || *end == 'k'   ? 10
                  : *end == 'M' || *end == 'm' ? 20
                  : *end == 'G' || *end == 'g' ? 30
                                               : 0;
    } else {
        long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
        limit = pages > 0 && size > 0 ? (size_t)pages * (size_t)size / 2 : 0;
    }
    if (limit > 0) {
        GC_set_max_heap_size(limit);
        heap_limit = limit;
    }
    GC_set_oom_fn(out_of_memory);
    GC_set_warn_proc(quiet_gc);
    reserve = GC_MALLOC_ATOMIC(RESERVE_BYTES);
}

static void ended_hook(G *g, SchedEnd how) {
    if (how == SCHED_END_NOMEM) {
        report_out_of_memory(g);
    }
    pthread_mutex_lock(&R.lock);
    if (g == R.entry_g) {
        R.entry_g = NULL;
        R.entry_end = (int)how;
    } else if (how == SCHED_END_PANIC || how == SCHED_END_NOMEM) {
        R.status = 2;
    }
    pthread_mutex_unlock(&R.lock);
    wake_loop();
}

static void idle_hook(void) {
    __atomic_store_n(&R.idle, true, __ATOMIC_SEQ_CST);
    wake_loop();
}

static void exit_hook(int code) {
    pthread_mutex_lock(&R.lock);
    if (!R.exiting) {
        R.exiting = true;
        R.exit_code = code;
    }
    pthread_cond_broadcast(&R.drained);
    pthread_mutex_unlock(&R.lock);
    wake_loop();
    for (;;) {
        pause(); /* the REPL thread ends the process */
    }
}

static const SchedHooks hooks = {ended_hook, idle_hook, exit_hook};

/* ---- output ---- */

static void write_out(int fd, const char *p, size_t n) {
    if (n == 0) {
        return;
    }
    repl_input_print_above(fd, p, n);
    R.at_line_start = p[n - 1] == '\n' || repl_input_active();
}

/* Writes what the goroutines printed. */
static void drain_output(void) {
    pthread_mutex_lock(&R.lock);
    OutChunk *c = R.out;
    R.out = R.out_tail = NULL;
    R.out_bytes = 0;
    pthread_cond_broadcast(&R.drained);
    pthread_mutex_unlock(&R.lock);
    for (; c; c = c->next) {
        write_out(c->fd, c->text, c->n);
    }
}

/* The REPL's own messages, after what the goroutines printed. */
void repl_printf(int fd, const char *fmt, ...) {
    drain_output();
    va_list ap;
    va_start(ap, fmt);
    char *s = str_vprintf(fmt, ap);
    va_end(ap);
    write_out(fd, s, strlen(s));
}

static void finish(int code) __attribute__((noreturn));
static void finish(int code) {
    drain_output();
    repl_input_end();
    fflush(stdout);
    fflush(stderr);
    _exit(code);
}

/* ---- running an entry ---- */

static void run_entry(Closure *cl) {
    pthread_mutex_lock(&R.lock);
    __atomic_store_n(&R.idle, false, __ATOMIC_SEQ_CST);
    R.entry_end = -1;
    R.running = true;
    R.entry_g = rt_go(NULL, (Slot){.p = cl}, NULL, 0);
    pthread_mutex_unlock(&R.lock);
}

static void entry_over(int status) {
    R.running = false;
    R.stop_since = 0;
    if (status) {
        R.status = status;
    }
}

/* The entry's goroutine, if it is still there. */
static G *entry_goroutine(void) {
    pthread_mutex_lock(&R.lock);
    G *g = R.entry_g;
    pthread_mutex_unlock(&R.lock);
    return g;
}

/* Takes the waiting entry out of what it waits on; false if it cannot (it waits on something
 * we cannot take it from, or it is not waiting). */
static bool abandon_entry(G *g) {
    if (!repl_abandon(g)) {
        return false;
    }
    pthread_mutex_lock(&R.lock);
    bool mine = R.entry_g == g;
    if (mine) {
        R.entry_g = NULL;
    }
    pthread_mutex_unlock(&R.lock);
    if (mine) {
        sched_drop(g);
    }
    return mine;
}

/* The entry's goroutine cannot be stopped now: it is no longer the entry. One that waits
 * where we cannot take it out (a mutex, a WaitGroup: their queues are the sync package's)
 * goes on if it is ever woken (killed then, it would take a mutex handed to it along); one
 * that runs where it is not preempted (inside a call made by a native function, like
 * sort.Slice's less) stops when it next is. */
static const char *let_go(G *g) {
    bool waiting = g->status == G_WAITING;
    if (waiting) {
        sched_stop(NULL);
    }
    pthread_mutex_lock(&R.lock);
    R.entry_g = NULL;
    pthread_mutex_unlock(&R.lock);
    return waiting ? str_printf("its goroutine %lld stays blocked (it goes on if woken)",
                                (long long)g->id)
                   : str_printf("its goroutine %lld stops when it can", (long long)g->id);
}

/* Ctrl-C, or its retry while the entry has not stopped. */
static void stop_entry(void) {
    G *g = entry_goroutine();
    if (!g) {
        return;
    }
    if (!R.stop_since) {
        R.stop_since = rt_nanotime();
        sched_stop(g);
    }
    if (g->status == G_WAITING && abandon_entry(g)) {
        repl_printf(2, "interrupted\n");
        entry_over(0);
    } else if (rt_nanotime() - R.stop_since > 1000000000) {
        repl_printf(2, "interrupted; %s\n", let_go(g));
        entry_over(0);
    }
}

/* Nothing can run: if the entry waits, it waits for ever. */
static void check_blocked(void) {
    G *g = entry_goroutine();
    if (!g || g->status != G_WAITING || !sched_idle()) {
        return;
    }
    const char *why = repl_blocked_reason(g);
    sched_stop(g);
    if (abandon_entry(g)) {
        repl_printf(2, "entry blocked forever: %s\n", why);
    } else {
        repl_printf(2, "entry blocked forever: %s; %s\n", why, let_go(g));
    }
    entry_over(2);
}

static void entry_ended(int how) {
    if (how == SCHED_END_PANIC || how == SCHED_END_NOMEM) {
        entry_over(2);
    } else if (how == SCHED_END_STOPPED) {
        repl_printf(2, "interrupted\n");
        entry_over(0);
    } else {
        entry_over(0);
    }
}

/* ---- entries and commands ---- */

static void submit(const char *src, size_t len) {
    if (src[0] == ':') {
        repl_command(src);
        return;
    }
    bool failed;
    Closure *cl = repl_session_compile(src, len, &failed);
    if (failed) {
        repl_failed(1);
    }
    if (cl) {
        run_entry(cl);
    }
}

void repl_run_entry(Closure *cl) {
    run_entry(cl);
}

void repl_failed(int status) {
    R.status = status;
}

void repl_quit(void) {
    R.done = true;
}

static const char *prompt(void) {
    return R.entry.len ? "... " : "> ";
}

void repl_on_line(const char *line) {
    if (!line) {
        R.done = true;
        return;
    }
    bool continuing = R.entry.len > 0;
    if (!continuing && line[strspn(line, " \t")] == '\0') {
        return;
    }
    if (continuing) {
        sb_putc(&R.entry, '\n');
    }
    sb_puts(&R.entry, line);
    /* an empty line at "..." ends the entry whatever its state */
    if (line[0] != '\0' && R.entry.data[0] != ':' && repl_needs_more(R.entry.data, R.entry.len)) {
        return;
    }
    char *src = str_printf("%.*s", (int)R.entry.len, R.entry.data);
    size_t len = R.entry.len;
    R.entry.len = 0;
    repl_input_remember(src);
    submit(src, len);
}

/* ---- the loop ---- */

static void handle_events(void) {
    char buf[256];
    while (read(R.wake[0], buf, sizeof buf) > 0) {
    }
    drain_output();
    if (got_sigwinch) {
        got_sigwinch = 0;
        repl_input_resize();
    }
    if (got_sigint) {
        got_sigint = 0;
        repl_input_interrupt();
        if (R.running) {
            stop_entry();
        } else {
            R.entry.len = 0;
        }
    }
    pthread_mutex_lock(&R.lock);
    bool exiting = R.exiting;
    int end = R.entry_end;
    R.entry_end = -1;
    pthread_mutex_unlock(&R.lock);
    if (exiting) {
        finish(R.exit_code);
    }
    if (R.running && end >= 0) {
        entry_ended(end);
    }
    if (R.running && __atomic_exchange_n(&R.idle, false, __ATOMIC_SEQ_CST)) {
        check_blocked();
    }
}

int repl_main(void) {
    R.interactive = isatty(0);
    R.at_line_start = true;
    signals_init();
    driver_session_init();
    repl_session_init();
    repl_input_init(R.interactive);
    rt_output_hook = output_hook;
    limit_heap();
    sched_start(&hooks);
    while (!R.done) {
        if (!R.running && !repl_input_active()) {
            drain_output();
            if (!R.at_line_start && R.interactive) {
                write_out(1, "\n", 1); /* the prompt starts a line */
            }
            fflush(stdout);
            repl_input_start(prompt()); /* may take a line typed ahead, and run it */
            continue;
        }
        if (!R.running && repl_input_deliver()) {
            continue;
        }
        struct pollfd fds[2] = {{R.wake[0], POLLIN, 0}, {0, POLLIN, 0}};
        int nfds = repl_input_wants_stdin() ? 2 : 1;
        int timeout = R.stop_since ? 10 : -1; /* a stopped entry is looked at again */
        if (poll(fds, (nfds_t)nfds, timeout) < 0 && errno != EINTR) {
            break;
        }
        handle_events();
        if (R.running && R.stop_since) {
            stop_entry();
        }
        if (nfds > 1 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
            repl_input_readable();
        }
    }
    finish(R.interactive ? 0 : R.status);
}
