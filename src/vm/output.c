/* output.c — the process's output, input and arguments as natives see them (native.h).
 *
 * Standard output is buffered in one buffer under one lock, shared by every thread: it is
 * written out when it fills, before anything goes to another descriptor (so stderr and
 * stdout keep their order), before a blocking read (a prompt shows), at exit, and every
 * 100 ms by the timer thread. Large writes go straight through.
 */
#include "../../runtime/sched.h"

#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

int rt_argc;
char **rt_argv;

static char out_buf[1 << 16];
static size_t out_len;
static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        p += w;
        n -= (size_t)w;
    }
}

static void flush_locked(void) {
    if (out_len) {
        write_all(1, out_buf, out_len);
        out_len = 0;
    }
}

void rt_flush(void) {
    pthread_mutex_lock(&out_lock);
    flush_locked();
    pthread_mutex_unlock(&out_lock);
}

void (*rt_output_hook)(int fd, const char *p, size_t n);

void rt_write(int fd, const char *p, size_t n) {
    if (rt_output_hook) {
        rt_output_hook(fd, p, n);
        return;
    }
    pthread_mutex_lock(&out_lock);
    if (fd == 1) {
        if (out_len + n > sizeof out_buf) {
            flush_locked();
            if (n > sizeof out_buf / 2) {
                write_all(1, p, n);
                pthread_mutex_unlock(&out_lock);
                return;
            }
        }
        memcpy(out_buf + out_len, p, n);
        out_len += n;
        pthread_mutex_unlock(&out_lock);
        return;
    }
    flush_locked();
    write_all(fd, p, n);
    pthread_mutex_unlock(&out_lock);
}

int64_t rt_read(G *g, int fd, char *buf, size_t n) {
    rt_flush();
    sched_enter_blocking();
    ssize_t r;
    do {
        r = read(fd, buf, n);
    } while (r < 0 && errno == EINTR);
    sched_exit_blocking();
    return r;
}
