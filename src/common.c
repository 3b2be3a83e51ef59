/* common.c — the memory policy, vectors, interning, string buffers, diagnostics, file
 * reading. */
#include "common.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static void (*oom_flush)(void);

/* libgc's out-of-memory callback: Go's report, then the end of the process. It may run on any
 * thread, with libgc's lock held: it allocates nothing and takes no lock but flush's. */
static void *out_of_memory(size_t bytes) {
    if (oom_flush) {
        oom_flush();
    }
    char msg[160];
    int n = snprintf(msg, sizeof msg,
                     "runtime: out of memory: cannot allocate %zu-byte block (%zu in use)\n"
                     "fatal error: out of memory\n",
                     bytes, GC_get_heap_size());
    ssize_t written = write(2, msg, (size_t)n);
    (void)written;
    _exit(2);
}

void mem_setup(void (*flush)(void)) {
    oom_flush = flush;
    GC_set_oom_fn(out_of_memory);
    GC_set_warn_proc(GC_ignore_warn_proc);
}

void vec_grow_(void **data, int *cap, size_t elem) {
    int ncap = *cap < 8 ? 8 : *cap * 2;
    void *nd = GC_MALLOC(elem * (size_t)ncap);
    if (*data) {
        memcpy(nd, *data, elem * (size_t)*cap);
    }
    *data = nd;
    *cap = ncap;
}

/* The intern table: open addressing over (hash, pointer) entries; the strings live in GC
 * memory and the table itself is reachable from a static root, so nothing is collected. */
typedef struct InternEntry {
    uint32_t hash;
    uint32_t len;
    const char *s;
} InternEntry;

static InternEntry *intern_tab;
static size_t intern_cap, intern_len;

static uint32_t hash_bytes(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    }
    return h;
}

static void intern_grow(void) {
    size_t ncap = intern_cap ? intern_cap * 2 : 1024;
    InternEntry *nt = GC_MALLOC(sizeof(InternEntry) * ncap);
    for (size_t i = 0; i < intern_cap; i++) {
        if (!intern_tab[i].s) {
            continue;
        }
        size_t j = intern_tab[i].hash & (ncap - 1);
        while (nt[j].s) {
            j = (j + 1) & (ncap - 1);
        }
        nt[j] = intern_tab[i];
    }
    intern_tab = nt;
    intern_cap = ncap;
}

const char *intern(const char *s, size_t n) {
    if (intern_len * 2 >= intern_cap) {
        intern_grow();
    }
    uint32_t h = hash_bytes(s, n);
    size_t j = h & (intern_cap - 1);
    while (intern_tab[j].s) {
        if (intern_tab[j].hash == h && intern_tab[j].len == n && memcmp(intern_tab[j].s, s, n) == 0) {
            return intern_tab[j].s;
        }
        j = (j + 1) & (intern_cap - 1);
    }
    char *copy = NEW_ATOMIC(n + 1);
    memcpy(copy, s, n);
    copy[n] = 0;
    intern_tab[j] = (InternEntry){h, (uint32_t)n, copy};
    intern_len++;
    return copy;
}

const char *intern_cstr(const char *s) { return intern(s, strlen(s)); }

char *str_vprintf(const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *s = NEW_ATOMIC((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

char *str_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = str_vprintf(fmt, ap);
    va_end(ap);
    return s;
}

static void sb_reserve(StrBuf *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) {
        return;
    }
    size_t ncap = b->cap ? b->cap * 2 : 64;
    while (ncap < b->len + extra + 1) {
        ncap *= 2;
    }
    char *nd = NEW_ATOMIC(ncap);
    if (b->len) {
        memcpy(nd, b->data, b->len);
    }
    b->data = nd;
    b->cap = ncap;
}

void sb_putc(StrBuf *b, char c) {
    sb_reserve(b, 1);
    b->data[b->len++] = c;
}

void sb_put(StrBuf *b, const char *s, size_t n) {
    if (n == 0) {
        return;
    }
    sb_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

void sb_puts(StrBuf *b, const char *s) { sb_put(b, s, strlen(s)); }

void sb_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = str_vprintf(fmt, ap);
    va_end(ap);
    sb_puts(b, s);
}

const char *sb_cstr(StrBuf *b) {
    sb_reserve(b, 1);
    b->data[b->len] = 0;
    return b->data;
}

static void diag_add(Diags *d, const char *file, Pos pos, bool soft, const char *fmt, va_list ap) {
    if (soft && d->soft_ok) {
        return;
    }
    Diag g = {file, pos, str_vprintf(fmt, ap), soft};
    vec_push(&d->list, g);
}

void diag_error(Diags *d, const char *file, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_add(d, file, pos, false, fmt, ap);
    va_end(ap);
}

void diag_soft(Diags *d, const char *file, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_add(d, file, pos, true, fmt, ap);
    va_end(ap);
}

int diag_count(const Diags *d) { return d->list.len; }

static int diag_order(const void *a, const void *b) {
    const Diag *x = a, *y = b;
    int c = pos_cmp(x->pos, y->pos);
    return c ? c : (x < y ? -1 : x > y);
}

int diag_print(Diags *d) {
    /* A stable sort by position: insertion order breaks ties (qsort with address order). */
    qsort(d->list.data, (size_t)d->list.len, sizeof(Diag), diag_order);
    int printed = 0;
    for (int i = 0; i < d->list.len; i++) {
        Diag *g = &d->list.data[i];
        if (i > 0 && pos_cmp(g->pos, d->list.data[i - 1].pos) == 0 &&
            strcmp(g->msg, d->list.data[i - 1].msg) == 0) {
            continue; /* the same error twice */
        }
        if (printed == 10) {
            fprintf(stderr, "%s:%d:%d: too many errors\n", g->file, g->pos.line, g->pos.col);
            break;
        }
        if (g->pos.line > 0) {
            fprintf(stderr, "%s:%d:%d: %s\n", g->file, g->pos.line, g->pos.col, g->msg);
        } else {
            fprintf(stderr, "%s: %s\n", g->file, g->msg);
        }
        printed++;
    }
    return printed;
}

char *read_file(const char *path, size_t *len, const char **err) {
    struct stat st;
    if (stat(path, &st) != 0) {
        *err = errno == ENOENT ? "no such file or directory" : strerror(errno);
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        *err = "is a directory";
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = errno == EACCES ? "permission denied" : strerror(errno);
        return NULL;
    }
    StrBuf b = {0};
    char chunk[65536];
    size_t n;
    bool big = false;
    while (!big && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        big = n > READ_FILE_MAX - b.len;
        if (!big) {
            sb_put(&b, chunk, n);
        }
    }
    bool bad = ferror(f);
    fclose(f);
    if (bad || big) {
        *err = big ? "file too large" : "read error";
        return NULL;
    }
    sb_cstr(&b);
    *len = b.len;
    return b.data ? b.data : NEW_ATOMIC(1);
}
