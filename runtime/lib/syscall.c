/* syscall.c — the natives of syscall (runtime/std/syscall.go): processes (start, signal, wait),
 * pipes, the process's identity, and the text of an error number. os and os/exec build on
 * them.
 *
 * Like os.c's natives they return the raw errno (0: success) and leave error values to Go.
 * A child starts through posix_spawn (glibc's clone-and-exec: no fork of our threads and
 * heap), with its descriptors, directory, signal mask and dispositions set in between as
 * Go's forkExec sets them. Waiting for a child parks the goroutine until the signal thread
 * (signal.c) sees it end; stdout is flushed before a child starts or a signal is sent, so
 * that what the program printed comes first.
 */
#include "../native.h"
#include "../sched.h"
#include "signal.h"

#include "../../src/common.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* A NUL-terminated copy of a Go string, or NULL if it holds a NUL (EINVAL, as in Go). */
static char *c_string(GoString s) {
    if (s.len == 0) {
        char *empty = NEW_ATOMIC(1);
        empty[0] = 0;
        return empty;
    }
    return memchr(s.ptr, 0, (size_t)s.len) ? NULL : str_printf("%.*s", (int)s.len, s.ptr);
}

/* A NULL-terminated array of C strings from a []string, or NULL if one holds a NUL. */
static char **c_strings(GoSlice list) {
    char **v = NEW_ARRAY(char *, list.len + 1);
    for (int64_t i = 0; i < list.len; i++) {
        if (!(v[i] = c_string(rt_str(&list.ptr[2 * i])))) {
            return NULL;
        }
    }
    return v;
}

/* ---- starting a child ---- */

typedef struct Spawn {
    const char *path, *dir;
    char **argv, **envv;
    GoSlice files; /* []int: the child's descriptor i is files[i]; -1 closes it */
    bool setsid, setpgid;
    pid_t pgid;
} Spawn;

/* The file actions: every source descriptor is first copied above the child's range (close
 * on exec), so that moving one into place never overwrites another still to be moved; the
 * copies are closed by the caller after the spawn (*tmp). */
static int file_actions(posix_spawn_file_actions_t *fa, const Spawn *s, int *tmp) {
    int n = (int)s->files.len;
    int err = 0;
    for (int i = 0; i < n && !err; i++) {
        int fd = (int)s->files.ptr[i].i;
        if (fd < 0) {
            err = posix_spawn_file_actions_addclose(fa, i);
            continue;
        }
        if ((tmp[i] = fcntl(fd, F_DUPFD_CLOEXEC, n)) < 0) {
            return errno;
        }
        err = posix_spawn_file_actions_adddup2(fa, tmp[i], i);
    }
    if (!err && s->dir[0]) {
        err = posix_spawn_file_actions_addchdir_np(fa, s->dir);
    }
    return err;
}

/* The attributes: no signal blocked, dispositions as signal_child_defaults says, and the
 * session or process group asked for. */
static int spawn_attributes(posix_spawnattr_t *at, const Spawn *s) {
    sigset_t none, defaults;
    sigemptyset(&none);
    signal_child_defaults(&defaults);
    short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
    int err = posix_spawnattr_setsigmask(at, &none);
    if (!err) {
        err = posix_spawnattr_setsigdefault(at, &defaults);
    }
    if (s->setsid) {
        flags |= POSIX_SPAWN_SETSID;
    }
    if (!err && s->setpgid) {
        flags |= POSIX_SPAWN_SETPGROUP;
        err = posix_spawnattr_setpgroup(at, s->pgid);
    }
    return err ? err : posix_spawnattr_setflags(at, flags);
}

static int spawn(const Spawn *s, pid_t *pid) {
    int n = (int)s->files.len;
    int *tmp = (int *)NEW_ATOMIC(sizeof(int) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        tmp[i] = -1;
    }
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t at;
    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&at);
    int err = file_actions(&fa, s, tmp);
    if (!err) {
        err = spawn_attributes(&at, s);
    }
    if (!err) {
        rt_flush();
        signal_watch_children(); /* before the child can end */
        err = posix_spawn(pid, s->path, &fa, &at, s->argv, s->envv);
    }
    for (int i = 0; i < n; i++) {
        if (tmp[i] >= 0) {
            close(tmp[i]);
        }
    }
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&at);
    return err;
}

/* forkExec(path string, argv, env []string, dir string, files []int, setsid, setpgid bool,
 *          pgid int) (pid int, errno int) */
static void sys_fork_exec(G *g, Slot *a) {
    Spawn s = {
        .path = c_string(rt_str(&a[0])),
        .argv = c_strings(rt_slice(&a[2])),
        .envv = c_strings(rt_slice(&a[5])),
        .dir = c_string(rt_str(&a[8])),
        .files = rt_slice(&a[10]),
        .setsid = a[13].i != 0,
        .setpgid = a[14].i != 0,
        .pgid = (pid_t)a[15].i,
    };
    pid_t pid = 0;
    int err = !s.path || !s.argv || !s.envv || !s.dir ? EINVAL : spawn(&s, &pid);
    a[0].i = err ? 0 : pid;
    a[1].i = err;
}

/* ---- waiting ---- */

static void fill_rusage(GoSlice out, const struct rusage *r) {
    const int64_t v[18] = {
        r->ru_utime.tv_sec, r->ru_utime.tv_usec, r->ru_stime.tv_sec, r->ru_stime.tv_usec,
        r->ru_maxrss,       r->ru_ixrss,         r->ru_idrss,        r->ru_isrss,
        r->ru_minflt,       r->ru_majflt,        r->ru_nswap,        r->ru_inblock,
        r->ru_oublock,      r->ru_msgsnd,        r->ru_msgrcv,       r->ru_nsignals,
        r->ru_nvcsw,        r->ru_nivcsw,
    };
    for (int64_t i = 0; i < out.len && i < 18; i++) {
        out.ptr[i].i = v[i];
    }
}

/* sysWait4(pid, options int, ru []int64) (wpid int, status int, errno int). Without WNOHANG
 * the goroutine parks until child pid ends (the native then runs again). */
static void sys_wait4(G *g, Slot *a) {
    pid_t pid = (pid_t)a[0].i;
    int options = (int)a[1].i;
    GoSlice ru = rt_slice(&a[2]);
    bool watched = signal_watch_children();
    for (;;) {
        int status = 0;
        struct rusage r;
        memset(&r, 0, sizeof r);
        bool nohang = (options & WNOHANG) || watched;
        if (!nohang) {
            sched_enter_blocking(); /* no signal thread: a blocking wait, our P handed on */
        }
        pid_t got = wait4(pid, &status, options | (nohang ? WNOHANG : 0), &r);
        int err = errno;
        if (!nohang) {
            sched_exit_blocking();
        }
        if (got < 0 && err == EINTR) {
            continue;
        }
        if (got == 0 && !(options & WNOHANG)) {
            if (signal_wait_child(g, pid)) {
                return;
            }
            continue;
        }
        fill_rusage(ru, &r);
        a[0].i = got;
        a[1].i = status;
        a[2].i = got < 0 ? err : 0;
        return;
    }
}

/* ---- signals, pipes, descriptors ---- */

/* sysKill(pid, sig int) int */
static void sys_kill(G *g, Slot *a) {
    rt_flush(); /* a signal that ends us must not lose what was printed */
    a[0].i = kill((pid_t)a[0].i, (int)a[1].i) < 0 ? errno : 0;
}

/* sysPipe2(flags int) (r, w int, errno int) */
static void sys_pipe2(G *g, Slot *a) {
    int p[2];
    int err = pipe2(p, (int)a[0].i) < 0 ? errno : 0;
    a[0].i = err ? -1 : p[0];
    a[1].i = err ? -1 : p[1];
    a[2].i = err;
}

/* sysSetNonblock(fd int, on bool) int */
static void sys_set_nonblock(G *g, Slot *a) {
    int fd = (int)a[0].i;
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0) {
        fl = fcntl(fd, F_SETFL, a[1].i ? fl | O_NONBLOCK : fl & ~O_NONBLOCK);
    }
    a[0].i = fl < 0 ? errno : 0;
}

/* ---- identity, exit, error texts ---- */

#define ID_CALL(fn_name, call)                                                                     \
    static void fn_name(G *g, Slot *a) {                                                           \
        a[0].i = (int64_t)(call);                                                                  \
    }
ID_CALL(sys_getpid, getpid())
ID_CALL(sys_getppid, getppid())
ID_CALL(sys_getuid, getuid())
ID_CALL(sys_geteuid, geteuid())
ID_CALL(sys_getgid, getgid())
ID_CALL(sys_getegid, getegid())
ID_CALL(sys_getpagesize, sysconf(_SC_PAGESIZE))
#undef ID_CALL

/* Exit(code int) */
static void sys_exit(G *g, Slot *a) {
    rt_exit(g, (int)a[0].i);
}

/* errnoText(e int) string: the system's text for an error number, spelled as Go does (lower
 * case first letter; "errno N" for 0 and unknown numbers). */
static void sys_errno_text(G *g, Slot *a) {
    int e = (int)a[0].i;
    const char *text = e ? strerror(e) : NULL;
    if (!text || strncmp(text, "Unknown error", 13) == 0) {
        char *s = str_printf("errno %d", e);
        rt_set_str(a, rt_string_copy(s, strlen(s)));
        return;
    }
    char *copy = str_printf("%s", text);
    if (copy[0] >= 'A' && copy[0] <= 'Z' && !(copy[1] >= 'A' && copy[1] <= 'Z')) {
        copy[0] = (char)(copy[0] - 'A' + 'a');
    }
    rt_set_str(a, rt_string_copy(copy, strlen(copy)));
}

const NativeFunc lib_syscall_funcs[] = {
    {"Getpid() int", sys_getpid},
    {"Getppid() int", sys_getppid},
    {"Getuid() int", sys_getuid},
    {"Geteuid() int", sys_geteuid},
    {"Getgid() int", sys_getgid},
    {"Getegid() int", sys_getegid},
    {"Getpagesize() int", sys_getpagesize},
    {"Exit(code int)", sys_exit},
    {"errnoText(e int) string", sys_errno_text},
    {"sysKill(pid, sig int) int", sys_kill},
    {"sysPipe2(flags int) (int, int, int)", sys_pipe2},
    {"sysSetNonblock(fd int, on bool) int", sys_set_nonblock},
    {"sysWait4(pid, options int, ru []int64) (int, int, int)", sys_wait4},
    {"forkExec(path string, argv, env []string, dir string, files []int, setsid, setpgid bool, "
     "pgid int) (int, int)",
     sys_fork_exec},
    {NULL, NULL},
};
