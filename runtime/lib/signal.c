/* signal.c — signals as Go programs see them: the natives of os/signal, and the signal thread
 * that serves them and the goroutines waiting for a child process (syscall.Wait4, syscall.c).
 *
 * One handler catches every signal we take: on whatever thread the kernel picks, it sets the
 * signal's bit in `caught` and writes a byte to the wake-up pipe (nothing more would be
 * async-signal-safe). The signal thread sleeps reading that pipe; awake, it takes the bits
 * and
 *   - on SIGCHLD, readies each goroutine whose child can now be waited for;
 *   - queues the signals os/signal wants and readies the goroutine parked in signalRecv
 *     (os/signal's watcher, which sends them on the channels given to Notify, as Go's does).
 * A signal is taken (our handler installed) only while Notify wants it, and SIGCHLD once a
 * child has been started; every other signal keeps the disposition the process began with,
 * so a program that never calls Notify dies of SIGINT as a Go program does. A signal whose
 * handler is somebody else's when we first look at it (libgc's stop-the-world signals, the
 * REPL's Ctrl-C and SIGWINCH) is never touched: Notify, Ignore and Reset leave it alone.
 * Signals form a set, not a queue: two SIGUSR1 before the thread wakes are delivered once.
 * A fault the program causes itself (a SIGSEGV that is not sent by kill) is never delivered:
 * the handler gives it back its default action, which ends the process.
 *
 * Invariants: a goroutine parked here (the watcher, a child's waiter) counts in
 * sched_external from its park until it is readied, so nothing is deadlocked meanwhile (in
 * Go such waits hold a thread in a system call). `installed` ⊆ `looked` and never meets
 * `foreign`; `queued` ⊆ `wanted` at the time each bit was queued.
 * Lock order: `lock` guards all but `caught`; it is taken alone, and released before
 * rt_ready (sched_external(+1) is called under it, which never takes another lock).
 */
#include "signal.h"

#include "../native.h"
#include "../sched.h"

#include "../../src/common.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum { NUM_SIG = 65 }; /* Go's signal numbers on Linux: 1..64 (0 is none) */

#define BIT(sig) (1ull << ((sig)-1))

/* A goroutine parked until child pid can be waited for. */
typedef struct ChildWait {
    pid_t pid;
    G *g;
    struct ChildWait *next;
} ChildWait;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t caught; /* set by the handler (atomically), taken by the thread */
static int wake[2];     /* the handler writes a byte to wake[1]; the thread reads wake[0] */
static bool started;    /* the thread runs */

static struct sigaction original[NUM_SIG]; /* dispositions as first seen (bits in `looked`) */
static uint64_t looked, foreign, installed;
static uint64_t wanted;    /* signals os/signal wants (Notify) */
static uint64_t ignoring;  /* signals the program ignored (signal.Ignore) */
static uint64_t queued;    /* caught and wanted, not yet taken by signalRecv */
static G *watcher;         /* parked in signalRecv, or NULL */
static bool watching;      /* SIGCHLD is ours: children are watched */
static ChildWait *waiters; /* goroutines waiting for children */

/* A fault the program itself caused (not one sent by kill: si_code > 0) cannot be handled by
 * returning, which would run the faulting instruction again: it gets its default action,
 * which ends the process when the instruction faults again. */
static bool fault(int sig, const siginfo_t *info) {
    switch (sig) {
    case SIGSEGV:
    case SIGBUS:
    case SIGFPE:
    case SIGILL:
    case SIGTRAP: return info && info->si_code > 0;
    default: return false;
    }
}

static void on_signal(int sig, siginfo_t *info, void *context) {
    int saved = errno;
    if (fault(sig, info)) {
        signal(sig, SIG_DFL);
        return;
    }
    __atomic_fetch_or(&caught, BIT(sig), __ATOMIC_SEQ_CST);
    char c = (char)sig;
    ssize_t r = write(wake[1], &c, 1); /* full: a wake-up is pending anyway */
    (void)r;
    errno = saved;
}

/* ---- the thread ---- */

/* Whether child pid ended (without reaping it), or waiting for it fails (not our child):
 * either way its waiter should run. */
static bool child_waitable(pid_t pid) {
    siginfo_t info;
    memset(&info, 0, sizeof info);
    if (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOHANG | WNOWAIT) != 0) {
        return true;
    }
    return info.si_pid == pid;
}

static void wake_children(void) {
    ChildWait *ready = NULL;
    pthread_mutex_lock(&lock);
    for (ChildWait **p = &waiters; *p;) {
        ChildWait *w = *p;
        if (child_waitable(w->pid)) {
            *p = w->next;
            w->next = ready;
            ready = w;
        } else {
            p = &w->next;
        }
    }
    pthread_mutex_unlock(&lock);
    while (ready) {
        ChildWait *next = ready->next;
        rt_ready(ready->g);
        sched_external(-1);
        ready = next;
    }
}

static void deliver(uint64_t got) {
    pthread_mutex_lock(&lock);
    queued |= got & wanted;
    G *w = queued ? watcher : NULL;
    if (w) {
        watcher = NULL;
    }
    pthread_mutex_unlock(&lock);
    if (w) {
        rt_ready(w);
        sched_external(-1);
    }
}

static void *signal_thread(void *arg) {
    char buf[64];
    for (;;) {
        ssize_t n = read(wake[0], buf, sizeof buf);
        if (n < 0 && errno != EINTR) {
            return NULL; /* cannot happen with a pipe we own; stop serving rather than spin */
        }
        uint64_t got = __atomic_exchange_n(&caught, 0, __ATOMIC_SEQ_CST);
        if (got & BIT(SIGCHLD)) {
            wake_children();
        }
        if (got) {
            deliver(got);
        }
    }
}

/* Starts the thread and its pipe, once. lock held. */
static bool start_thread(void) {
    if (started) {
        return true;
    }
    if (pipe2(wake, O_CLOEXEC) != 0) {
        return false;
    }
    fcntl(wake[1], F_SETFL, fcntl(wake[1], F_GETFL) | O_NONBLOCK);
    pthread_t th;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    started = GC_pthread_create(&th, &attr, signal_thread, NULL) == 0;
    pthread_attr_destroy(&attr);
    if (!started) {
        close(wake[0]);
        close(wake[1]);
    }
    return started;
}

/* ---- dispositions (lock held) ---- */

/* Whether we may change sig's disposition: a signal number Go knows whose handler, when we
 * first looked, was the default or "ignore" (not somebody else's). */
static bool may_touch(int sig) {
    if (sig < 1 || sig >= NUM_SIG) {
        return false;
    }
    if (!(looked & BIT(sig))) {
        looked |= BIT(sig);
        struct sigaction *o = &original[sig];
        if (sigaction(sig, NULL, o) != 0 || (o->sa_flags & SA_SIGINFO) ||
            (o->sa_handler != SIG_DFL && o->sa_handler != SIG_IGN)) {
            foreign |= BIT(sig); /* not a signal we may catch (32, 33), or not ours */
        }
    }
    return !(foreign & BIT(sig));
}

static void install(int sig) {
    if ((installed & BIT(sig)) || !start_thread()) {
        return;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_signal;
    sa.sa_flags = SA_SIGINFO | SA_RESTART | (sig == SIGCHLD ? SA_NOCLDSTOP : 0);
    sigemptyset(&sa.sa_mask);
    if (sigaction(sig, &sa, NULL) == 0) { /* SIGKILL and SIGSTOP fail: Go ignores them too */
        installed |= BIT(sig);
    }
}

/* Back to how the process began (unless children need SIGCHLD), or to "ignore". */
static void uninstall(int sig, bool ignore) {
    if (sig == SIGCHLD && watching) {
        return;
    }
    struct sigaction sa = original[sig];
    if (ignore) {
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = SIG_IGN;
        sigemptyset(&sa.sa_mask);
    }
    if (sigaction(sig, &sa, NULL) == 0) {
        installed &= ~BIT(sig);
    }
}

/* ---- the natives of os/signal ---- */

/* enableSignal(sig int): Notify wants sig. */
static void signal_enable(G *g, Slot *a) {
    int sig = (int)a[0].i;
    pthread_mutex_lock(&lock);
    if (may_touch(sig)) {
        wanted |= BIT(sig);
        ignoring &= ~BIT(sig);
        install(sig);
    }
    pthread_mutex_unlock(&lock);
}

/* disableSignal(sig int) and ignoreSignal(sig int): nobody wants sig any more; it gets the
 * action it had when the program began (Reset, Stop: unless Ignore ignored it, which, as in
 * Go, only Notify undoes), or is ignored (Ignore). */
static void drop_signal(int sig, bool ignore) {
    pthread_mutex_lock(&lock);
    if (may_touch(sig)) {
        wanted &= ~BIT(sig);
        queued &= ~BIT(sig);
        if (ignore || !(ignoring & BIT(sig))) {
            uninstall(sig, ignore);
        }
        if (ignore) {
            ignoring |= BIT(sig);
        }
    }
    pthread_mutex_unlock(&lock);
}

static void signal_disable(G *g, Slot *a) {
    drop_signal((int)a[0].i, false);
}

static void signal_ignore(G *g, Slot *a) {
    drop_signal((int)a[0].i, true);
}

/* signalIgnored(sig int) bool: whether sig's action is "ignore" now. */
static void signal_ignored(G *g, Slot *a) {
    int sig = (int)a[0].i;
    struct sigaction sa;
    bool ignored = false;
    pthread_mutex_lock(&lock);
    if (sig >= 1 && sig < NUM_SIG) {
        ignored =
            (ignoring & BIT(sig)) || (sigaction(sig, NULL, &sa) == 0 &&
                                      !(sa.sa_flags & SA_SIGINFO) && sa.sa_handler == SIG_IGN);
    }
    pthread_mutex_unlock(&lock);
    a[0].i = ignored;
}

/* Once the watcher is off its thread: it counts as waiting on the outside; its lock goes. */
static void park_watcher(void *arg) {
    sched_external(1);
    pthread_mutex_unlock(&lock);
}

/* signalRecv() int: the next signal caught that Notify wants; parks until there is one. */
static void signal_recv(G *g, Slot *a) {
    for (;;) {
        pthread_mutex_lock(&lock);
        if (queued) {
            int sig = __builtin_ctzll(queued) + 1;
            queued &= ~BIT(sig);
            pthread_mutex_unlock(&lock);
            a[0].i = sig;
            return;
        }
        watcher = g;
        if (rt_park_retry(g, "signal wait", park_watcher, NULL)) {
            return;
        }
    }
}

const NativeFunc lib_signal_funcs[] = {
    {"enableSignal(sig int)", signal_enable}, {"disableSignal(sig int)", signal_disable},
    {"ignoreSignal(sig int)", signal_ignore}, {"signalIgnored(sig int) bool", signal_ignored},
    {"signalRecv() int", signal_recv},        {NULL, NULL},
};

/* ---- children (signal.h) ---- */

bool signal_watch_children(void) {
    pthread_mutex_lock(&lock);
    if (!watching && may_touch(SIGCHLD)) {
        install(SIGCHLD);
        watching = (installed & BIT(SIGCHLD)) != 0;
    }
    bool ok = watching;
    pthread_mutex_unlock(&lock);
    return ok;
}

/* Once the waiter is off its thread: it waits, unless its child ended meanwhile. */
static void park_child(void *arg) {
    ChildWait *w = arg;
    pthread_mutex_lock(&lock);
    if (child_waitable(w->pid)) {
        pthread_mutex_unlock(&lock);
        rt_ready(w->g);
        return;
    }
    w->next = waiters;
    waiters = w;
    sched_external(1);
    pthread_mutex_unlock(&lock);
}

bool signal_wait_child(G *g, pid_t pid) {
    ChildWait *w = NEW(ChildWait);
    w->pid = pid;
    w->g = g;
    return rt_park_retry(g, "syscall", park_child, w);
}

void signal_child_defaults(sigset_t *set) {
    sigfillset(set);
    sigdelset(set, SIGHUP);
    sigdelset(set, SIGINT);
    pthread_mutex_lock(&lock);
    for (int sig = 1; sig < NUM_SIG; sig++) {
        if (ignoring & BIT(sig)) {
            sigdelset(set, sig);
        }
    }
    pthread_mutex_unlock(&lock);
}
