/* signal.h — what the process natives (syscall.c) ask of the signal thread (signal.c): waiting
 * for a child process without holding a worker thread, and the dispositions a child starts
 * with.
 */
#ifndef GOSUB_LIB_SIGNAL_H
#define GOSUB_LIB_SIGNAL_H

#include "../g.h"

#include <signal.h>
#include <stdbool.h>
#include <sys/types.h>

/* Before the first child starts: SIGCHLD is caught from now on, so that signal_wait_child
 * learns when a child ends. Returns false if it cannot be (no thread, no pipe). */
bool signal_watch_children(void);

/* Parks g until child pid can be waited for (it ended, or it is not our child), with
 * rt_park_retry's contract: true means the native must return now (it is called again once
 * g wakes); false means g is awake already and the native goes on by itself. */
bool signal_wait_child(G *g, pid_t pid);

/* The signals a new child gets back with their default action, as Go's children do: all but
 * those the program ignored through signal.Ignore, and SIGHUP and SIGINT, which stay ignored
 * when the process was started with them ignored (Go respects that inheritance for those two
 * only). So the REPL's ignored SIGPIPE and SIGQUIT do not reach a child. */
void signal_child_defaults(sigset_t *set);

#endif
