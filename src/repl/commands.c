/* commands.c — the REPL's commands, the entries that start with ':'. */
#include "repl.h"

#include <stdio.h>
#include <string.h>

static const char help[] =
    "Type Go: declarations (func, type, var, const, import), statements (x := 1, go f(),\n"
    "ch <- 1, for, select) or an expression, whose value is printed as fmt.Println prints\n"
    "it. Variables declared at the prompt live for the whole session, and a name declared\n"
    "again replaces the old one. The std packages need no import. An unfinished entry goes\n"
    "on at the '...' prompt; an empty line there ends it.\n"
    "\n"
    "Each entry runs as a goroutine; goroutines started earlier keep running, and what they\n"
    "print appears above the prompt. Ctrl-C stops the running entry; an entry that can never\n"
    "finish (it waits on a channel nobody else can use) is reported and dropped.\n"
    "\n"
    "Commands:\n"
    "  :help            this text\n"
    "  :goroutines      every goroutine: its state, where it waits, where it was started\n"
    "  :chan EXPR       inside a channel: its buffer, the goroutines waiting to send and\n"
    "                   receive\n"
    "  :type EXPR       the type of an expression\n"
    "  :load FILE.go    the file's declarations join the session (:run runs its main)\n"
    "  :run             calls main()\n"
    "  :save FILE.go    the session so far as a program (gosub run FILE.go)\n"
    "  :reset           a fresh session (running goroutines go on)\n"
    "  :quit            leave (so does Ctrl-D)\n";

/* The argument after the command word, blanks trimmed; "" if none. */
static const char *argument(const char *src, size_t word) {
    const char *a = src + word;
    a += strspn(a, " \t\n");
    size_t n = strlen(a);
    while (n > 0 && strchr(" \t\n", a[n - 1])) {
        n--;
    }
    return str_printf("%.*s", (int)n, a);
}

static bool needs_argument(const char *cmd, const char *arg, const char *what) {
    if (*arg) {
        return true;
    }
    repl_printf(2, "usage: %s %s\n", cmd, what);
    repl_failed(1);
    return false;
}

static void run_or_fail(Closure *cl) {
    if (cl) {
        repl_run_entry(cl);
    } else {
        repl_failed(1);
    }
}

void repl_command(const char *src) {
    size_t word = strcspn(src, " \t\n");
    const char *cmd = str_printf("%.*s", (int)word, src);
    const char *arg = argument(src, word);
    if (!strcmp(cmd, ":help") || !strcmp(cmd, ":h") || !strcmp(cmd, ":?")) {
        repl_printf(1, "%s", help);
    } else if (!strcmp(cmd, ":quit") || !strcmp(cmd, ":q") || !strcmp(cmd, ":exit")) {
        repl_quit();
    } else if (!strcmp(cmd, ":goroutines")) {
        repl_goroutines();
    } else if (!strcmp(cmd, ":type")) {
        if (needs_argument(cmd, arg, "EXPR")) {
            if (!repl_session_type(arg, strlen(arg))) {
                repl_failed(1);
            }
        }
    } else if (!strcmp(cmd, ":chan")) {
        if (needs_argument(cmd, arg, "EXPR")) {
            run_or_fail(repl_session_chan(arg, strlen(arg)));
        }
    } else if (!strcmp(cmd, ":load")) {
        if (needs_argument(cmd, arg, "FILE.go")) {
            run_or_fail(repl_session_load(arg));
        }
    } else if (!strcmp(cmd, ":run")) {
        bool failed;
        run_or_fail(repl_session_compile("main()", 6, &failed));
    } else if (!strcmp(cmd, ":save")) {
        if (needs_argument(cmd, arg, "FILE.go") && !repl_session_save(arg)) {
            repl_failed(1);
        }
    } else if (!strcmp(cmd, ":reset")) {
        repl_session_init();
    } else {
        repl_printf(2, "unknown command %s (:help lists them)\n", cmd);
        repl_failed(1);
    }
}
