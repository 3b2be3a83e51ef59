/* repl.h — the interactive Go prompt (`gosub`, `gosub repl`).
 *
 * One thread, the REPL's (the process's main thread), reads entries, checks and compiles each
 * one alone against the session, and hands it to the scheduler as a goroutine; it never runs
 * Go code itself. Everything the goroutines print reaches the REPL thread, which writes it
 * above the prompt (readline's callback interface, in a poll loop over standard input and a
 * wake-up pipe), so output never mixes with the line being typed.
 *
 * The parts: repl.c (the loop, running entries), input.c (line editing, history, completion,
 * when an entry is complete), session.c (the persistent package main), commands.c (the ':'
 * commands), inspect.c (what the commands and reports show of goroutines and channels).
 */
#ifndef GOSUB_REPL_H
#define GOSUB_REPL_H

#include "../common.h"
#include "../vm/vm.h"

/* Runs the REPL on standard input; returns the process exit status: 0, or in piped mode the
 * status of the last failure (1 compile error, 2 panic or deadlock); os.Exit(n) ends the
 * process with n. */
int repl_main(void);

/* ---- internal: shared among the files of src/repl ---- */

/* input.c: reading entries. With a terminal, GNU readline (history in ~/.gosub_history or
 * $GOSUB_HISTORY, Tab completion); without one, plain lines from standard input. */
void repl_input_init(bool interactive);
/* Shows the prompt and accepts input: each complete line goes to repl_on_line. Input stops
 * by itself after each line (a prompt shows one line), or with repl_input_stop (then the
 * terminal is back in its normal mode). */
void repl_input_start(const char *prompt);
bool repl_input_active(void);
/* The terminal as it was before the REPL. */
void repl_input_end(void);
/* Whether the loop should poll standard input now. */
bool repl_input_wants_stdin(void);
/* Standard input is readable: reads what is there (may call repl_on_line). */
void repl_input_readable(void);
/* Piped mode: delivers one line already read (or the end of input) to repl_on_line, if input
 * is accepted and there is one; returns whether it did. */
bool repl_input_deliver(void);
/* Writes goroutine output above the prompt (cleared, then redrawn with the typed text). */
void repl_input_print_above(int fd, const char *p, size_t n);
/* Ctrl-C: the line being typed, and what was typed ahead of the Ctrl-C, are dropped.
 * repl_input_sigint is the signal handler's part (async-signal-safe). */
void repl_input_sigint(void);
void repl_input_interrupt(void);
void repl_input_resize(void);
/* The entry (one or more lines) goes into the history, and to the history file. */
void repl_input_remember(const char *entry);
/* Whether src needs more lines: an open bracket, raw string or comment, or a trailing binary
 * operator, comma or dot. */
bool repl_needs_more(const char *src, size_t len);

/* repl.c: a line of input (without its newline), or NULL at the end of input. */
void repl_on_line(const char *line);
/* The REPL's own messages (fd 1 or 2), written after what the goroutines printed so far. */
void repl_printf(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Runs cl as the entry's goroutine (the prompt comes back when it ends). */
void repl_run_entry(Closure *cl);
/* Something failed: the exit status of the piped mode, unless a later failure replaces it. */
void repl_failed(int status);
void repl_quit(void);

/* commands.c: an entry starting with ':'. */
void repl_command(const char *src);

/* inspect.c: the runtime as the REPL shows it. */
/* Takes g, parked, out of what it waits on (a channel's queues, a select's, a sleep), so that
 * nobody wakes it; false when g is not parked there (then it may wake later). */
bool repl_abandon(G *g);
/* Why a parked goroutine can never go on: "chan send on ch (unbuffered; no goroutine
 * receives)". */
const char *repl_blocked_reason(G *g);
/* :goroutines. */
void repl_goroutines(void);
/* The native behind :chan: inspect(ch any, expr string) prints the channel's state. */
NativeFn repl_inspect_native(void);

/* session.c: the session. repl_session_init starts it afresh (:reset). An entry is
 * compiled into a func value to run, or NULL: errors were printed (*failed), or there is
 * nothing to run. */
void repl_session_init(void);
Closure *repl_session_compile(const char *src, size_t len, bool *failed);
/* :type EXPR (prints the type); :chan EXPR, :load FILE (a func value to run, or NULL after
 * printing the errors); :save FILE. */
bool repl_session_type(const char *src, size_t len);
Closure *repl_session_chan(const char *src, size_t len);
Closure *repl_session_load(const char *path);
bool repl_session_save(const char *path);
/* The session variable whose value is the pointer p (a channel), or NULL. */
const char *repl_session_var_of(const void *p);

/* session.c: names for completion, starting with prefix, each given to add(name, arg): with
 * pkg NULL, every name in scope at the prompt (the session's, the predeclared ones, the std
 * packages'); with pkg "", the std package names only; else the exported members of the
 * package named pkg. */
typedef void (*ReplNameFn)(const char *name, void *arg);
void repl_session_names(const char *pkg, const char *prefix, ReplNameFn add, void *arg);

#endif
