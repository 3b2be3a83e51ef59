/* fsys.c — the natives of internal/fsys: the file-system calls package os needs beyond
 * runtime/lib/os.c's (status, directories, links, renames, positioned I/O, times).
 *
 * Like os.c's natives they return the raw errno (0: success) and leave error values to
 * Go (runtime/std/internal_fsys.go declares them; os wraps them). A path holding a NUL
 * byte is EINVAL, as in Go. A []byte is one byte per slot, so positioned reads and
 * writes stage through a C buffer a chunk at a time.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "../native.h"

#include "../../src/common.h"
#include "../sched.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

enum { STAGE_SIZE = 32 * 1024 };

/* A NUL-terminated copy of a Go string, or NULL if it holds a NUL. */
static char *c_path(GoString s) {
    if (memchr(s.ptr, 0, (size_t)s.len)) {
        return NULL;
    }
    char *c = NEW_ATOMIC(s.len + 1);
    memcpy(c, s.ptr, (size_t)s.len);
    c[s.len] = 0;
    return c;
}

/* Fills the slots of a fsys.Info (mode, size, mtime seconds and nanoseconds, dev, ino,
 * nlink, uid, gid, atime seconds and nanoseconds) from st. */
static void fill_stat(Slot *out, const struct stat *st) {
    out[0].u = st->st_mode;
    out[1].i = st->st_size;
    out[2].i = st->st_mtim.tv_sec;
    out[3].i = st->st_mtim.tv_nsec;
    out[4].u = st->st_dev;
    out[5].u = st->st_ino;
    out[6].u = st->st_nlink;
    out[7].u = st->st_uid;
    out[8].u = st->st_gid;
    out[9].i = st->st_atim.tv_sec;
    out[10].i = st->st_atim.tv_nsec;
}

/* Stat(name string, follow bool, st *Info) int: stat, or lstat when !follow. */
static void fsys_stat(G *g, Slot *a) {
    char *path = c_path(rt_str(a));
    struct stat st;
    if (!path) {
        a[0].i = EINVAL;
        return;
    }
    int r = a[2].i ? stat(path, &st) : lstat(path, &st);
    if (r == 0) {
        fill_stat(a[3].p, &st);
    }
    a[0].i = r < 0 ? errno : 0;
}

/* Fstat(fd int, st *Info) int */
static void fsys_fstat(G *g, Slot *a) {
    struct stat st;
    int r = fstat((int)a[0].i, &st);
    if (r == 0) {
        fill_stat(a[1].p, &st);
    }
    a[0].i = r < 0 ? errno : 0;
}

static int by_name(const void *x, const void *y) {
    return strcmp((*(struct dirent *const *)x)->d_name, (*(struct dirent *const *)y)->d_name);
}

/* ReadDir(fd int) (names []string, types []uint8, errno int): the entries of the open
 * directory fd other than "." and "..", sorted by name, with their d_type (DT_UNKNOWN
 * when the file system does not say). fd itself is left open and unmoved. */
static void fsys_read_dir(G *g, Slot *a) {
    int fd = dup((int)a[0].i);
    DIR *dir = fd < 0 ? NULL : fdopendir(fd);
    if (!dir) {
        int e = errno;
        if (fd >= 0) {
            close(fd);
        }
        memset(a, 0, 6 * sizeof(Slot));
        a[6].i = e;
        return;
    }
    rewinddir(dir);
    size_t n = 0, cap = 16;
    struct dirent **ents = NEW_ARRAY(struct dirent *, cap);
    struct dirent *d;
    errno = 0;
    while ((d = readdir(dir))) {
        if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0) {
            continue;
        }
        if (n == cap) {
            struct dirent **grown = NEW_ARRAY(struct dirent *, cap * 2);
            memcpy(grown, ents, n * sizeof *ents);
            ents = grown, cap *= 2;
        }
        ents[n] = GC_MALLOC_ATOMIC(sizeof **ents);
        memcpy(ents[n++], d, sizeof **ents);
    }
    int e = errno;
    closedir(dir);
    qsort(ents, n, sizeof *ents, by_name);
    GoSlice names = rt_make_slice((int64_t)n, (int64_t)n, 2, false);
    GoSlice types = rt_make_slice((int64_t)n, (int64_t)n, 1, true);
    for (size_t i = 0; i < n; i++) {
        rt_set_str(&names.ptr[2 * i], rt_string_copy(ents[i]->d_name, strlen(ents[i]->d_name)));
        types.ptr[i].u = ents[i]->d_type;
    }
    rt_set_slice(a, names);
    rt_set_slice(a + 3, types);
    a[6].i = e;
}

/* The calls on two paths: Rename, Link, Symlink (old, new string) int. */
#define TWO_PATHS(fn_name, call)                                                                   \
    static void fn_name(G *g, Slot *a) {                                                           \
        char *from = c_path(rt_str(a)), *to = c_path(rt_str(a + 2));                               \
        a[0].i = !from || !to ? EINVAL : (call) < 0 ? errno : 0;                                   \
    }
TWO_PATHS(fsys_rename, rename(from, to))
TWO_PATHS(fsys_link, link(from, to))
TWO_PATHS(fsys_symlink, symlink(from, to))
#undef TWO_PATHS

/* The calls on a path and a number: Truncate(name, size int64), Chmod(name, mode
 * uint32) int. */
#define PATH_AND_NUMBER(fn_name, call)                                                             \
    static void fn_name(G *g, Slot *a) {                                                           \
        char *path = c_path(rt_str(a));                                                            \
        a[0].i = !path ? EINVAL : (call) < 0 ? errno : 0;                                          \
    }
PATH_AND_NUMBER(fsys_truncate, truncate(path, (off_t)a[2].i))
PATH_AND_NUMBER(fsys_chmod, chmod(path, (mode_t)a[2].u))
#undef PATH_AND_NUMBER

/* Chown(name string, uid, gid int, follow bool) int */
static void fsys_chown(G *g, Slot *a) {
    char *path = c_path(rt_str(a));
    uid_t uid = (uid_t)a[2].i;
    gid_t gid = (gid_t)a[3].i;
    int r = !path ? -1 : a[4].i ? chown(path, uid, gid) : lchown(path, uid, gid);
    a[0].i = !path ? EINVAL : r < 0 ? errno : 0;
}

/* The calls on a descriptor: Ftruncate(fd int, size int64), Fchmod(fd int, mode uint32),
 * Fchdir(fd int) int. */
static void fsys_ftruncate(G *g, Slot *a) {
    a[0].i = ftruncate((int)a[0].i, (off_t)a[1].i) < 0 ? errno : 0;
}

static void fsys_fchmod(G *g, Slot *a) {
    a[0].i = fchmod((int)a[0].i, (mode_t)a[1].u) < 0 ? errno : 0;
}

static void fsys_fchdir(G *g, Slot *a) {
    a[0].i = fchdir((int)a[0].i) < 0 ? errno : 0;
}

/* Chtimes(name string, asec, ansec, msec, mnsec int64) int */
static void fsys_chtimes(G *g, Slot *a) {
    char *path = c_path(rt_str(a));
    struct timespec ts[2] = {{(time_t)a[2].i, (long)a[3].i}, {(time_t)a[4].i, (long)a[5].i}};
    a[0].i = !path ? EINVAL : utimensat(AT_FDCWD, path, ts, 0) < 0 ? errno : 0;
}

/* Readlink(name string) (string, int) */
static void fsys_readlink(G *g, Slot *a) {
    char *path = c_path(rt_str(a));
    if (!path) {
        rt_set_str(a, (GoString){NULL, 0});
        a[2].i = EINVAL;
        return;
    }
    for (size_t size = 128;; size *= 2) {
        char *buf = NEW_ATOMIC(size);
        ssize_t n = readlink(path, buf, size);
        if (n < 0) {
            rt_set_str(a, (GoString){NULL, 0});
            a[2].i = errno;
            return;
        }
        if ((size_t)n < size) {
            rt_set_str(a, rt_string_copy(buf, (size_t)n));
            a[2].i = 0;
            return;
        }
    }
}

/* Pread(fd int, b []byte, off int64) (n int, errno int): one read at off. */
static void fsys_pread(G *g, Slot *a) {
    GoSlice b = rt_slice(a + 1);
    char stage[STAGE_SIZE];
    size_t want = b.len < STAGE_SIZE ? (size_t)b.len : STAGE_SIZE;
    ssize_t n;
    do {
        n = pread((int)a[0].i, stage, want, (off_t)a[4].i);
    } while (n < 0 && errno == EINTR);
    for (ssize_t i = 0; i < n; i++) {
        b.ptr[i].u = (unsigned char)stage[i];
    }
    a[1].i = n < 0 ? errno : 0;
    a[0].i = n < 0 ? 0 : n;
}

/* Pwrite(fd int, b []byte, off int64) (n int, errno int): all of b, from off on. */
static void fsys_pwrite(G *g, Slot *a) {
    int fd = (int)a[0].i;
    GoSlice b = rt_slice(a + 1);
    off_t off = (off_t)a[4].i;
    char stage[STAGE_SIZE];
    int64_t done = 0;
    int err = 0;
    while (done < b.len && !err) {
        int64_t chunk = b.len - done < STAGE_SIZE ? b.len - done : STAGE_SIZE;
        for (int64_t i = 0; i < chunk; i++) {
            stage[i] = (char)b.ptr[done + i].u;
        }
        int64_t k = 0;
        while (k < chunk) {
            ssize_t w = pwrite(fd, stage + k, (size_t)(chunk - k), off + done + k);
            if (w < 0) {
                if (errno == EINTR) {
                    continue;
                }
                err = errno;
                break;
            }
            k += w;
        }
        done += k;
    }
    a[0].i = done;
    a[1].i = err;
}

/* Random() uint32: for the names of temporary files. */
static void fsys_random(G *g, Slot *a) {
    uint32_t r = 0;
    if (getrandom(&r, sizeof r, 0) != (ssize_t)sizeof r) {
        r = (uint32_t)rt_fastrand();
    }
    a[0].u = r;
}

/* Executable() (string, int): the running binary (gosub itself). */
static void fsys_executable(G *g, Slot *a) {
    Slot path[2] = {{.p = (void *)"/proc/self/exe"}, {.i = 14}};
    memcpy(a, path, sizeof path);
    fsys_readlink(g, a);
}

const NativeFunc lib_fsys_funcs[] = {
    {"Stat(name string, follow bool, st *Info) int", fsys_stat},
    {"Fstat(fd int, st *Info) int", fsys_fstat},
    {"ReadDir(fd int) (names []string, types []uint8, errno int)", fsys_read_dir},
    {"Rename(from, to string) int", fsys_rename},
    {"Link(from, to string) int", fsys_link},
    {"Symlink(from, to string) int", fsys_symlink},
    {"Truncate(name string, size int64) int", fsys_truncate},
    {"Chmod(name string, mode uint32) int", fsys_chmod},
    {"Chown(name string, uid, gid int, follow bool) int", fsys_chown},
    {"Ftruncate(fd int, size int64) int", fsys_ftruncate},
    {"Fchmod(fd int, mode uint32) int", fsys_fchmod},
    {"Fchdir(fd int) int", fsys_fchdir},
    {"Chtimes(name string, asec, ansec, msec, mnsec int64) int", fsys_chtimes},
    {"Readlink(name string) (string, int)", fsys_readlink},
    {"Pread(fd int, b []byte, off int64) (n int, errno int)", fsys_pread},
    {"Pwrite(fd int, b []byte, off int64) (n int, errno int)", fsys_pwrite},
    {"Random() uint32", fsys_random},
    {"Executable() (string, int)", fsys_executable},
    {NULL, NULL},
};
