/* repl.h — the interactive Go prompt (`gosub`, `gosub repl`).
 *
 * One thread, the REPL's (the process's main thread), reads entries, checks and compiles each
 * one alone against the session, and hands it to the scheduler as a goroutine; it never runs
 * Go code itself. Everything the goroutines print reaches the REPL thread, which writes it
 * above the prompt (readline's callback interface, in a poll loop over standard input and a
 * wake-up pipe), so output never mixes with the line being typed.
 *
 * The parts: repl.c (the loop, running entries, commands), input.c (line editing, history,
 * completion, when an entry is complete), session.c (the persistent package main).
 */
#ifndef GOSUB_REPL_H
#define GOSUB_REPL_H

#include "../common.h"

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
void repl_input_stop(void);
bool repl_input_active(void);
/* Whether the loop should poll standard input now. */
bool repl_input_wants_stdin(void);
/* Standard input is readable: reads what is there (may call repl_on_line). */
void repl_input_readable(void);
/* Piped mode: delivers one line already read (or the end of input) to repl_on_line, if input
 * is accepted and there is one; returns whether it did. */
bool repl_input_deliver(void);
/* Writes goroutine output above the prompt (cleared, then redrawn with the typed text). */
void repl_input_print_above(int fd, const char *p, size_t n);
/* Ctrl-C at the prompt: the line being typed is dropped. */
void repl_input_interrupt(void);
void repl_input_resize(void);
/* The entry (one or more lines) goes into the history, and to the history file. */
void repl_input_remember(const char *entry);
/* Whether src needs more lines: an open bracket, raw string or comment, or a trailing binary
 * operator, comma or dot. */
bool repl_needs_more(const char *src, size_t len);

/* repl.c: a line of input (without its newline), or NULL at the end of input. */
void repl_on_line(const char *line);

/* session.c: names for completion, starting with prefix, each given to add(name, arg): with
 * pkg NULL, every name in scope at the prompt (the session's, the predeclared ones, the std
 * packages'); with pkg "", the std package names only; else the exported members of the
 * package named pkg. */
typedef void (*ReplNameFn)(const char *name, void *arg);
void repl_session_names(const char *pkg, const char *prefix, ReplNameFn add, void *arg);

#endif
