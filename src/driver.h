/* driver.h — from a file name to a running program: read, parse, check (with the std packages
 * it imports, from the embedded sources), compile, run goroutine 1, report how it ended; and
 * the same loader for the REPL's session.
 */
#ifndef GOSUB_DRIVER_H
#define GOSUB_DRIVER_H

#include "check/check.h"
#include "vm/vm.h"

#include <stdbool.h>

/* `gosub run`: returns the process exit status (0, 1 compile error, 2 panic, os.Exit code). */
int driver_run_file(const char *path, int argc, char **argv, bool disasm);

/* ---- for the REPL (src/repl), which checks and compiles entries one by one ---- */

/* The universe and the runtime package, once, before anything else. */
void driver_session_init(void);
/* The std package of an import path, loaded (parsed, checked, compiled) on first use; NULL
 * when there is no such package. Its init function is queued for driver_take_inits. */
Package *driver_import(const char *path);
/* A checker whose imports go through the loader, reporting to diags. */
Checker *driver_checker(Diags *diags);
/* The init functions of the packages loaded since the last call, in the order they must
 * run; *out is a fresh array. */
int driver_take_inits(Func ***out);
/* A function calling fns[0..n) in turn, each without arguments: a goroutine's entry. */
Func *driver_sequence(Func **fns, int n, const char *name, const char *file);

#endif
