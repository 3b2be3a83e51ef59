/* printer.h — the inside of fmt's printer, shared by format.c (operands, verbs by kind,
 * methods, Printf's parsing), format_field.c (the low-level field formatters),
 * format_mapsort.c (the order of a map's entries) and format_runtime.c (print/println, panic
 * values, which call Error and String methods too). Not for use outside the fmt engine: the
 * contract is format.h.
 *
 * A Printer holds the output buffer, the verb's flags, width and precision, and the operand
 * being printed (format.c's header says how). A field formatter appends one field to p->buf
 * under p's flags and leaves p unchanged.
 */
#ifndef GOSUB_PRINTER_H
#define GOSUB_PRINTER_H

#include "format.h"

#include <string.h>

typedef struct Flags {
    bool wid_present, prec_present;
    bool minus, plus, sharp, space, zero;
    bool plus_v, sharp_v; /* %+v and %#v: plus/sharp are cleared, these set instead */
} Flags;

typedef struct Printer {
    G *g;
    StrBuf *buf;
    Flags f;
    int wid, prec;
    /* The operand as an interface value (p.arg in Go), NULL when there is none. */
    const Type *arg_t;
    Slot arg_data;
    /* A value reached by walking a composite (p.value in Go), NULL when there is none. */
    const Type *val_t;
    const Slot *val_p;
    bool erroring;  /* printing a bad-verb message: no methods are called */
    bool panicking; /* printing a method's panic value */
    bool aborted;   /* a nested panic is in flight: stop */
    bool wrap_errs; /* Errorf: %w is allowed */
    bool reordered, good_argnum;
    VEC(int64_t) wrapped;
} Printer;

/* Digits for bases up to 16, then the letter of the 0x prefix: "0123456789abcdefx". */
extern const char fmt_ldigits[], fmt_udigits[];

/* sb_put for bytes that may be (NULL, 0): Go's empty strings and slices often are. */
static inline void put_bytes(StrBuf *out, const char *s, size_t n) {
    if (n > 0) {
        sb_put(out, s, n);
    }
}

static inline void put(Printer *p, const char *s, size_t n) {
    put_bytes(p->buf, s, n);
}
static inline void puts_(Printer *p, const char *s) {
    sb_puts(p->buf, s);
}
static inline void putc_(Printer *p, char c) {
    sb_putc(p->buf, c);
}

static inline void fmt_clear_flags(Printer *p) {
    memset(&p->f, 0, sizeof p->f);
    p->wid = 0;
    p->prec = 0;
}

/* v + off, or NULL when v is NULL (the elements of a nil slice). */
static inline const Slot *fmt_slot_at(const Slot *v, int64_t off) {
    return v ? v + off : NULL;
}

/* Is t a predeclared type (int, string, error...), which has no methods? */
static inline bool fmt_is_predeclared(const Type *t) {
    return t->name && !t->pkg;
}

/* t's method `name` if its signature is func() string (Error, String, GoString), else NULL. */
const Method *fmt_string_method(const Type *t, const char *name);

/* A map entry: where its key and value slots are. */
typedef struct FmtMapEntry {
    Slot *key, *val;
} FmtMapEntry;

/* The entries of map m (of map type t; NULL for a nil map), in the order fmt prints them
 * (format_mapsort.c); *count gets how many. */
FmtMapEntry *fmt_sorted_map(const Type *t, void *m, int64_t *count);

/* The field formatters (Go's fmt methods fmtBoolean, fmtInteger, ...). */
void fmt_pad_cstr(Printer *p, const char *s);
void fmt_boolean(Printer *p, bool v);
void fmt_unicode(Printer *p, uint64_t u);
void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed, int32_t verb,
                 const char *digits);
void fmt_s(Printer *p, const char *s, size_t n);
void fmt_sbx(Printer *p, const char *s, size_t n, const char *digits);
void fmt_q(Printer *p, const char *s, size_t n);
void fmt_c(Printer *p, uint64_t c);
void fmt_qc(Printer *p, uint64_t c);
void fmt_float(Printer *p, double v, int size, int32_t verb, int prec);

#endif
