/* main.c — the command line: gosub run FILE.go [ARGS], gosub repl, gosub help, gosub version.
 *
 * Exit status: 0 ok, 1 compile error or unusable input, 2 panic, deadlock or misuse of the
 * command line, n for os.Exit(n).
 *
 * A command other than the REPL runs on a thread of its own whose stack may grow to 1 GB, as
 * a goroutine's may in Go: the parser, the checker and the compiler recurse on the syntax
 * tree, and a program Go accepts (450 nested &T{...}, 7000 nested closures) must not
 * overflow C's usual 8 MB. The stack is reserved, not used: pages are touched only as deep as
 * it gets. The REPL stays on the main thread, where its Ctrl-C handling expects the signal.
 */
#include "../runtime/native.h"
#include "common.h"
#include "parse/parse.h"
#include "driver.h"
#include "repl/repl.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "gosub runs Go programs without a toolchain: goroutines and channels on every core.\n"
    "\n"
    "Usage:\n"
    "\n"
    "    gosub run [--disasm] FILE.go [ARGS...]   run a program (ARGS reach os.Args)\n"
    "    gosub repl                               an interactive Go prompt (also: gosub)\n"
    "    gosub version                            print gosub's version\n"
    "    gosub help                               print this help\n"
    "\n"
    "Options of run:\n"
    "    --disasm    print the bytecode of every function instead of running\n"
    "\n"
    "Environment:\n"
    "    GOMAXPROCS  the number of worker threads running goroutines (default: CPUs)\n"
    "    GOSUBDEBUG  schedstats=1: at exit, print where each processor's goroutines came\n"
    "                from (its own queue, the global queue, stolen); slicelimit=N: end the\n"
    "                program (status 0) after N time slices of 20,000 loop iterations (fuzzing)\n"
    "    GOSUB_HISTORY  the REPL's history file (default: ~/.gosub_history)\n"
    "    GOSUB_MAXHEAP  the REPL's heap limit, e.g. 512M (default: half the memory)\n"
    "\n"
    "Exit status: 0 ok, 1 compile error, 2 panic or deadlock, n for os.Exit(n).\n";

static int cmd_run(int argc, char **argv) {
    bool disasm = false;
    int i = 0;
    while (i < argc && argv[i][0] == '-' && argv[i][1] == '-' && argv[i][2]) {
        if (strcmp(argv[i], "--disasm") == 0) {
            disasm = true;
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
