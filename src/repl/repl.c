/* repl.c — the REPL's loop: read an entry (several lines while it is unfinished), run it,
 * show what it printed, repeat.
 *
 * The loop polls standard input (only while the prompt is shown) and a wake-up pipe. The
 * pipe carries the signals (SIGINT: Ctrl-C, SIGWINCH: the terminal's new size), written by
 * async-signal-safe handlers.
 */
#include "repl.h"

#include "../driver.h"
#include "../parse/parse.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static struct {
    bool interactive;
    bool done;    /* end of input, or :quit */
    int status;   /* the exit status: the last failure (piped mode) */
    StrBuf entry; /* the lines of the unfinished entry */
    int wake[2];  /* the wake-up pipe */
} R;

/* ---- signals ---- */

static void on_signal(int sig) {
    int saved = errno;
    char c = sig == SIGINT ? 'i' : 'w';
    ssize_t r = write(R.wake[1], &c, 1);
    (void)r;
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
    }
}

/* ---- entries ---- */

static void report(Diags *d) {
    fflush(stdout);
    diag_print(d);
    R.status = 1;
}

static void submit(const char *src, size_t len) {
    Diags diags = {0};
    ReplEntry e;
    if (!parse_repl_entry("<repl>", src, len, &diags, &e, NULL)) {
        report(&diags);
        return;
    }
    fprintf(stderr, "gosub: entries are parsed, not yet run\n");
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
    if (!continuing && line[0] == '\0') {
        return;
    }
    if (continuing) {
        sb_putc(&R.entry, '\n');
    }
    sb_puts(&R.entry, line);
    /* an empty line at "..." ends the entry whatever its state */
    if (line[0] != '\0' && repl_needs_more(R.entry.data, R.entry.len)) {
        return;
    }
    char *src = str_printf("%.*s", (int)R.entry.len, R.entry.data);
    size_t len = R.entry.len;
    R.entry.len = 0;
    repl_input_remember(src);
    submit(src, len);
}

/* ---- the loop ---- */

static void handle_wake(void) {
    char buf[64];
    ssize_t n;
    while ((n = read(R.wake[0], buf, sizeof buf)) > 0) {
        for (ssize_t i = 0; i < n; i++) {
            if (buf[i] == 'i') {
                repl_input_interrupt();
                R.entry.len = 0;
            } else if (buf[i] == 'w') {
                repl_input_resize();
            }
        }
    }
}

int repl_main(void) {
    R.interactive = isatty(0);
    signals_init();
    driver_session_init();
    repl_input_init(R.interactive);
    while (!R.done) {
        if (!repl_input_active()) {
            fflush(stdout);
            repl_input_start(prompt());
        }
        if (repl_input_deliver()) {
            continue;
        }
        struct pollfd fds[2] = {{R.wake[0], POLLIN, 0}, {0, POLLIN, 0}};
        int nfds = repl_input_wants_stdin() ? 2 : 1;
        if (poll(fds, (nfds_t)nfds, -1) < 0) {
            if (errno != EINTR) {
                break;
            }
            continue;
        }
        if (fds[0].revents & POLLIN) {
            handle_wake();
        }
        if (nfds > 1 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
            repl_input_readable();
        }
    }
    repl_input_stop();
    fflush(stdout);
    return R.interactive ? 0 : R.status;
}
