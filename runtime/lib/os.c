/* os.c — the natives of package os: system calls, arguments, environment, exit. The Go half
 * is runtime/std/os.go; internal/fsys (fsys.c) has the calls os needs beyond these.
 *
 * System-call natives return the raw errno (0: success) and leave the error values to Go.
 * A []byte holds one byte per slot (type.h), so data moves between slots and the kernel
 * through a staging buffer, a chunk at a time: a read may return fewer bytes than asked
 * (as read(2) may), a write loops until everything is out.
 *
 * Output to descriptors 1 and 2 goes through rt_write, the runtime's buffered stdout and
 * stderr, so that it stays in order with fmt's output; reads go through rt_read, which
 * flushes stdout first and never blocks the worker thread.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* setenv, clearenv, O_CLOEXEC under -std=c17 */
#endif
#include "../native.h"
#include "../sched.h"
#include "format.h"

#include "../../src/common.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

enum { STAGE_SIZE = 32 * 1024 };

/* A NUL-terminated copy of a Go string, or NULL if it holds a NUL (no such path or name:
 * the callers answer EINVAL, as Go does). */
static char *c_string(GoString s) {
    if (memchr(s.ptr, 0, (size_t)s.len)) {
        return NULL;
    }
    char *c = NEW_ATOMIC(s.len + 1);
    memcpy(c, s.ptr, (size_t)s.len);
    c[s.len] = 0;
    return c;
}

static GoString go_string(const char *s) { return rt_string_copy(s, strlen(s)); }

/* A non-blocking descriptor (os.Pipe's write end) is full: wait until it takes more, our
 * processor handed on meanwhile, as a blocking read does. */
static void wait_writable(int fd) {
    struct pollfd p = {.fd = fd, .events = POLLOUT};
    sched_enter_blocking();
    while (poll(&p, 1, -1) < 0 && errno == EINTR) {
    }
    sched_exit_blocking();
}

/* Writes all n bytes; returns how many went out, *err set on failure. */
static int64_t write_all(int fd, const char *p, size_t n, int *err) {
    if (fd == 1 || fd == 2) {
        rt_write(fd, p, n);
        return (int64_t)n;
    }
    size_t done = 0;
    while (done < n) {
        ssize_t k = write(fd, p + done, n - done);
        if (k < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EAGAIN) {
                wait_writable(fd);
                continue;
            }
            *err = errno;
            break;
        }
        done += (size_t)k;
    }
    return (int64_t)done;
}

/* sysWrite(fd int, b []byte) (n int, errno int) */
static void os_sys_write(G *g, Slot *a) {
    int fd = (int)a[0].i;
    GoSlice b = rt_slice(&a[1]);
    char stage[STAGE_SIZE];
    int err = 0;
    int64_t done = 0;
    while (done < b.len && err == 0) {
        int64_t n = b.len - done < STAGE_SIZE ? b.len - done : STAGE_SIZE;
        for (int64_t i = 0; i < n; i++) {
            stage[i] = (char)b.ptr[done + i].u;
        }
        done += write_all(fd, stage, (size_t)n, &err);
    }
    a[0].i = done;
    a[1].i = err;
}

/* sysWriteString(fd int, s string) (n int, errno int) */
static void os_sys_write_string(G *g, Slot *a) {
    int fd = (int)a[0].i;
    GoString s = rt_str(&a[1]);
    int err = 0;
    a[0].i = write_all(fd, s.ptr, (size_t)s.len, &err);
    a[1].i = err;
}

/* Runs a write native with SIGPIPE held off for this thread, for a pipe made by os.Pipe: a
 * write whose reader is gone then fails with EPIPE, as in Go, instead of ending the program
 * (a child that stops reading its stdin). The SIGPIPE the write raised is taken back. */
static void without_sigpipe(NativeFn write_fn, G *g, Slot *a) {
    sigset_t pipe_set, old;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
    write_fn(g, a);
    if (a[1].i == EPIPE) {
        struct timespec zero = {0, 0};
        sigtimedwait(&pipe_set, NULL, &zero);
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* sysWritePipe and sysWriteStringPipe: sysWrite and sysWriteString for os.Pipe's files. */
static void os_sys_write_pipe(G *g, Slot *a) { without_sigpipe(os_sys_write, g, a); }
static void os_sys_write_string_pipe(G *g, Slot *a) { without_sigpipe(os_sys_write_string, g, a); }

/* sysRead(fd int, b []byte) (n int, errno int): one read of at most len(b) bytes. */
static void os_sys_read(G *g, Slot *a) {
    int fd = (int)a[0].i;
    GoSlice b = rt_slice(&a[1]);
    char stage[STAGE_SIZE];
    size_t want = b.len < STAGE_SIZE ? (size_t)b.len : STAGE_SIZE;
    int64_t n;
    do {
        errno = 0;
        n = rt_read(g, fd, stage, want);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        a[0].i = 0;
        a[1].i = errno ? errno : EIO;
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        b.ptr[i].u = (unsigned char)stage[i];
    }
    a[0].i = n;
    a[1].i = 0;
}

/* sysOpen(name string, flag int, perm uint32) (fd int, errno int). flag uses Linux's
 * values (os.O_*); they are mapped bit by bit so that the host's may differ. */
static void os_sys_open(G *g, Slot *a) {
    char *name = c_string(rt_str(&a[0]));
    int64_t flag = a[2].i;
    mode_t perm = (mode_t)a[3].u;
    if (!name) {
        a[0].i = -1;
        a[1].i = EINVAL;
        return;
    }
    static const struct {
        int64_t go;
        int host;
    } bits[] = {
        {0x40, O_CREAT}, {0x80, O_EXCL}, {0x200, O_TRUNC}, {0x400, O_APPEND}, {0x101000, O_SYNC},
    };
    int access = (int)(flag & 3);
    int oflag = (access == 1 ? O_WRONLY : access == 2 ? O_RDWR : O_RDONLY) | O_CLOEXEC;
    for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++) {
        if ((flag & bits[i].go) == bits[i].go) {
            oflag |= bits[i].host;
        }
    }
    int fd;
    do {
        fd = open(name, oflag, perm);
    } while (fd < 0 && errno == EINTR);
    a[0].i = fd;
    a[1].i = fd < 0 ? errno : 0;
}

/* sysClose(fd int) int */
static void os_sys_close(G *g, Slot *a) {
    int fd = (int)a[0].i;
    if (fd <= 2) {
        rt_flush();
    }
    a[0].i = close(fd) < 0 ? errno : 0;
}

/* sysSeek(fd int, offset int64, whence int) (int64, int) */
static void os_sys_seek(G *g, Slot *a) {
    off_t r = lseek((int)a[0].i, (off_t)a[1].i, (int)a[2].i);
    a[0].i = r < 0 ? 0 : (int64_t)r;
    a[1].i = r < 0 ? errno : 0;
}

/* The path calls: sysUnlink, sysRmdir, sysChdir (name string) int; sysMkdir(name, perm). */
#define PATH_CALL(fn_name, call)                                                                   \
    static void fn_name(G *g, Slot *a) {                                                           \
        char *path = c_string(rt_str(&a[0]));                                                      \
        a[0].i = !path ? EINVAL : (call) < 0 ? errno : 0;                                          \
    }
PATH_CALL(os_sys_unlink, unlink(path))
PATH_CALL(os_sys_rmdir, rmdir(path))
PATH_CALL(os_sys_chdir, chdir(path))
PATH_CALL(os_sys_mkdir, mkdir(path, (mode_t)a[2].u))
#undef PATH_CALL

/* sysGetwd() (string, int) */
static void os_sys_getwd(G *g, Slot *a) {
    for (size_t size = 256;; size *= 2) {
        char *buf = NEW_ATOMIC(size);
        if (getcwd(buf, size)) {
            rt_set_str(a, go_string(buf));
            a[2].i = 0;
            return;
        }
        if (errno != ERANGE) {
            rt_set_str(a, (GoString){NULL, 0});
            a[2].i = errno;
            return;
        }
    }
}

/* sysHostname() (string, int) */
static void os_sys_hostname(G *g, Slot *a) {
    struct utsname u;
    if (uname(&u) < 0) {
        rt_set_str(a, (GoString){NULL, 0});
        a[2].i = errno;
        return;
    }
    rt_set_str(a, go_string(u.nodename));
    a[2].i = 0;
}

/* runtimeArgs() []string: os.Args. */
static void os_runtime_args(G *g, Slot *a) {
    GoSlice s = rt_make_slice(rt_argc, rt_argc, 2, false);
    for (int i = 0; i < rt_argc; i++) {
        rt_set_str(&s.ptr[2 * i], go_string(rt_argv[i]));
    }
    rt_set_slice(a, s);
}

/* Exit(code int) */
static void os_exit(G *g, Slot *a) { rt_exit(g, (int)a[0].i); }

/* The value of an environment variable, NULL if unset. */
static const char *env_value(GoString key) {
    char *k = c_string(key);
    return k ? getenv(k) : NULL;
}

/* LookupEnv(key string) (string, bool) */
static void os_lookup_env(G *g, Slot *a) {
    const char *v = env_value(rt_str(&a[0]));
    rt_set_str(a, v ? go_string(v) : (GoString){NULL, 0});
    a[2].i = v != NULL;
}

/* Getenv(key string) string */
static void os_getenv(G *g, Slot *a) {
    const char *v = env_value(rt_str(&a[0]));
    rt_set_str(a, v ? go_string(v) : (GoString){NULL, 0});
}

/* sysSetenv(key, value string) int */
static void os_sys_setenv(G *g, Slot *a) {
    char *key = c_string(rt_str(&a[0]));
    char *value = c_string(rt_str(&a[2]));
    a[0].i = !key || !value ? EINVAL : setenv(key, value, 1) < 0 ? errno : 0;
}

/* sysUnsetenv(key string) int */
static void os_sys_unsetenv(G *g, Slot *a) {
    char *key = c_string(rt_str(&a[0]));
    a[0].i = !key ? EINVAL : unsetenv(key) < 0 ? errno : 0;
}

/* Clearenv() */
static void os_clearenv(G *g, Slot *a) {
    clearenv();
}

/* Environ() []string: "KEY=value" entries. */
static void os_environ(G *g, Slot *a) {
    int64_t n = 0;
    while (environ && environ[n]) {
        n++;
    }
    GoSlice s = rt_make_slice(n, n, 2, false);
    for (int64_t i = 0; i < n; i++) {
        rt_set_str(&s.ptr[2 * i], go_string(environ[i]));
    }
    rt_set_slice(a, s);
}

const NativeFunc lib_os_funcs[] = {
    {"Exit(code int)", os_exit},
    {"Getenv(key string) string", os_getenv},
    {"LookupEnv(key string) (string, bool)", os_lookup_env},
    {"Environ() []string", os_environ},
    {"Clearenv()", os_clearenv},
    {"runtimeArgs() []string", os_runtime_args},
    {"sysRead(fd int, b []byte) (int, int)", os_sys_read},
    {"sysWrite(fd int, b []byte) (int, int)", os_sys_write},
    {"sysWriteString(fd int, s string) (int, int)", os_sys_write_string},
    {"sysWritePipe(fd int, b []byte) (int, int)", os_sys_write_pipe},
    {"sysWriteStringPipe(fd int, s string) (int, int)", os_sys_write_string_pipe},
    {"sysOpen(name string, flag int, perm uint32) (int, int)", os_sys_open},
    {"sysClose(fd int) int", os_sys_close},
    {"sysSeek(fd int, offset int64, whence int) (int64, int)", os_sys_seek},
    {"sysUnlink(name string) int", os_sys_unlink},
    {"sysRmdir(name string) int", os_sys_rmdir},
    {"sysChdir(name string) int", os_sys_chdir},
    {"sysMkdir(name string, perm uint32) int", os_sys_mkdir},
    {"sysGetwd() (string, int)", os_sys_getwd},
    {"sysHostname() (string, int)", os_sys_hostname},
    {"sysSetenv(key, value string) int", os_sys_setenv},
    {"sysUnsetenv(key string) int", os_sys_unsetenv},
    {NULL, NULL},
};
