/* fuzz_repl.c — libFuzzer target: the REPL's entry reader and its session.
 *
 * An input is a series of lines typed at the prompt. They are gathered into entries as the
 * REPL gathers them (repl_needs_more: an entry goes on while it is unfinished), and each
 * entry is checked and compiled against the session (repl_session_compile), as at the
 * prompt; nothing is run. `:` commands are left out (they read and write files). The session
 * persists from input to input, as a long session does, and starts afresh every 256 inputs
 * (`:reset`) so that it does not grow without bound. The errors the REPL prints go to
 * stderr; run with -close_fd_mask=3 to silence them.
 */
#include "../../src/driver.h"
#include "../../src/repl/repl.h"
#include "fuzz.h"

enum { RESET_EVERY = 256 };

static void compile_entry(StrBuf *entry) {
    if (entry->len > 0 && entry->data[0] != ':') {
        bool failed;
        repl_session_compile(entry->data, entry->len, &failed);
    }
    entry->len = 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static int inputs;
    if (inputs++ % RESET_EVERY == 0) {
        if (inputs == 1) {
            driver_session_init();
        }
        repl_session_init();
    }
    char *src = fuzz_source(data, size);
    StrBuf entry = {0};
    const char *line = src;
    const char *end = src + size;
    while (line < end) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        const char *stop = nl ? nl : end;
        if (memchr(line, '\0', (size_t)(stop - line))) {
            break; /* a terminal line holds no NUL */
        }
        sb_printf(&entry, "%.*s\n", (int)(stop - line), line);
        if (!repl_needs_more(entry.data, entry.len)) {
            compile_entry(&entry);
        }
        line = stop + 1;
    }
    compile_entry(&entry); /* what is left when the input ends */
    free(src);
    return 0;
}
