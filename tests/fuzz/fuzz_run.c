/* fuzz_run.c — libFuzzer target: the whole pipeline, from source to a finished run.
 *
 * An input is first parsed and checked in this process (fuzz_check_source): that is the
 * coverage that guides the mutator. One that checks cleanly is then run by gosub itself, the
 * `gosub` of the same build (beside tests/: ../../gosub from this executable, or $GOSUB), in
 * a child process: checked again, compiled and run with a budget of time slices
 * (GOSUBDEBUG=slicelimit=N: about N × 20,000 loop iterations in all, then a clean exit 0),
 * a five-second alarm for programs that sleep or wait, and stdin from /dev/null. Only
 * programs whose imports cannot reach the file system or other processes are run (the
 * packages of `safe_packages`): a mutated program must not remove files or start commands.
 *
 * What the program does is its own business: any exit status is fine (a compile error, a
 * panic or a deadlock included), and so is a signal it may send itself (SIGINT...) or the
 * alarm. A finding is the child killed by a signal of a fault — SIGSEGV, SIGBUS, SIGILL,
 * SIGFPE, or SIGABRT from a failed assertion or a sanitizer's report (the child runs with
 * abort_on_error) — and then this process prints the child's stderr and aborts, so that
 * libFuzzer keeps the input.
 */
#include "fuzz.h"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum { SLICE_LIMIT = 200, ALARM_SECONDS = 5 };

static char gosub_path[PATH_MAX];

static const char *const safe_packages[] = {
    "fmt", "strings", "strconv", "math", "math/bits", "math/cmplx", "math/rand",
    "math/rand/v2", "errors", "sort", "slices", "maps", "container/heap", "container/list",
    "container/ring", "unicode", "unicode/utf8", "unicode/utf16", "bytes", "io", "bufio",
    "sync", "sync/atomic", "time", "context", "encoding", "encoding/hex", "encoding/base64",
    "encoding/binary", "encoding/json", "hash", "hash/fnv", "hash/crc32", "crypto/sha256",
    "crypto/md5", "regexp", "reflect", "runtime", "path", "log", "flag",
};

/* Whether every import of f is one of safe_packages. */
static bool imports_safe(const File *f) {
    for (int i = 0; i < f->n && f->decls[i]->kind == D_IMPORT; i++) {
        const Decl *d = f->decls[i];
        for (int j = 0; j < d->import.n; j++) {
            bool found = false;
            for (size_t k = 0; k < sizeof safe_packages / sizeof *safe_packages; k++) {
                found = found || strcmp(d->import.specs[j]->path, safe_packages[k]) == 0;
            }
            if (!found) {
                return false;
            }
        }
    }
    return true;
}

/* Signals that mean gosub itself failed, not the program. */
static bool fault_signal(int sig) {
    return sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGABRT;
}

/* The gosub executable of this build: $GOSUB, or ../../gosub beside this executable. */
static const char *gosub_exe(void) {
    if (gosub_path[0]) {
        return gosub_path;
    }
    const char *env = getenv("GOSUB");
    if (env) {
        snprintf(gosub_path, sizeof gosub_path, "%s", env);
        return gosub_path;
    }
    char self[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
        fputs("fuzz_run: cannot find gosub; set GOSUB\n", stderr);
        abort();
    }
    self[n] = '\0';
    char *slash = strrchr(self, '/');
    *slash = '\0';
    snprintf(gosub_path, sizeof gosub_path, "%s/../../gosub", self);
    return gosub_path;
}

/* Writes the input to a fresh NAME.go file; returns its file name. */
static void write_program(char *path, size_t cap, const uint8_t *data, size_t size) {
    snprintf(path, cap, "%s/gosub-fuzz-run-XXXXXX.go", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    int fd = mkstemps(path, 3);
    if (fd < 0 || write(fd, data, size) != (ssize_t)size) {
        perror("fuzz_run: writing the program");
        abort();
    }
    close(fd);
}

static void run_child(const char *gosub, const char *prog, const char *errpath) {
    int in = open("/dev/null", O_RDONLY);
    int out = open("/dev/null", O_WRONLY);
    int err = open(errpath, O_WRONLY | O_TRUNC);
    if (in < 0 || out < 0 || err < 0) {
        _exit(0);
    }
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    char limit[64];
    snprintf(limit, sizeof limit, "GOSUBDEBUG=slicelimit=%d", SLICE_LIMIT);
    putenv(limit);
    putenv("ASAN_OPTIONS=detect_leaks=0:abort_on_error=1");
    putenv("UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1");
    putenv("GOMAXPROCS=2");
    alarm(ALARM_SECONDS);
    execl(gosub, gosub, "run", prog, (char *)NULL);
    _exit(0); /* no gosub to run: nothing found */
}

static void show_stderr(const char *errpath) {
    FILE *f = fopen(errpath, "r");
    if (!f) {
        return;
    }
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        fwrite(buf, 1, n, stderr);
    }
    fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    File *f = fuzz_check_source(data, size);
    if (!f || !imports_safe(f)) {
        return 0;
    }
    const char *gosub = gosub_exe();
    char prog[PATH_MAX], errpath[PATH_MAX + 8];
    write_program(prog, sizeof prog, data, size);
    snprintf(errpath, sizeof errpath, "%s.err", prog);
    int fd = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
        close(fd);
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("fuzz_run: fork");
        abort();
    }
    if (pid == 0) {
        run_child(gosub, prog, errpath);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0) {
    }
    if (WIFSIGNALED(status) && fault_signal(WTERMSIG(status))) {
        fprintf(stderr, "fuzz_run: gosub run was killed by signal %d (%s); its stderr:\n",
                WTERMSIG(status), strsignal(WTERMSIG(status)));
        show_stderr(errpath);
        unlink(prog);
        unlink(errpath);
        abort();
    }
    unlink(prog);
    unlink(errpath);
    return 0;
}
