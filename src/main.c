/* main.c — the command line: gosub run FILE.go [ARGS], gosub repl, gosub help, gosub version.
 *
 * Exit status: 0 ok, 1 compile error or unusable input, 2 panic, deadlock or misuse of the
 * command line, 3 goroutines left behind under --leaks=fail, n for os.Exit(n).
 */
#include "../runtime/leak.h"
#include "../runtime/native.h"
#include "../runtime/sched.h"
#include "../runtime/trace.h"
#include "common.h"
#include "parse/parse.h"
#include "driver.h"
#include "repl/repl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "gosub runs Go programs without a toolchain: goroutines and channels on every core.\n"
    "\n"
    "Usage:\n"
    "\n"
    "    gosub run [FLAGS] FILE.go [ARGS...]      run a program (ARGS reach os.Args)\n"
    "    gosub repl                               an interactive Go prompt (also: gosub)\n"
    "    gosub version                            print gosub's version\n"
    "    gosub help                               print this help\n"
    "\n"
    "Options of run:\n"
    "    --disasm            print the bytecode of every function instead of running\n"
    "    --trace=FILE.json   record what the goroutines did: a trace for Perfetto\n"
    "                        (ui.perfetto.dev) or chrome://tracing\n"
    "    --trace=FILE.html   the same as a message sequence diagram, for a browser\n"
    "    --trace-limit=N     record at most N events (default 1000000)\n"
    "    --trace-from=MS, --trace-to=MS\n"
    "                        write only that window of the trace (milliseconds)\n"
    "    --leaks             when main returns, list the goroutines still alive\n"
    "    --leaks=fail        the same, and exit with status 3 if there are any\n"
    "\n"
    "Environment:\n"
    "    GOMAXPROCS  the number of worker threads running goroutines (default: CPUs)\n"
    "    GOSUBDEBUG  schedstats=1: at exit, print where each processor's goroutines came\n"
    "                from (its own queue, the global queue, stolen); slicelimit=N: end the\n"
    "                program (status 0) after N time slices of 20,000 loop iterations (fuzzing)\n"
    "    GOSUB_HISTORY  the REPL's history file (default: ~/.gosub_history)\n"
    "    GOSUB_MAXHEAP  the REPL's heap limit, e.g. 512M (default: half the memory)\n"
    "\n"
    "Exit status: 0 ok, 1 compile error, 2 panic or deadlock, 3 goroutines left behind\n"
    "(--leaks=fail), n for os.Exit(n).\n";

/* The value of --name=VALUE in arg, or NULL when arg is not that flag. */
static const char *flag_value(const char *arg, const char *name) {
    size_t n = strlen(name);
    return strncmp(arg, name, n) == 0 && arg[n] == '=' ? arg + n + 1 : NULL;
}

/* A number of a flag: false when it is not one. */
static bool flag_number(const char *s, double *out) {
    char *end;
    *out = strtod(s, &end);
    return *s && !*end && *out >= 0;
}

/* The seeing flags (trace.h, leak.h): true when arg is one of them (*bad: its value is
 * wrong). */
static bool see_flag(const char *arg, TraceOptions *t, bool *bad) {
    const char *v;
    double x;
    if ((v = flag_value(arg, "--trace"))) {
        t->path = v;
        *bad = !*v;
    } else if ((v = flag_value(arg, "--trace-limit"))) {
        *bad = !flag_number(v, &x) || x < 1;
        t->limit = (int64_t)x;
    } else if ((v = flag_value(arg, "--trace-from"))) {
        *bad = !flag_number(v, &t->from_ms);
    } else if ((v = flag_value(arg, "--trace-to"))) {
        *bad = !flag_number(v, &t->to_ms);
    } else if (strcmp(arg, "--leaks") == 0) {
        leak_mode = LEAKS_REPORT;
    } else if ((v = flag_value(arg, "--leaks"))) {
        leak_mode = LEAKS_FAIL;
        *bad = strcmp(v, "fail") != 0;
    } else {
        return false;
    }
    return true;
}

static int cmd_run(int argc, char **argv) {
    bool disasm = false;
    TraceOptions trace = {.limit = TRACE_DEFAULT_LIMIT, .to_ms = -1};
    int i = 0;
    while (i < argc && argv[i][0] == '-' && argv[i][1] == '-' && argv[i][2]) {
        bool bad = false;
        if (strcmp(argv[i], "--disasm") == 0) {
            disasm = true;
        } else if (see_flag(argv[i], &trace, &bad)) {
            if (bad) {
                fprintf(stderr, "gosub run: bad value in %s\nRun 'gosub help' for usage.\n",
                        argv[i]);
                return 2;
            }
        } else {
            fprintf(stderr, "gosub run: unknown flag %s\nRun 'gosub help' for usage.\n", argv[i]);
            return 2;
        }
        i++;
    }
    if (i < argc && strcmp(argv[i], "--") == 0) {
        i++;
    }
    if (i >= argc) {
        fprintf(stderr, "gosub run: no .go file given\nRun 'gosub help' for usage.\n");
        return 2;
    }
    if (trace.path && !disasm) {
        trace_start(&trace);
    }
    if ((trace.path && !disasm) || leak_mode) {
        sched_watch();
    }
    return driver_run_file(argv[i], argc - i, argv + i, disasm);
}

/* A debugging aid for the grammar test: parses FILE and prints its syntax tree. */
static int cmd_parse(int argc, char **argv) {
    if (argc < 1) {
        fprintf(stderr, "gosub parse: no file given\n");
        return 2;
    }
    size_t len;
    const char *err;
    char *src = read_file(argv[0], &len, &err);
    if (!src) {
        fprintf(stderr, "gosub: %s: %s\n", argv[0], err);
        return 1;
    }
    Diags diags = {0};
    File *f = parse_file(argv[0], src, len, &diags);
    if (diag_count(&diags) > 0) {
        diag_print(&diags);
        return 1;
    }
    StrBuf out = {0};
    ast_dump_file(f, &out);
    fwrite(out.data, 1, out.len, stdout);
    return 0;
}

int main(int argc, char **argv) {
    GC_INIT();
    GC_allow_register_threads();
    mem_setup(rt_flush);
    if (!getenv("GC_INITIAL_HEAP_SIZE")) {
        /* Loading the std packages a program imports allocates a few MB: a heap that starts
         * that large does it without collecting (hello: 4.9M -> 3.4M instructions). */
        GC_expand_hp(16 << 20);
    }
    const char *debug = getenv("GOSUBDEBUG");
    const char *slices = debug ? strstr(debug, "slicelimit=") : NULL;
    if (slices) {
        vm_slice_limit = strtoll(slices + strlen("slicelimit="), NULL, 10);
    }
    if (argc < 2 || strcmp(argv[1], "repl") == 0) {
        return repl_main();
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "run") == 0) {
        return cmd_run(argc - 2, argv + 2);
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("gosub version %s\n", GOSUB_VERSION);
        return 0;
    }
    if (strcmp(cmd, "parse") == 0) {
        return cmd_parse(argc - 2, argv + 2);
    }
    size_t n = strlen(cmd);
    if (n > 3 && strcmp(cmd + n - 3, ".go") == 0) {
        return driver_run_file(cmd, argc - 1, argv + 1, false); /* gosub FILE.go: run it */
    }
    fprintf(stderr, "gosub %s: unknown command\nRun 'gosub help' for usage.\n", cmd);
    return 2;
}
