/* input.c — reading entries: GNU readline's callback interface on a terminal, plain lines
 * from a pipe or file otherwise.
 *
 * With a terminal, readline owns the line being typed only while a prompt is shown
 * (repl_input_start until a line is accepted, or repl_input_stop). Readline never reads the
 * terminal itself: we read it (all the time, so that nothing typed is lost) and pass the
 * bytes on through a pipe, one line at a time, and only while a prompt is shown. So what is
 * typed ahead while an entry runs, or pasted several lines at once, waits in our buffer for
 * the prompt it belongs to (readline would otherwise read ahead, past the line it accepts).
 * The terminal is in readline's mode (no echo, no line editing by the terminal, signals on)
 * from the start to the end of the REPL; nothing is echoed between prompts.
 *
 * Readline's own signal handlers are off: SIGINT and SIGWINCH reach repl.c's loop, which
 * calls repl_input_interrupt / repl_input_resize. Output written while the prompt is shown
 * goes through repl_input_print_above, which clears the prompt line, writes, and redraws the
 * prompt with the half-typed text.
 *
 * History: every entry is one history item (a multi-line entry too: the file keeps readline's
 * timestamps, which mark where an item starts), appended to the file as it is entered.
 */
#include "repl.h"

#include "../lex/lex.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#define HISTORY_MAX 5000 /* items kept in the file */

static bool interactive;
static bool prompt_shown;
static struct termios saved_tty; /* the terminal's own settings */
static char *history_path;       /* malloc'ed (readline's memory), or NULL: no history file */

/* The terminal reader: bytes typed and not yet passed to readline; the pipe readline reads;
 * whether the current prompt's line has been passed on whole (up to its newline). */
static StrBuf typed;
static int rl_pipe[2];
static bool line_passed, tty_eof;
/* Bytes read from the terminal so far, and how many of them came before the last Ctrl-C (the
 * terminal dropped what was in its own queue then; we drop what was in ours). */
static int64_t typed_total, typed_before_sigint;

/* The piped reader: bytes read but not yet delivered as lines; whether lines are wanted. */
static StrBuf pending;
static bool accepting, input_eof, eof_delivered;

/* ---- is the entry complete? ---- */

static bool continues_line(TokKind k) {
    if (k == T_INC || k == T_DEC) {
        return false;
    }
    return (k >= T_ADD && k <= T_DEFINE) || k == T_COMMA || k == T_PERIOD;
}

bool repl_needs_more(const char *src, size_t len) {
    Diags scratch = {0};
    Lexer lx;
    lex_init(&lx, "<repl>", src, len, &scratch);
    int depth = 0;
    TokKind last = T_EOF;
    for (;;) {
        Token t = lex_next(&lx);
        if (t.kind == T_EOF) {
            break;
        }
        if (t.kind == T_SEMICOLON && strcmp(t.text, "semicolon") != 0) {
            continue; /* inserted at a newline */
        }
        if (t.kind == T_LPAREN || t.kind == T_LBRACK || t.kind == T_LBRACE) {
            depth++;
        } else if (t.kind == T_RPAREN || t.kind == T_RBRACK || t.kind == T_RBRACE) {
            depth--;
        }
        last = t.kind;
    }
    return lx.eof_in_token || depth > 0 || continues_line(last);
}

/* ---- history ---- */

static void history_init(void) {
    const char *path = getenv("GOSUB_HISTORY");
    if (path && *path) {
        history_path = strdup(path);
    } else {
        const char *home = getenv("HOME");
        if (!home || !*home) {
            return;
        }
        size_t n = strlen(home) + sizeof "/.gosub_history";
        history_path = malloc(n);
        snprintf(history_path, n, "%s/.gosub_history", home);
    }
    history_comment_char = '#';    /* "#TIME" lines: readline writes them only then */
    history_write_timestamps = 1;  /* a timestamp line starts each item ... */
    history_multiline_entries = 1; /* ... so an item may span several lines */
    read_history(history_path);
    history_truncate_file(history_path, HISTORY_MAX * 4);
}

void repl_input_remember(const char *entry) {
    if (!interactive || !*entry) {
        return;
    }
    HIST_ENTRY *last = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    if (last && strcmp(last->line, entry) == 0) {
        return; /* the same entry again: once is enough */
    }
    add_history(entry);
    if (history_path) {
        FILE *f = fopen(history_path, "a"); /* append_history needs the file to exist */
        if (f) {
            fclose(f);
            append_history(1, history_path);
        }
    }
}

/* ---- completion ---- */

typedef struct Matches {
    VEC(const char *) names;
    bool all_packages;
} Matches;

static void add_match(const char *name, void *arg) {
    Matches *m = arg;
    for (int i = 0; i < m->names.len; i++) {
        if (strcmp(m->names.data[i], name) == 0) {
            return;
        }
    }
    vec_push(&m->names, name);
}

static const char *const commands[] = {":chan",  ":goroutines", ":help", ":load", ":quit",
                                       ":reset", ":run",        ":save", ":type", NULL};

static const char *const keywords[] = {
    "break",  "case",        "chan", "const",   "continue", "default", "defer",
    "else",   "fallthrough", "for",  "func",    "go",       "goto",    "if",
    "import", "interface",   "map",  "package", "range",    "return",  "select",
    "struct", "switch",      "type", "var",     NULL};

static Matches matches;
static int match_next;

static char *match_generator(const char *text, int state) {
    if (state == 0) {
        match_next = 0;
    }
    if (match_next >= matches.names.len) {
        return NULL;
    }
    return strdup(matches.names.data[match_next++]);
}

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool is_ident_byte(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (unsigned char)c >= 0x80;
}

static char **complete(const char *text, int start, int end) {
    rl_attempted_completion_over = 1; /* never file names, except after :load and :save */
    rl_completion_append_character = ' ';
    matches.names.len = 0;
    matches.all_packages = false;
    const char *line = rl_line_buffer;
    size_t tlen = strlen(text);
    if (line[0] == ':') {
        if (start == 0) {
            for (int i = 0; commands[i]; i++) {
                if (strncmp(commands[i], text, tlen) == 0) {
                    add_match(commands[i], &matches);
                }
            }
        } else if (!strncmp(line, ":load", 5) || !strncmp(line, ":save", 5)) {
            rl_attempted_completion_over = 0;
            return NULL;
        }
    } else if (start > 0 && line[start - 1] == '.') {
        int b = start - 1;
        while (b > 0 && is_ident_byte(line[b - 1])) {
            b--;
        }
        if (b == start - 1 || (b > 0 && line[b - 1] == '.')) {
            return NULL;
        }
        char *pkg = str_printf("%.*s", start - 1 - b, line + b);
        repl_session_names(pkg, text, add_match, &matches);
    } else {
        for (int i = 0; keywords[i]; i++) {
            if (strncmp(keywords[i], text, tlen) == 0) {
                add_match(keywords[i], &matches);
            }
        }
        int before = matches.names.len;
        repl_session_names(NULL, text, add_match, &matches);
        /* a lone package name completes with its dot */
        if (matches.names.len == 1 && before == 0) {
            Matches pk = {0};
            repl_session_names("", text, add_match, &pk);
            matches.all_packages = pk.names.len == 1;
        }
    }
    if (matches.names.len == 0) {
        return NULL;
    }
    qsort(matches.names.data, (size_t)matches.names.len, sizeof(const char *), cmp_names);
    if (matches.all_packages) {
        rl_completion_append_character = '.';
    }
    return rl_completion_matches(text, match_generator);
}

/* Tab completes, except in the indentation of a line (pasted Go code is indented with
 * tabs). */
static int tab_key(int count, int key) {
    for (int i = 0; i < rl_point; i++) {
        if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t') {
            return rl_complete(count, key);
        }
    }
    return rl_insert(count, key);
}

/* ---- the terminal ---- */

/* Readline's terminal mode, for the whole session: no echo, no editing by the terminal, no
 * CR to NL (Enter is \r), signals on (Ctrl-C is SIGINT). */
static void prep_tty(void) {
    struct termios t = saved_tty;
    t.c_lflag &= ~(tcflag_t)(ECHO | ICANON);
    t.c_iflag &= ~(tcflag_t)(ICRNL | INLCR);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
#ifdef VLNEXT
    t.c_cc[VLNEXT] = _POSIX_VDISABLE;
#endif
    tcsetattr(0, TCSADRAIN, &t);
}

static void screen_size(void) {
    struct winsize ws;
    if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0) {
        rl_set_screen_size(ws.ws_row, ws.ws_col);
    }
}

static void remove_handler(void) {
    rl_callback_handler_remove();
    prompt_shown = false;
}

static void line_handler(char *line) {
    /* the handler goes first: readline must not show a new prompt by itself */
    remove_handler();
    if (!line) {
        fputc('\n', rl_outstream); /* Ctrl-D: leave the terminal on a fresh line */
        fflush(rl_outstream);
        repl_on_line(NULL);
        return;
    }
    char *copy = str_printf("%s", line);
    free(line);
    repl_on_line(copy);
}

/* Passes typed bytes to readline, up to the end of the prompt's line, and lets it read them. */
static void pass_typed(void) {
    while (prompt_shown && !line_passed && typed.len > 0) {
        size_t n = 0;
        while (n < typed.len && typed.data[n] != '\r' && typed.data[n] != '\n') {
            n++;
        }
        bool whole = n < typed.len;
        n += whole;
        ssize_t w = write(rl_pipe[1], typed.data, n);
        if (w <= 0) {
            break;
        }
        memmove(typed.data, typed.data + w, typed.len - (size_t)w);
        typed.len -= (size_t)w;
        line_passed = whole && (size_t)w == n;
        struct pollfd pfd = {rl_pipe[0], POLLIN, 0};
        while (prompt_shown && poll(&pfd, 1, 0) > 0) {
            rl_callback_read_char();
        }
    }
    if (prompt_shown && tty_eof && typed.len == 0) {
        line_handler(NULL); /* the terminal is gone */
    }
}

void repl_input_init(bool is_tty) {
    interactive = is_tty;
    if (!interactive) {
        return;
    }
    tcgetattr(0, &saved_tty);
    prep_tty();
    if (pipe(rl_pipe) != 0) {
        perror("gosub: pipe");
        exit(2);
    }
    fcntl(rl_pipe[1], F_SETFL, fcntl(rl_pipe[1], F_GETFL) | O_NONBLOCK);
    /* readline's own terminal preparation finds a pipe, not a terminal: it then leaves the
     * terminal alone and echoes what it reads itself */
    rl_instream = fdopen(rl_pipe[0], "r");
    rl_outstream = stdout;
    rl_readline_name = "gosub";
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_change_environment = 0;
    /* defaults an ~/.inputrc may change: a pasted newline ends a line (the REPL passes
     * lines one by one), and one Tab lists the completions of an ambiguous word */
    rl_variable_bind("enable-bracketed-paste", "off");
    rl_variable_bind("show-all-if-ambiguous", "on");
    rl_attempted_completion_function = complete;
    rl_bind_key('\t', tab_key);
    /* '.' separates words: strings.Sp<Tab> completes the member after the dot */
    rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(.,)[]+-*/%!^~";
    rl_completer_word_break_characters = rl_basic_word_break_characters;
    history_init();
    screen_size();
}

void repl_input_start(const char *prompt) {
    if (!interactive) {
        accepting = true;
        return;
    }
    prompt_shown = true;
    line_passed = false;
    rl_callback_handler_install(prompt, line_handler);
    pass_typed();
}

bool repl_input_active(void) {
    return interactive ? prompt_shown : accepting;
}

static void repl_input_stop(void) {
    accepting = false;
    if (interactive && prompt_shown) {
        remove_handler();
    }
}

void repl_input_end(void) {
    repl_input_stop();
    if (interactive) {
        tcsetattr(0, TCSADRAIN, &saved_tty);
    }
}

/* The next complete line of the pending bytes (after the end of input, the last unended
 * one, then NULL once) goes to repl_on_line. false: nothing to deliver yet. */
static bool piped_deliver(void) {
    char *nl = pending.len ? memchr(pending.data, '\n', pending.len) : NULL;
    if (!nl && !input_eof) {
        return false;
    }
    if (!nl && pending.len == 0) {
        if (eof_delivered) {
            return false;
        }
        eof_delivered = true;
        accepting = false;
        repl_on_line(NULL);
        return true;
    }
    size_t len = nl ? (size_t)(nl - pending.data) : pending.len;
    size_t end = len > 0 && pending.data[len - 1] == '\r' ? len - 1 : len;
    char *line = str_printf("%.*s", (int)end, pending.data);
    size_t used = nl ? len + 1 : len;
    memmove(pending.data, pending.data + used, pending.len - used);
    pending.len -= used;
    accepting = false; /* like a prompt, one line at a time */
    repl_on_line(line);
    return true;
}

bool repl_input_deliver(void) {
    if (interactive || !accepting) {
        return false;
    }
    return piped_deliver();
}

/* Reads what standard input has into b; returns how much (0 at its end or on an error). */
static size_t read_stdin(StrBuf *b) {
    char buf[65536];
    ssize_t n;
    do {
        n = read(0, buf, sizeof buf);
    } while (n < 0 && errno == EINTR);
    if (n > 0) {
        sb_put(b, buf, (size_t)n);
    }
    return n > 0 ? (size_t)n : 0;
}

void repl_input_readable(void) {
    if (interactive) {
        size_t n = read_stdin(&typed);
        __atomic_store_n(&typed_total, typed_total + (int64_t)n, __ATOMIC_SEQ_CST);
        tty_eof = n == 0;
        pass_typed();
        return;
    }
    input_eof = read_stdin(&pending) == 0;
    while (accepting && piped_deliver()) {
    }
}

bool repl_input_wants_stdin(void) {
    return interactive ? !tty_eof : accepting && !input_eof;
}

static void write_all(int fd, const char *p, size_t n) {
    FILE *f = fd == 2 ? stderr : stdout;
    fwrite(p, 1, n, f);
    fflush(f);
}

void repl_input_print_above(int fd, const char *p, size_t n) {
    if (!interactive || !prompt_shown) {
        write_all(fd, p, n);
        return;
    }
    rl_clear_visible_line();
    fflush(rl_outstream);
    write_all(fd, p, n);
    if (n > 0 && p[n - 1] != '\n') {
        write_all(fd, "\n", 1);
    }
    rl_forced_update_display();
}

void repl_input_sigint(void) {
    __atomic_store_n(&typed_before_sigint, __atomic_load_n(&typed_total, __ATOMIC_SEQ_CST),
                     __ATOMIC_SEQ_CST);
}

void repl_input_interrupt(void) {
    int64_t first = typed_total - (int64_t)typed.len; /* where the buffer starts */
    int64_t drop = __atomic_load_n(&typed_before_sigint, __ATOMIC_SEQ_CST) - first;
    if (drop > 0) {
        size_t n = drop < (int64_t)typed.len ? (size_t)drop : typed.len;
        memmove(typed.data, typed.data + n, typed.len - n);
        typed.len -= n;
    }
    if (!interactive || !prompt_shown) {
        return;
    }
    rl_callback_sigcleanup();
    rl_replace_line("", 0);
    rl_crlf();
    remove_handler();
}

void repl_input_resize(void) {
    if (interactive) {
        screen_size();
        if (prompt_shown) {
            rl_forced_update_display();
        }
    }
}
