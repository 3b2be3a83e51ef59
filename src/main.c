/* main.c — the command line: gosub run FILE.go [ARGS], gosub repl, gosub help, gosub version.
 *
 * Exit status: 0 ok, 1 compile error or unusable input, 2 panic, deadlock or misuse of the
 * command line, 3 goroutines left behind under --leaks=fail, n for os.Exit(n).
 *
 * A command other than the REPL runs on a thread of its own whose stack may grow to 1 GB, as
 * a goroutine's may in Go: the parser, the checker and the compiler recurse on the syntax
 * tree, and a program Go accepts (450 nested &T{...}, 7000 nested closures) must not
 * overflow C's usual 8 MB. The stack is reserved, not used: pages are touched only as deep as
 * it gets. The REPL stays on the main thread, where its Ctrl-C handling expects the signal.
 */
#include "../runtime/catch.h"
#include "../runtime/leak.h"
#include "../runtime/native.h"
#include "../runtime/sched.h"
#include "../runtime/trace.h"
#include "common.h"
#include "parse/parse.h"
#include "driver.h"
#include "repl/repl.h"

#include <errno.h>
#include <pthread.h>
#include <sys/personality.h>
#include <unistd.h>

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
    "Flags of run:\n"
    "    --disasm           print the bytecode of every function instead of running\n"
    "    -race, --race      report data races as Go's race detector does (exit status 66)\n"
    "    --sched=random     one worker thread, every scheduling choice drawn from a PRNG,\n"
    "                       virtual time: a seed replays a run exactly (a failing run\n"
    "                       prints its seed and the command that replays it)\n"
    "    --sched=pct:D:K    the same, with PCT's choices: D-1 priority changes in K steps\n"
    "    --seed=N           the PRNG's seed (implies --sched=random)\n"
    "    --explore=N        run under up to N schedules (PCT), stop at the first that\n"
    "                       panics, deadlocks, exits non-zero, races (with -race) or prints\n"
    "                       something else than the first, and print how to replay it\n"
    "    --explore-depth=D  the largest PCT depth --explore tries (default 3)\n"
    "    --trace=FILE.json  record what the goroutines did: a trace for Perfetto\n"
    "                       (ui.perfetto.dev) or chrome://tracing\n"
    "    --trace=FILE.html  the same as a message sequence diagram, for a browser\n"
    "    --trace-limit=N    record at most N events (default 1000000)\n"
    "    --trace-from=MS, --trace-to=MS\n"
    "                       write only that window of the trace (milliseconds)\n"
    "    --leaks            when main returns, list the goroutines still alive\n"
    "    --leaks=fail       the same, and exit with status 3 if there are any\n"
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

/* A number of milliseconds (or events) of a flag: false when it is not one. */
static bool flag_ms(const char *s, double *out) {
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
        *bad = !flag_ms(v, &x) || x < 1;
        t->limit = (int64_t)x;
    } else if ((v = flag_value(arg, "--trace-from"))) {
        *bad = !flag_ms(v, &t->from_ms);
    } else if ((v = flag_value(arg, "--trace-to"))) {
        *bad = !flag_ms(v, &t->to_ms);
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

/* A non-negative number for flag, or -1 (reported). */
static int64_t flag_number(const char *flag, const char *s) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (!*s || *end || errno || *s == '-' || v > INT64_MAX) {
        fprintf(stderr, "gosub run: bad value for %s: %s\n", flag, s);
        return -1;
    }
    return (int64_t)v;
}

/* --sched=random, --sched=pct[:D[:K]]. */
static bool parse_sched(const char *v) {
    rt_catch.sched = true;
    if (strcmp(v, "random") == 0) {
        return true;
    }
    if (strncmp(v, "pct", 3) != 0 || (v[3] && v[3] != ':')) {
        fprintf(stderr, "gosub run: --sched takes random or pct:D:K, not %s\n", v);
        return false;
    }
    rt_catch.pct = true;
    rt_catch.pct_depth = 3;
    rt_catch.pct_steps = 1000;
    if (!v[3]) {
        return true;
    }
    char *end;
    long d = strtol(v + 4, &end, 10);
    long long k = *end == ':' ? strtoll(end + 1, &end, 10) : rt_catch.pct_steps;
    if (*end || d < 1 || d > 64 || k < 1) {
        fprintf(stderr, "gosub run: --sched=pct:D:K wants 1 <= D <= 64 and K >= 1, not %s\n", v);
        return false;
    }
    rt_catch.pct_depth = (int)d;
    rt_catch.pct_steps = k;
    return true;
}

/* One flag of run (argv[i] starts with '-'); false when it is bad (reported). */
static bool parse_run_flag(const char *a, bool *disasm, TraceOptions *trace) {
    const char *eq = strchr(a, '=');
    const char *v = eq ? eq + 1 : "";
    size_t n = eq ? (size_t)(eq - a) : strlen(a);
    int64_t x = 0;
    bool bad = false;
    if (strcmp(a, "--disasm") == 0) {
        *disasm = true;
    } else if (strcmp(a, "-race") == 0 || strcmp(a, "--race") == 0) {
        rt_catch.race = true;
    } else if (eq && n == 7 && strncmp(a, "--sched", n) == 0) {
        return parse_sched(v);
    } else if (eq && n == 6 && strncmp(a, "--seed", n) == 0) {
        if ((x = flag_number("--seed", v)) < 0) {
            return false;
        }
        rt_catch.sched = true;
        rt_catch.seed_given = true;
        rt_catch.seed = (uint64_t)x;
    } else if (eq && n == 9 && strncmp(a, "--explore", n) == 0) {
        if ((x = flag_number("--explore", v)) < 1) {
            if (x == 0) {
                fprintf(stderr, "gosub run: --explore wants N >= 1\n");
            }
            return false;
        }
        rt_catch.sched = true;
        rt_catch.explore = x;
    } else if (eq && n == 15 && strncmp(a, "--explore-depth", n) == 0) {
        if ((x = flag_number("--explore-depth", v)) < 1 || x > 64) {
            if (x >= 0) {
                fprintf(stderr, "gosub run: --explore-depth wants 1 to 64\n");
            }
            return false;
        }
        rt_catch.explore_depth = (int)x;
    } else if (see_flag(a, trace, &bad)) {
        if (bad) {
            fprintf(stderr, "gosub run: bad value in %s\nRun 'gosub help' for usage.\n", a);
            return false;
        }
    } else {
        fprintf(stderr, "gosub run: unknown flag %s\nRun 'gosub help' for usage.\n", a);
        return false;
    }
    return true;
}

static char **main_argv;

/* Under --sched a seed's runs print the same bytes, the addresses in tracebacks and race
 * reports included: the process starts again with address space randomisation off (as
 * setarch -R does), where the system allows it. */
static void stable_addresses(void) {
    int p = personality(0xffffffff);
    if (p == -1 || (p & ADDR_NO_RANDOMIZE) ||
        personality((unsigned long)p | ADDR_NO_RANDOMIZE) == -1) {
        return;
    }
    execv("/proc/self/exe", main_argv);
    personality((unsigned long)p); /* it did not start: go on as we are */
}

static int cmd_run(int argc, char **argv) {
    bool disasm = false;
    TraceOptions trace = {.limit = TRACE_DEFAULT_LIMIT, .to_ms = -1};
    int i = 0;
    while (i < argc && argv[i][0] == '-' && argv[i][1] && strcmp(argv[i], "--") != 0) {
        if (!parse_run_flag(argv[i], &disasm, &trace)) {
            return 2;
        }
        i++;
    }
    if (rt_catch.sched && !rt_catch.explore) {
        stable_addresses();
    }
    if (rt_catch.sched && !rt_catch.seed_given) {
        uint64_t seed;
        rt_random_bytes(&seed, sizeof seed);
        rt_catch.seed = seed >> 1; /* 63 bits: a positive number */
    }
    if (i < argc && strcmp(argv[i], "--") == 0) {
        i++;
    }
    if (i >= argc) {
        fprintf(stderr, "gosub run: no .go file given\nRun 'gosub help' for usage.\n");
        return 2;
    }
    rt_catch.file = argv[i];
    rt_catch.argc = argc - i;
    rt_catch.argv = argv + i;
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

static int run_command(int argc, char **argv) {
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

typedef struct Command {
    int argc;
    char **argv;
    int status;
} Command;

static void *command_thread(void *arg) {
    Command *cmd = arg;
    parse_set_max_depth(PARSE_MAX_DEPTH);
    cmd->status = run_command(cmd->argc, cmd->argv);
    return NULL;
}

int main(int argc, char **argv) {
    main_argv = argv;
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
        return repl_main(); /* on the main thread, which Ctrl-C reaches first */
    }
    Command cmd = {argc, argv, 0};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)1 << 30);
    pthread_t t;
    if (GC_pthread_create(&t, &attr, command_thread, &cmd) != 0) {
        return run_command(argc, argv); /* no room for that stack: the usual one */
    }
    pthread_attr_destroy(&attr);
    GC_pthread_join(t, NULL);
    return cmd.status;
}
