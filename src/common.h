/* common.h — what every part of gosub shares: memory, growable vectors, interned names,
 * source positions and the diagnostics list.
 *
 * All memory comes from libgc (GC_MALLOC, GC_MALLOC_ATOMIC for pointer-free data); nothing
 * is ever freed by hand. Interned names are unique per spelling, so names compare with ==.
 */
#ifndef GOSUB_COMMON_H
#define GOSUB_COMMON_H

#define GC_THREADS 1
#include <gc.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define NEW(T) ((T *)GC_MALLOC(sizeof(T)))
#define NEW_ARRAY(T, n) ((T *)GC_MALLOC(sizeof(T) * (size_t)(n)))
#define NEW_ATOMIC(n) ((char *)GC_MALLOC_ATOMIC((size_t)(n)))

/* The process's memory policy, set once in main after GC_INIT: an allocation libgc cannot
 * satisfy ends the program as Go's runtime does — "fatal error: out of memory" on stderr, exit
 * status 2, after flush() (NULL: none) has written out what the program printed — so no
 * allocation ever returns NULL; and libgc's warnings (a large block allocated again and again,
 * a heap that failed to grow) stay off stderr. */
void mem_setup(void (*flush)(void));

/* A growable vector of T: `VEC(Expr *) items;` then vec_push(&items, e). */
#define VEC(T)                                                                                     \
    struct {                                                                                       \
        T *data;                                                                                   \
        int len, cap;                                                                              \
    }
#define vec_push(v, x)                                                                             \
    do {                                                                                           \
        if ((v)->len == (v)->cap) {                                                                \
            vec_grow_((void **)&(v)->data, &(v)->cap, sizeof(*(v)->data));                         \
        }                                                                                          \
        (v)->data[(v)->len++] = (x);                                                               \
    } while (0)
void vec_grow_(void **data, int *cap, size_t elem);

/* A position in a source file: 1-based line and byte column. line 0 = no position. */
typedef struct Pos {
    int32_t line, col;
} Pos;
static inline Pos pos_make(int line, int col) { return (Pos){line, col}; }
static inline int pos_cmp(Pos a, Pos b) { return a.line != b.line ? a.line - b.line : a.col - b.col; }

/* Interned names: the same bytes give the same pointer. Not thread-safe (compile-time only). */
const char *intern(const char *s, size_t n);
const char *intern_cstr(const char *s);

/* Formatting into a fresh GC string. */
char *str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *str_vprintf(const char *fmt, va_list ap);

/* A growable byte buffer (GC memory). */
typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;
void sb_putc(StrBuf *b, char c);
void sb_put(StrBuf *b, const char *s, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *sb_cstr(StrBuf *b); /* NUL-terminates (not counted in len) */

/* Diagnostics: compile errors are collected, sorted by position and printed once as
 * `file:LINE:COL: message`, the way Go prints them (at most 10, then "too many errors"). */
typedef struct Diag {
    const char *file;
    Pos pos;
    char *msg;
    bool soft; /* an error the REPL does not report (unused variables and imports) */
} Diag;

typedef struct Diags {
    VEC(Diag) list;
    bool soft_ok; /* REPL mode: soft errors are dropped */
} Diags;

void diag_error(Diags *d, const char *file, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_soft(Diags *d, const char *file, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
int diag_count(const Diags *d);
/* Prints the errors to stderr, sorted, dropping duplicates on one line; returns how many. */
int diag_print(Diags *d);

/* Reads a whole file into GC memory. Returns NULL and sets *err to a message on failure; a
 * file larger than READ_FILE_MAX bytes (or one that never ends, like /dev/zero) is "file too
 * large" (512 MiB: positions count bytes in 32 bits, and no Go file comes near). */
#define READ_FILE_MAX ((size_t)1 << 29)
char *read_file(const char *path, size_t *len, const char **err);

#endif
