/* format_runtime.c — the runtime's own print format (Go's runtime/print.go), byte for byte:
 * the builtins print and println, and the value a panic shows ("panic: ..."). Unlike fmt it
 * never walks values: a float is +d.dddddde±ddd (seven digits, by plain float arithmetic, not
 * correctly rounded: what Go prints), a pointer, channel, map or func its address in hex, a
 * slice [len/cap]0xADDR, an interface (0xTYPE,0xDATA). A panic value's Error or String method
 * is called when it has one (format.h says what else).
 */
#include "printer.h"

#include <math.h>

static void rt_print_uint(StrBuf *out, uint64_t v) {
    sb_printf(out, "%llu", (unsigned long long)v);
}

static void rt_print_hex(StrBuf *out, uint64_t v) {
    sb_printf(out, "0x%llx", (unsigned long long)v);
}

/* Go's runtime printfloat: seven significant digits by plain float arithmetic (not correctly
 * rounded, and that is what Go prints), as +d.dddddde±ddd. */
static void rt_print_float(StrBuf *out, double v) {
    if (v != v) {
        sb_puts(out, "NaN");
        return;
    }
    if (v + v == v && v > 0) {
        sb_puts(out, "+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        sb_puts(out, "-Inf");
        return;
    }
    enum { N = 7 };
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (signbit(v)) {
            buf[0] = '-';
        }
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++) {
            h /= 10;
        }
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)(e / 10 % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    sb_put(out, buf, sizeof buf);
}

void fmt_runtime_print_value(StrBuf *out, const Type *t, const Slot *v) {
    switch (t->kind) {
    case KIND_BOOL: sb_puts(out, v[0].u ? "true" : "false"); break;
    case KIND_INT:
    case KIND_INT8:
    case KIND_INT16:
    case KIND_INT32:
    case KIND_INT64:
        if (v[0].i < 0) {
            sb_putc(out, '-');
        }
        rt_print_uint(out, v[0].i < 0 ? -v[0].u : v[0].u);
        break;
    case KIND_UINT:
    case KIND_UINT8:
    case KIND_UINT16:
    case KIND_UINT32:
    case KIND_UINT64:
    case KIND_UINTPTR: rt_print_uint(out, v[0].u); break;
    case KIND_FLOAT32:
    case KIND_FLOAT64: rt_print_float(out, v[0].f); break;
    case KIND_COMPLEX64:
    case KIND_COMPLEX128:
        sb_putc(out, '(');
        rt_print_float(out, v[0].f);
        rt_print_float(out, v[1].f);
        sb_puts(out, "i)");
        break;
    case KIND_STRING: put_bytes(out, v[0].p, (size_t)v[1].i); break;
    case KIND_POINTER:
    case KIND_CHAN:
    case KIND_MAP:
    case KIND_FUNC:
    case KIND_UNSAFE_POINTER: rt_print_hex(out, v[0].u); break;
    case KIND_SLICE:
        sb_printf(out, "[%lld/%lld]", (long long)v[1].i, (long long)v[2].i);
        rt_print_hex(out, v[0].u);
        break;
    case KIND_INTERFACE:
        sb_putc(out, '(');
        rt_print_hex(out, v[0].u);
        sb_putc(out, ',');
        rt_print_hex(out, v[1].u);
        sb_putc(out, ')');
        break;
    default:
        sb_putc(out, '?');
        sb_puts(out, type_string((Type *)t));
        sb_putc(out, '?');
        break;
    }
}

/* A panic message's text: newlines are followed by a tab, so a stack trace stays parsable. */
static void put_indented(StrBuf *out, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        sb_putc(out, s[i]);
        if (s[i] == '\n') {
            sb_putc(out, '\t');
        }
    }
}

bool fmt_panic_value(G *g, StrBuf *out, const Type *t, Slot data, Slot *failed) {
    if (!t) {
        sb_puts(out, "nil");
        return true;
    }
    const Method *m = fmt_string_method(t, "Error");
    if (!m) {
        m = fmt_string_method(t, "String");
    }
    if (m) {
        Slot res[2] = {{0}, {0}};
        if (rt_call_method(g, t, data, m, NULL, 0, res, 2)) {
            put_indented(out, res[0].p, (size_t)res[1].i);
            return true;
        }
        rt_recover_into(g, failed);
        return false;
    }
    const Slot *v = iface_value_ptr(t, &data);
    if (t->kind >= KIND_BOOL && t->kind <= KIND_STRING) {
        bool custom = !fmt_is_predeclared(t);
        if (custom) {
            sb_puts(out, type_string((Type *)t));
        }
        if (t->kind == KIND_STRING) {
            if (custom) {
                sb_puts(out, "(\"");
            }
            put_indented(out, v[0].p, (size_t)v[1].i);
            if (custom) {
                sb_puts(out, "\")");
            }
        } else if (custom && !type_is_complex(t)) {
            sb_putc(out, '(');
            fmt_runtime_print_value(out, t, v);
            sb_putc(out, ')');
        } else {
            fmt_runtime_print_value(out, t, v);
        }
        return true;
    }
    sb_putc(out, '(');
    sb_puts(out, type_string((Type *)t));
    sb_puts(out, ") ");
    rt_print_hex(out, data.u);
    return true;
}
