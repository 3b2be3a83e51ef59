/* format.c — Go's fmt printer (Printf and friends), matching Go byte for byte: operands, the
 * verbs of each kind, Error/String/GoString methods, %v of every kind of value, Printf's
 * parsing and its error forms (%!v(MISSING), %!(EXTRA ...), ...).
 *
 * The structure follows Go's fmt package so that its many corner cases line up:
 *   - a Printer holds the output buffer, the flags of the verb being formatted (Flags, wid,
 *     prec) and the operand being printed, either as an interface value (arg_t/arg_data: the
 *     operand as passed, or a nested value that may have methods) or as a value reached by
 *     walking a composite (val_t/val_p). Bad-verb messages print whichever is set.
 *   - print_arg handles one operand; print_value walks a value by its Type, depth counting
 *     how deep inside the operand it is (pointers print as &{...} only at depth 0, methods
 *     are looked up only at depth > 0 there, since print_arg did it for the operand).
 *   - a value reached through an unexported struct field is "read-only" (ro): as Go's
 *     reflect forbids Interface() on it, its Error/String methods are never called.
 *   - the field formatters (fmt_integer, fmt_float, fmt_q...: format_field.c, printer.h)
 *     know nothing of types; floats go through strconv's formatter (format_float.c).
 *
 * Nothing here keeps global state: a String method may call back into fmt on any thread.
 */
#include "printer.h"

#include "../../src/text/utf8.h"

#include <string.h>

static void print_arg(Printer *p, const Type *t, Slot data, int32_t verb);
static void print_value(Printer *p, const Type *t, const Slot *v, bool ro, int32_t verb, int depth);

/* ---- verbs by kind (Go's pp methods) ----------------------------------------------------- */

static void put_type(Printer *p, const Type *t) { puts_(p, type_string((Type *)t)); }

/* %!verb(type=value): the operand printed with %v and no methods. */
static void bad_verb(Printer *p, int32_t verb) {
    p->erroring = true;
    puts_(p, "%!");
    utf8_append(p->buf, verb);
    putc_(p, '(');
    if (p->arg_t) {
        put_type(p, p->arg_t);
        putc_(p, '=');
        print_arg(p, p->arg_t, p->arg_data, 'v');
    } else if (p->val_t) {
        put_type(p, p->val_t);
        putc_(p, '=');
        print_value(p, p->val_t, p->val_p, true, 'v', 0);
    } else {
        puts_(p, "<nil>");
    }
    putc_(p, ')');
    p->erroring = false;
}

static void fmt_bool(Printer *p, bool v, int32_t verb) {
    if (verb == 't' || verb == 'v') {
        fmt_boolean(p, v);
    } else {
        bad_verb(p, verb);
    }
}

static void fmt_0x64(Printer *p, uint64_t v, bool leading0x) {
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmt_integer(p, v, 16, false, 'v', fmt_ldigits);
    p->f.sharp = sharp;
}

static void fmt_int_verb(Printer *p, uint64_t v, bool is_signed, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v && !is_signed) {
            fmt_0x64(p, v, true);
        } else {
            fmt_integer(p, v, 10, is_signed, verb, fmt_ldigits);
        }
        break;
    case 'd':
        fmt_integer(p, v, 10, is_signed, verb, fmt_ldigits);
        break;
    case 'b':
        fmt_integer(p, v, 2, is_signed, verb, fmt_ldigits);
        break;
    case 'o':
    case 'O':
        fmt_integer(p, v, 8, is_signed, verb, fmt_ldigits);
        break;
    case 'x':
        fmt_integer(p, v, 16, is_signed, verb, fmt_ldigits);
        break;
    case 'X':
        fmt_integer(p, v, 16, is_signed, verb, fmt_udigits);
        break;
    case 'c':
        fmt_c(p, v);
        break;
    case 'q':
        fmt_qc(p, v);
        break;
    case 'U':
        fmt_unicode(p, v);
        break;
    default:
        bad_verb(p, verb);
        break;
    }
}

static void fmt_float_verb(Printer *p, double v, int size, int32_t verb) {
    switch (verb) {
    case 'v':
        fmt_float(p, v, size, 'g', -1);
        break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
        fmt_float(p, v, size, verb, -1);
        break;
    case 'f':
    case 'e':
    case 'E':
        fmt_float(p, v, size, verb, 6);
        break;
    case 'F':
        fmt_float(p, v, size, 'f', 6);
        break;
    default:
        bad_verb(p, verb);
        break;
    }
}

static void fmt_complex(Printer *p, double re, double im, int size, int32_t verb) {
    switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
        bool old_plus = p->f.plus;
        putc_(p, '(');
        fmt_float_verb(p, re, size / 2, verb);
        p->f.plus = true; /* the imaginary part always has a sign */
        fmt_float_verb(p, im, size / 2, verb);
        puts_(p, "i)");
        p->f.plus = old_plus;
        break;
    }
    default:
        bad_verb(p, verb);
        break;
    }
}

static void fmt_string(Printer *p, const char *s, size_t n, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) {
            fmt_q(p, s, n);
        } else {
            fmt_s(p, s, n);
        }
        break;
    case 's':
        fmt_s(p, s, n);
        break;
    case 'x':
        fmt_sbx(p, s, n, fmt_ldigits);
        break;
    case 'X':
        fmt_sbx(p, s, n, fmt_udigits);
        break;
    case 'q':
        fmt_q(p, s, n);
        break;
    default:
        bad_verb(p, verb);
        break;
    }
}

/* A slice or array of bytes (one slot an element) at v, as bytes. */
static char *collect_bytes(const Type *t, const Slot *v, size_t *n, bool *is_nil) {
    const Slot *elems;
    int64_t len;
    if (t->kind == KIND_SLICE) {
        elems = v[0].p;
        len = v[1].i;
        *is_nil = elems == NULL;
    } else {
        elems = v;
        len = t->len;
        *is_nil = false;
    }
    char *bytes = NEW_ATOMIC(len > 0 ? (size_t)len : 1);
    for (int64_t i = 0; i < len; i++) {
        bytes[i] = (char)elems[i].u;
    }
    *n = (size_t)len;
    return bytes;
}

static void fmt_bytes(Printer *p, const Type *t, const Slot *v, int32_t verb,
                      const char *type_str) {
    size_t n;
    bool is_nil;
    const char *b;
    switch (verb) {
    case 'v':
    case 'd':
        b = collect_bytes(t, v, &n, &is_nil);
        if (p->f.sharp_v) {
            puts_(p, type_str);
            if (is_nil) {
                puts_(p, "(nil)");
                return;
            }
            putc_(p, '{');
            for (size_t i = 0; i < n; i++) {
                if (i > 0) {
                    puts_(p, ", ");
                }
                fmt_0x64(p, (unsigned char)b[i], true);
            }
            putc_(p, '}');
        } else {
            putc_(p, '[');
            for (size_t i = 0; i < n; i++) {
                if (i > 0) {
                    putc_(p, ' ');
                }
                fmt_integer(p, (unsigned char)b[i], 10, false, verb, fmt_ldigits);
            }
            putc_(p, ']');
        }
        break;
    case 's':
        b = collect_bytes(t, v, &n, &is_nil);
        fmt_s(p, b, n);
        break;
    case 'x':
    case 'X':
        b = collect_bytes(t, v, &n, &is_nil);
        fmt_sbx(p, b, n, verb == 'x' ? fmt_ldigits : fmt_udigits);
        break;
    case 'q':
        b = collect_bytes(t, v, &n, &is_nil);
        fmt_q(p, b, n);
        break;
    default:
        print_value(p, t, v, false, verb, 0);
        break;
    }
}

static void fmt_pointer(Printer *p, const Type *t, const Slot *v, int32_t verb) {
    switch (t->kind) {
    case KIND_CHAN:
    case KIND_FUNC:
    case KIND_MAP:
    case KIND_POINTER:
    case KIND_SLICE:
    case KIND_UNSAFE_POINTER:
        break;
    default:
        bad_verb(p, verb);
        return;
    }
    uint64_t u = v[0].u;
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) {
            putc_(p, '(');
            put_type(p, t);
            puts_(p, ")(");
            if (u == 0) {
                puts_(p, "nil");
            } else {
                fmt_0x64(p, u, true);
            }
            putc_(p, ')');
        } else if (u == 0) {
            fmt_pad_cstr(p, "<nil>");
        } else {
            fmt_0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p':
        fmt_0x64(p, u, !p->f.sharp);
        break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X':
        fmt_int_verb(p, u, false, verb);
        break;
    default:
        bad_verb(p, verb);
        break;
    }
}

/* ---- methods: Error, String, GoString ---------------------------------------------------- */

/* The method name of t's method set, when its signature is func() string. */
const Method *fmt_string_method(const Type *t, const char *name) {
    if (!t || t->nmethods == 0) {
        return NULL;
    }
    const Method *m = type_method(t, name);
    if (!m || !m->sig) {
        return NULL;
    }
    const Type *s = m->sig;
    if (s->kind != KIND_FUNC || s->nparams != 0 || s->nresults != 1 || s->variadic) {
        return NULL;
    }
    const Type *r = s->results[0];
    return (r->kind == KIND_STRING && !r->pkg) ? m : NULL;
}

static bool has_error_method(const Type *t) { return fmt_string_method(t, "Error") != NULL; }

/* fmt.go's formatHook, registered when package fmt is initialised (a func value; nil until
 * then, and no type can have a Format(fmt.State, rune) method before fmt is loaded). */
static Slot format_hook;

void fmt_set_format_hook(Slot hook) {
    format_hook = hook;
}

/* Has t a method Format(fmt.State, rune), making it a fmt.Formatter? */
static bool is_formatter(const Type *t) {
    if (!format_hook.p || !t || t->nmethods == 0) {
        return false;
    }
    const Method *m = type_method(t, "Format");
    if (!m || !m->sig) {
        return false;
    }
    const Type *s = m->sig;
    if (s->kind != KIND_FUNC || s->nparams != 2 || s->nresults != 0 || s->variadic) {
        return false;
    }
    const Type *st = s->params[0], *r = s->params[1];
    return st->kind == KIND_INTERFACE && st->name && st->pkg && strcmp(st->name, "State") == 0 &&
           strcmp(st->pkg, "fmt") == 0 && r->kind == KIND_INT32 && fmt_is_predeclared(r);
}

/* A method called to format a value panicked: say so, as Go's catchPanic does. */
static void catch_panic(Printer *p, const Type *t, Slot data, int32_t verb, const char *method,
                        const Slot *pv) {
    if (t->kind == KIND_POINTER && data.p == NULL) {
        puts_(p, "<nil>");
        return;
    }
    if (p->panicking) {
        /* Printing the panic value panicked too: let that panic go on. */
        rt_panic_value(p->g, pv[0].p, pv[1]);
        p->aborted = true;
        return;
    }
    Flags old = p->f;
    fmt_clear_flags(p);
    puts_(p, "%!");
    utf8_append(p->buf, verb);
    puts_(p, "(PANIC=");
    puts_(p, method);
    puts_(p, " method: ");
    p->panicking = true;
    print_arg(p, pv[0].p, pv[1], 'v');
    p->panicking = false;
    putc_(p, ')');
    p->f = old;
}

/* Calls the func() string method m of the operand and formats its result. */
static void call_string_method(Printer *p, const Method *m, const char *name, int32_t verb,
                               bool go_string) {
    const Type *t = p->arg_t;
    Slot data = p->arg_data;
    Slot res[2] = {{0}, {0}};
    if (rt_call_method(p->g, t, data, m, NULL, 0, res, 2)) {
        GoString s = rt_str(res);
        if (go_string) {
            fmt_s(p, s.ptr, (size_t)s.len);
        } else {
            fmt_string(p, s.ptr, (size_t)s.len, verb);
        }
        return;
    }
    Slot pv[2] = {{0}, {0}};
    rt_recover_into(p->g, pv);
    catch_panic(p, t, data, verb, name, pv);
}

/* The printer's side of a Format call: what fmt.go's *state refers to. The printer is set
 * while the method runs; a State kept past it writes nowhere. */
typedef struct FormatCall {
    Printer *p;
    Flags f;
    int wid, prec;
} FormatCall;

/* Calls the operand's Format method through formatHook. Its State writes into p's buffer as
 * it goes, so a panicking Format leaves what it wrote before the panic message, as in Go. */
static void call_format_method(Printer *p, int32_t verb) {
    const Type *t = p->arg_t;
    Slot data = p->arg_data;
    FormatCall *c = NEW(FormatCall);
    *c = (FormatCall){p, p->f, p->wid, p->prec};
    Slot args[4] = {{.p = (void *)t}, data, {.i = verb}, {.p = c}};
    bool ok = rt_call(p->g, format_hook, args, 4, NULL, 0);
    c->p = NULL;
    if (!ok) {
        Slot pv[2] = {{0}, {0}};
        rt_recover_into(p->g, pv);
        catch_panic(p, t, data, verb, "Format", pv);
    }
}

/* The receiver of a *state method: its one field, the FormatCall. */
static FormatCall *format_call(const Slot *a) {
    return ((Slot *)a[0].p)[0].p;
}

void lib_fmt_state_write(G *g, Slot *a) {
    FormatCall *c = format_call(a);
    GoSlice b = rt_slice(a + 1);
    for (int64_t i = 0; c->p && i < b.len; i++) {
        putc_(c->p, (char)b.ptr[i].u);
    }
    a[0].i = b.len;
    rt_nil_iface(&a[1]);
}

void lib_fmt_state_write_string(G *g, Slot *a) {
    FormatCall *c = format_call(a);
    GoString s = rt_str(a + 1);
    if (c->p) {
        put(c->p, s.ptr, (size_t)s.len);
    }
    a[0].i = s.len;
    rt_nil_iface(&a[1]);
}

void lib_fmt_state_width(G *g, Slot *a) {
    FormatCall *c = format_call(a);
    a[0].i = c->wid;
    a[1].u = c->f.wid_present;
}

void lib_fmt_state_precision(G *g, Slot *a) {
    FormatCall *c = format_call(a);
    a[0].i = c->prec;
    a[1].u = c->f.prec_present;
}

/* Flag(c int) bool. Under '-', '0' is off, as in Go 1.19. */
void lib_fmt_state_flag(G *g, Slot *a) {
    const Flags *f = &format_call(a)->f;
    bool on;
    switch (a[1].i) {
    case '-': on = f->minus; break;
    case '+': on = f->plus || f->plus_v; break;
    case '#': on = f->sharp || f->sharp_v; break;
    case ' ': on = f->space; break;
    case '0': on = f->zero && !f->minus; break;
    default: on = false; break;
    }
    a[0].u = on;
}

/* Calls the State method name of (t, data) with one int argument (if has_arg), leaving its
 * results (up to two slots) in res. False when it panicked. */
static bool call_state_method(G *g, const Type *t, Slot data, const char *name, bool has_arg,
                              int64_t arg, Slot *res) {
    const Method *m = type_method(t, name);
    Slot a = {.i = arg};
    return m && rt_call_method(g, t, data, m, has_arg ? &a : NULL, has_arg ? 1 : 0, res,
                               m->sig->nresults);
}

/* FormatString(state State, verb rune) string: the directive state was made for, its flags in
 * the order " +-#0", then width, precision and verb. */
void lib_fmt_format_string(G *g, Slot *a) {
    const Type *t = a[0].p;
    Slot data = a[1];
    int32_t verb = (int32_t)a[2].i;
    if (!t) {
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
        return;
    }
    StrBuf b = {0};
    sb_putc(&b, '%');
    Slot res[2];
    for (const char *f = " +-#0"; *f; f++) {
        if (!call_state_method(g, t, data, "Flag", true, *f, res)) {
            return;
        }
        if (res[0].u) {
            sb_putc(&b, *f);
        }
    }
    if (!call_state_method(g, t, data, "Width", false, 0, res)) {
        return;
    }
    if (res[1].u) {
        sb_printf(&b, "%lld", (long long)res[0].i);
    }
    if (!call_state_method(g, t, data, "Precision", false, 0, res)) {
        return;
    }
    if (res[1].u) {
        sb_printf(&b, ".%lld", (long long)res[0].i);
    }
    utf8_append(&b, verb);
    rt_set_str(a, (GoString){b.data, (int64_t)b.len});
}

/* Go's handleMethods for the operand in arg_t/arg_data: true when it printed it. */
static bool handle_methods(Printer *p, int32_t verb) {
    if (p->erroring) {
        return false;
    }
    const Type *t = p->arg_t;
    if (verb == 'w') {
        if (!has_error_method(t) || !p->wrap_errs) {
            bad_verb(p, verb);
            return true;
        }
        verb = 'v';
    }
    if (is_formatter(t)) {
        call_format_method(p, verb);
        return true;
    }
    if (p->f.sharp_v) {
        const Method *m = fmt_string_method(t, "GoString");
        if (m) {
            call_string_method(p, m, "GoString", verb, true);
            return true;
        }
        return false;
    }
    switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q': {
        const Method *m = fmt_string_method(t, "Error");
        if (m) {
            call_string_method(p, m, "Error", verb, false);
            return true;
        }
        m = fmt_string_method(t, "String");
        if (m) {
            call_string_method(p, m, "String", verb, false);
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

/* ---- walking values ---------------------------------------------------------------------- */

/* The interface data word for a value of type t stored at v (a boxed value may point at the
 * slots where they are: nothing keeps the word beyond the call). */
static Slot data_word(const Type *t, const Slot *v) {
    Slot d;
    if (t->flags & TYPE_DIRECT) {
        return v[0];
    }
    d.p = (void *)v;
    return d;
}

static void print_map(Printer *p, const Type *t, const Slot *v, bool ro, int32_t verb, int depth) {
    void *m = v[0].p;
    if (p->f.sharp_v) {
        put_type(p, t);
        if (!m) {
            puts_(p, "(nil)");
            return;
        }
        putc_(p, '{');
    } else {
        puts_(p, "map[");
    }
    int64_t count = 0;
    FmtMapEntry *e = fmt_sorted_map(t, m, &count);
    for (int64_t i = 0; i < count && !p->aborted; i++) {
        if (i > 0) {
            if (p->f.sharp_v) {
                puts_(p, ", ");
            } else {
                putc_(p, ' ');
            }
        }
        print_value(p, t->key, e[i].key, ro, verb, depth + 1);
        putc_(p, ':');
        print_value(p, t->elem, e[i].val, ro, verb, depth + 1);
    }
    putc_(p, p->f.sharp_v ? '}' : ']');
}

static void print_struct(Printer *p, const Type *t, const Slot *v, bool ro, int32_t verb,
                         int depth) {
    if (p->f.sharp_v) {
        put_type(p, t);
    }
    putc_(p, '{');
    for (int i = 0; i < t->nfields && !p->aborted; i++) {
        const StructField *f = &t->fields[i];
        if (i > 0) {
            if (p->f.sharp_v) {
                puts_(p, ", ");
            } else {
                putc_(p, ' ');
            }
        }
        if ((p->f.plus_v || p->f.sharp_v) && f->name && f->name[0]) {
            puts_(p, f->name);
            putc_(p, ':');
        }
        const Slot *fv = fmt_slot_at(v, f->offset);
        bool fro = ro || !f->exported;
        if (f->type->kind == KIND_INTERFACE && fv[0].p) {
            /* Go prints what a non-nil interface field holds, not the interface. */
            const Type *dyn = fv[0].p;
            print_value(p, dyn, iface_value_ptr(dyn, &fv[1]), fro, verb, depth + 1);
        } else {
            print_value(p, f->type, fv, fro, verb, depth + 1);
        }
    }
    putc_(p, '}');
}

static void print_list(Printer *p, const Type *t, const Slot *v, bool ro, int32_t verb, int depth) {
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == KIND_UINT8) {
        fmt_bytes(p, t, v, verb, type_string((Type *)t));
        return;
    }
    const Slot *elems;
    int64_t n;
    if (t->kind == KIND_SLICE) {
        elems = v[0].p;
        n = v[1].i;
    } else {
        elems = v;
        n = t->len;
    }
    int32_t es = t->elem->slots;
    if (p->f.sharp_v) {
        put_type(p, t);
        if (t->kind == KIND_SLICE && elems == NULL) {
            puts_(p, "(nil)");
            return;
        }
        putc_(p, '{');
        for (int64_t i = 0; i < n && !p->aborted; i++) {
            if (i > 0) {
                puts_(p, ", ");
            }
            print_value(p, t->elem, fmt_slot_at(elems, i * es), ro, verb, depth + 1);
        }
        putc_(p, '}');
    } else {
        putc_(p, '[');
        for (int64_t i = 0; i < n && !p->aborted; i++) {
            if (i > 0) {
                putc_(p, ' ');
            }
            print_value(p, t->elem, fmt_slot_at(elems, i * es), ro, verb, depth + 1);
        }
        putc_(p, ']');
    }
}

/* Go's printValue: the value of type t at v, depth levels inside the operand. */
static void print_value(Printer *p, const Type *t, const Slot *v, bool ro, int32_t verb,
                        int depth) {
    if (p->aborted) {
        return;
    }
    if (depth > 0 && !ro && t->kind != KIND_INTERFACE) {
        p->arg_t = t;
        p->arg_data = data_word(t, v);
        if (handle_methods(p, verb)) {
            return;
        }
    }
    p->arg_t = NULL;
    p->val_t = t;
    p->val_p = v;
    switch (t->kind) {
    case KIND_BOOL:
        fmt_bool(p, v[0].u != 0, verb);
        break;
    case KIND_INT:
    case KIND_INT8:
    case KIND_INT16:
    case KIND_INT32:
    case KIND_INT64:
        fmt_int_verb(p, v[0].u, true, verb);
        break;
    case KIND_UINT:
    case KIND_UINT8:
    case KIND_UINT16:
    case KIND_UINT32:
    case KIND_UINT64:
    case KIND_UINTPTR:
        fmt_int_verb(p, v[0].u, false, verb);
        break;
    case KIND_FLOAT32:
        fmt_float_verb(p, v[0].f, 32, verb);
        break;
    case KIND_FLOAT64:
        fmt_float_verb(p, v[0].f, 64, verb);
        break;
    case KIND_COMPLEX64:
        fmt_complex(p, v[0].f, v[1].f, 64, verb);
        break;
    case KIND_COMPLEX128:
        fmt_complex(p, v[0].f, v[1].f, 128, verb);
        break;
    case KIND_STRING:
        fmt_string(p, v[0].p, (size_t)v[1].i, verb);
        break;
    case KIND_MAP:
        print_map(p, t, v, ro, verb, depth);
        break;
    case KIND_STRUCT:
        print_struct(p, t, v, ro, verb, depth);
        break;
    case KIND_INTERFACE: {
        const Type *dyn = v[0].p;
        if (!dyn) {
            if (p->f.sharp_v) {
                put_type(p, t);
                puts_(p, "(nil)");
            } else {
                puts_(p, "<nil>");
            }
        } else {
            print_value(p, dyn, iface_value_ptr(dyn, &v[1]), ro, verb, depth + 1);
        }
        break;
    }
    case KIND_ARRAY:
    case KIND_SLICE:
        print_list(p, t, v, ro, verb, depth);
        break;
    case KIND_POINTER:
        /* &{...} only at the top: deeper pointers print as addresses (no cycles). */
        if (depth == 0 && v[0].p) {
            Kind ek = t->elem->kind;
            if (ek == KIND_ARRAY || ek == KIND_SLICE || ek == KIND_STRUCT || ek == KIND_MAP) {
                putc_(p, '&');
                print_value(p, t->elem, v[0].p, ro, verb, depth + 1);
                return;
            }
        }
        fmt_pointer(p, t, v, verb);
        break;
    case KIND_CHAN:
    case KIND_FUNC:
    case KIND_UNSAFE_POINTER:
        fmt_pointer(p, t, v, verb);
        break;
    default:
        putc_(p, '?');
        put_type(p, t);
        putc_(p, '?');
        break;
    }
}

/* Go's printArg: one operand (an interface value). */
/* reflect.Value (runtime/std/reflect.go): (type, address of the value, flags); a value
 * reached through an unexported field has one of the RO flags. */
enum { REFLECT_FLAG_RO = 1 << 5 | 1 << 6 };

static bool is_reflect_value(const Type *t) {
    return t->kind == KIND_STRUCT && t->name && t->pkg && strcmp(t->name, "Value") == 0 &&
           strcmp(t->pkg, "reflect") == 0;
}

/* A reflect.Value operand prints as the value it holds, methods included (Go's printArg). */
static void print_reflect_value(Printer *p, const Slot *rv, int32_t verb) {
    const Type *t = rv[0].p;
    const Slot *v = rv[1].p;
    bool ro = (rv[2].u & REFLECT_FLAG_RO) != 0;
    if (!t) {
        fmt_pad_cstr(p, "<invalid reflect.Value>");
        return;
    }
    p->arg_t = t->kind == KIND_INTERFACE ? v[0].p : t;
    p->arg_data = t->kind == KIND_INTERFACE ? v[1] : data_word(t, v);
    if (!ro && p->arg_t && handle_methods(p, verb)) {
        return;
    }
    print_value(p, t, v, ro, verb, 0);
}

static void print_arg(Printer *p, const Type *t, Slot data, int32_t verb) {
    p->arg_t = t;
    p->arg_data = data;
    p->val_t = NULL;
    p->val_p = NULL;
    if (p->aborted) {
        return;
    }
    if (!t) {
        if (verb == 'T' || verb == 'v') {
            fmt_pad_cstr(p, "<nil>");
        } else {
            bad_verb(p, verb);
        }
        return;
    }
    const Slot *v = iface_value_ptr(t, &data);
    if (verb == 'T') {
        const char *s = type_string((Type *)t);
        fmt_s(p, s, strlen(s));
        return;
    }
    if (verb == 'p') {
        fmt_pointer(p, t, v, 'p');
        return;
    }
    if (is_reflect_value(t)) {
        print_reflect_value(p, v, verb);
        return;
    }
    /* Go's fast path for the predeclared types (which have no methods) and []byte. */
    if (fmt_is_predeclared(t) && t->kind >= KIND_BOOL && t->kind <= KIND_STRING) {
        print_value(p, t, v, false, verb, 0);
        return;
    }
    if (t->kind == KIND_SLICE && !t->name && t->elem->kind == KIND_UINT8 &&
        fmt_is_predeclared(t->elem)) {
        fmt_bytes(p, t, v, verb, "[]byte");
        return;
    }
    if (!handle_methods(p, verb)) {
        print_value(p, t, v, false, verb, 0);
    }
}

/* ---- Printf, Print, Println ---------------------------------------------------------------- */

#define ARG_T(args, i) ((const Type *)(args)[2 * (i)].p)
#define ARG_D(args, i) ((args)[2 * (i) + 1])

static bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

/* Digits at s[start..end): the number, whether there was one, and where they stop. */
static size_t parse_num(const char *s, size_t start, size_t end, int *num, bool *isnum) {
    *num = 0;
    *isnum = false;
    if (start >= end) {
        return end;
    }
    size_t i = start;
    for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
        if (too_large(*num)) {
            *num = 0;
            *isnum = false;
            return end;
        }
        *num = *num * 10 + (s[i] - '0');
        *isnum = true;
    }
    return i;
}

/* Printf's place in its format and in its operands. */
typedef struct Scan {
    const char *format;
    size_t i, end;         /* format[i..end) is still to read */
    const Slot *args;      /* the operands, as format.h lays them out */
    int64_t nargs, argnum; /* how many, and the next one a verb takes */
    bool after_index;      /* an explicit [n] was just read */
} Scan;

/* A * width or precision: the next operand as an int, if it is an integer of sane size. */
static int int_from_arg(Scan *s, bool *is_int) {
    int64_t num = 0;
    *is_int = false;
    if (s->argnum < s->nargs) {
        const Type *t = ARG_T(s->args, s->argnum);
        Slot d = ARG_D(s->args, s->argnum);
        if (t && t->kind >= KIND_INT && t->kind <= KIND_INT64) {
            num = d.i;
            *is_int = true;
        } else if (t && t->kind >= KIND_UINT && t->kind <= KIND_UINTPTR && d.i >= 0) {
            num = d.i;
            *is_int = true;
        }
        s->argnum++;
        if (too_large(num)) {
            num = 0;
            *is_int = false;
        }
    }
    return (int)num;
}

/* An explicit operand index [n] at s->i, if there is one: read, it sets after_index. */
static void arg_number(Printer *p, Scan *s) {
    const char *format = s->format;
    size_t i = s->i, end = s->end;
    s->after_index = false;
    if (i >= end || format[i] != '[') {
        return;
    }
    p->reordered = true;
    /* Go's parseArgNumber on format[i:]. */
    size_t len = end - i;
    int64_t index = 0;
    size_t wid = 1;
    bool ok = false;
    if (len >= 3) {
        for (size_t j = 1; j < len; j++) {
            if (format[i + j] == ']') {
                int num;
                bool isnum;
                size_t newi = parse_num(format + i, 1, j, &num, &isnum);
                if (!isnum || newi != j) {
                    wid = j + 1;
                } else {
                    index = num - 1;
                    wid = j + 1;
                    ok = true;
                }
                break;
            }
        }
    }
    s->i = i + wid;
    s->after_index = ok;
    if (ok && index >= 0 && index < s->nargs) {
        s->argnum = index;
    } else {
        p->good_argnum = false;
    }
}

static void set_v_flags(Printer *p) {
    p->f.sharp_v = p->f.sharp;
    p->f.sharp = false;
    p->f.plus_v = p->f.plus;
    p->f.plus = false;
}

/* The verb applied to the next operand, which exists. */
static void print_operand(Printer *p, Scan *s, int32_t verb) {
    if (verb == 'w') {
        vec_push(&p->wrapped, s->argnum);
    }
    if (verb == 'v' || verb == 'w') {
        set_v_flags(p);
    }
    print_arg(p, ARG_T(s->args, s->argnum), ARG_D(s->args, s->argnum), verb);
    s->argnum++;
}

/* The flags after a '%'. Then, in the common case of a lower-case ASCII verb right after them
 * and an operand left for it, prints the operand and returns true. */
static bool scan_flags(Printer *p, Scan *s) {
    for (; s->i < s->end; s->i++) {
        char c = s->format[s->i];
        switch (c) {
        case '#': p->f.sharp = true; break;
        case '0': p->f.zero = true; break;
        case '+': p->f.plus = true; break;
        case '-': p->f.minus = true; break;
        case ' ': p->f.space = true; break;
        default:
            if (c >= 'a' && c <= 'z' && s->argnum < s->nargs) {
                s->i++;
                print_operand(p, s, c);
                return true;
            }
            return false;
        }
    }
    return false;
}

/* An operand index, then a width: digits, or * taking it from an operand. */
static void scan_width(Printer *p, Scan *s) {
    arg_number(p, s);
    bool present;
    if (s->i < s->end && s->format[s->i] == '*') {
        s->i++;
        p->wid = int_from_arg(s, &present);
        p->f.wid_present = present;
        if (!present) {
            puts_(p, "%!(BADWIDTH)");
        }
        if (p->wid < 0) {
            p->wid = -p->wid;
            p->f.minus = true;
            p->f.zero = false;
        }
        s->after_index = false;
    } else {
        s->i = parse_num(s->format, s->i, s->end, &p->wid, &present);
        p->f.wid_present = present;
        if (s->after_index && present) {
            p->good_argnum = false;
        }
    }
}

/* A precision, if there is one: '.', an operand index, then digits (none means 0) or *. */
static void scan_precision(Printer *p, Scan *s) {
    if (s->i + 1 >= s->end || s->format[s->i] != '.') {
        return;
    }
    s->i++;
    if (s->after_index) {
        p->good_argnum = false;
    }
    arg_number(p, s);
    bool present;
    if (s->i < s->end && s->format[s->i] == '*') {
        s->i++;
        p->prec = int_from_arg(s, &present);
        p->f.prec_present = present;
        if (p->prec < 0) {
            p->prec = 0;
            p->f.prec_present = false;
        }
        if (!p->f.prec_present) {
            puts_(p, "%!(BADPREC)");
        }
        s->after_index = false;
    } else {
        s->i = parse_num(s->format, s->i, s->end, &p->prec, &present);
        p->f.prec_present = true; /* "%.f" means precision 0 */
        if (!present) {
            p->prec = 0;
        }
    }
}

/* %!verb(WHAT): a verb with a bad index, or no operand left. */
static void bad_arg(Printer *p, int32_t verb, const char *what) {
    puts_(p, "%!");
    utf8_append(p->buf, verb);
    puts_(p, what);
}

/* Unused operands: %!(EXTRA type=value, ...). */
static void print_extra(Printer *p, Scan *s) {
    fmt_clear_flags(p);
    puts_(p, "%!(EXTRA ");
    for (int64_t k = s->argnum; k < s->nargs && !p->aborted; k++) {
        if (k > s->argnum) {
            puts_(p, ", ");
        }
        const Type *t = ARG_T(s->args, k);
        if (!t) {
            puts_(p, "<nil>");
        } else {
            put_type(p, t);
            putc_(p, '=');
            print_arg(p, t, ARG_D(s->args, k), 'v');
        }
    }
    putc_(p, ')');
}

/* Go's doPrintf. */
static void do_printf(Printer *p, const char *format, size_t end, const Slot *args, int64_t n) {
    Scan s = {.format = format, .end = end, .args = args, .nargs = n};
    p->reordered = false;
    while (s.i < end && !p->aborted) {
        p->good_argnum = true;
        size_t lasti = s.i;
        while (s.i < end && format[s.i] != '%') {
            s.i++;
        }
        if (s.i > lasti) {
            put(p, format + lasti, s.i - lasti);
        }
        if (s.i >= end) {
            break;
        }
        s.i++; /* the '%' */
        fmt_clear_flags(p);
        if (scan_flags(p, &s)) {
            continue;
        }
        scan_width(p, &s);
        scan_precision(p, &s);
        if (!s.after_index) {
            arg_number(p, &s);
        }
        if (s.i >= end) {
            puts_(p, "%!(NOVERB)");
            break;
        }
        int32_t verb;
        s.i += (size_t)utf8_decode(format + s.i, end - s.i, &verb);
        if (verb == '%') {
            putc_(p, '%'); /* absorbs no operand, ignores width and precision */
        } else if (!p->good_argnum) {
            bad_arg(p, verb, "(BADINDEX)");
        } else if (s.argnum >= n) {
            bad_arg(p, verb, "(MISSING)");
        } else {
            print_operand(p, &s, verb);
        }
    }
    /* Unused operands are reported, unless indexes made that hard to know. */
    if (!p->reordered && s.argnum < n && !p->aborted) {
        print_extra(p, &s);
    }
}

static void printer_init(Printer *p, G *g, StrBuf *out) {
    memset(p, 0, sizeof *p);
    p->g = g;
    p->buf = out;
}

void fmt_sprint(G *g, StrBuf *out, const Slot *args, int64_t n) {
    Printer p;
    printer_init(&p, g, out);
    bool prev_string = false;
    for (int64_t i = 0; i < n && !p.aborted; i++) {
        const Type *t = ARG_T(args, i);
        bool is_string = t && t->kind == KIND_STRING;
        if (i > 0 && !is_string && !prev_string) {
            putc_(&p, ' ');
        }
        fmt_clear_flags(&p);
        print_arg(&p, t, ARG_D(args, i), 'v');
        prev_string = is_string;
    }
}

void fmt_sprintln(G *g, StrBuf *out, const Slot *args, int64_t n) {
    Printer p;
    printer_init(&p, g, out);
    for (int64_t i = 0; i < n && !p.aborted; i++) {
        if (i > 0) {
            putc_(&p, ' ');
        }
        fmt_clear_flags(&p);
        print_arg(&p, ARG_T(args, i), ARG_D(args, i), 'v');
    }
    putc_(&p, '\n');
}

void fmt_sprintf(G *g, StrBuf *out, const char *format, size_t flen, const Slot *args, int64_t n) {
    Printer p;
    printer_init(&p, g, out);
    do_printf(&p, format, flen, args, n);
}

void fmt_errorf(G *g, StrBuf *out, const char *format, size_t flen, const Slot *args, int64_t n,
                int64_t **wrapped, int64_t *nwrapped) {
    Printer p;
    printer_init(&p, g, out);
    p.wrap_errs = true;
    do_printf(&p, format, flen, args, n);
    /* Ascending order (indexes may have reordered them); insertion sort: lists are tiny. */
    for (int i = 1; i < p.wrapped.len; i++) {
        int64_t x = p.wrapped.data[i];
        int j = i - 1;
        for (; j >= 0 && p.wrapped.data[j] > x; j--) {
            p.wrapped.data[j + 1] = p.wrapped.data[j];
        }
        p.wrapped.data[j + 1] = x;
    }
    *wrapped = p.wrapped.data;
    *nwrapped = p.wrapped.len;
}

void fmt_print_value(G *g, StrBuf *out, const Type *t, const Slot *v) {
    Printer p;
    printer_init(&p, g, out);
    if (t->kind == KIND_INTERFACE) {
        print_arg(&p, v[0].p, v[1], 'v');
    } else {
        print_arg(&p, t, data_word(t, v), 'v');
    }
}
