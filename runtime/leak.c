/* leak.c — the lines of the leak report and of the deadlock report's summary (leak.h).
 *
 * A goroutine described here is not running (parked, runnable in a queue, or stopped by the
 * leak report's freeze), so its frames and its wait state hold still while we read them.
 */
#include "leak.h"

#include "chan.h"
#include "exec.h"
#include "sched.h"

#include <string.h>

LeakMode leak_mode;

/* A file as the report names it: without its directories (the traceback has them). */
static const char *base(const char *file) {
    const char *slash = strrchr(file, '/');
    return slash ? slash + 1 : file;
}

/* "chan send on out", "select on done, results", "sleep", "runnable". */
static void put_state(G *g, StrBuf *b) {
    if (g->status != G_WAITING || !g->wait_reason) {
        sb_puts(b, g->status == G_RUNNING ? "running" : "runnable");
        return;
    }
    sb_puts(b, g->wait_reason);
    Chan *chans[4];
    int n = chan_waiting(g, chans, 4);
    for (int i = 0; i < n && i < 4; i++) {
        sb_puts(b, i == 0 ? " on " : ", ");
        sb_puts(b, chan_label(chans[i]));
    }
    if (n > 4) {
        sb_puts(b, ", ...");
    }
}

void leak_describe(G *g, int64_t now, StrBuf *b) {
    sb_printf(b, "goroutine %lld [", (long long)g->id);
    put_state(g, b);
    if (g->status == G_WAITING && g->wait_since > 0) {
        int64_t secs = (now - g->wait_since) / 1000000000;
        if (secs >= 1) {
            sb_printf(b, ", %lld s", (long long)secs);
        } else {
            sb_puts(b, ", < 1 s");
        }
    }
    sb_puts(b, "]:");
    const char *sep = " ";
    if (g->created.fn) {
        sb_printf(b, " created at %s:%d by %s", base(g->created.file), g->created.line,
                  g->created.fn);
        sep = ", ";
    } else if (g->id != 1) {
        sb_puts(b, " started by a timer (time.AfterFunc)");
        sep = ", ";
    }
    if (g->status != G_RUNNING) {
        CodeSite at = exec_user_where(g);
        if (at.file) {
            sb_printf(b, "%s%s at %s:%d", sep, g->status == G_WAITING ? "waiting" : "stopped",
                      base(at.file), at.line);
        }
    }
    sb_putc(b, '\n');
}

void leak_report(G **gs, int n, StrBuf *b) {
    if (n == 0) {
        return;
    }
    if (leak_mode != LEAKS_OFF) {
        sb_printf(b, "gosub: %d goroutine%s still alive when main returned:\n", n,
                  n == 1 ? "" : "s");
    }
    int64_t now = __atomic_load_n(&rt_coarse_now, __ATOMIC_RELAXED);
    for (int i = 0; i < n; i++) {
        leak_describe(gs[i], now, b);
    }
}
