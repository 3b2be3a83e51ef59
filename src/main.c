/* main.c — the command line (the interpreter behind `run` is being written). */
#include "common.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    GC_INIT();
    if (argc >= 2 && strcmp(argv[1], "version") == 0) {
        printf("gosub version %s\n", GOSUB_VERSION);
        return 0;
    }
    if (argc >= 2 && strcmp(argv[1], "help") == 0) {
        printf("Usage:\n    gosub run FILE.go [ARGS...]\n    gosub version\n    gosub help\n");
        return 0;
    }
    if (argc >= 2 && strcmp(argv[1], "run") == 0) {
        fprintf(stderr, "gosub run: not implemented yet\n");
        return 1;
    }
    fprintf(stderr, "gosub %s: unknown command\nRun 'gosub help' for usage.\n", argc >= 2 ? argv[1] : "");
    return 2;
}
