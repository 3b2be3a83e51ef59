/* driver.h — from a file name to a running program: read, parse, check (with the std packages
 * it imports, from the embedded sources), compile, run goroutine 1, report how it ended.
 */
#ifndef GOSUB_DRIVER_H
#define GOSUB_DRIVER_H

#include <stdbool.h>

/* `gosub run`: returns the process exit status (0, 1 compile error, 2 panic, os.Exit code). */
int driver_run_file(const char *path, int argc, char **argv, bool disasm);

/* `gosub repl`. */
int driver_repl(void);

#endif
