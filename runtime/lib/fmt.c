/* fmt.c — the natives of package fmt: the Print, Sprint and Fprint families, Errorf's
 * formatting, the Scan, Sscan and Fscan families, and setHooks, by which fmt.go gives the
 * engine its Format and Scan method callers and errors.New. The formatting itself is
 * format.c's, the scanning format_scan.c's; the rest of the package (Stringer, Formatter,
 * Scanner, the wrapped-error types, Errorf's choice of error type, Append*) is Go, in
 * runtime/std/fmt.go.
 *
 * A variadic ...any arrives as a slice (ptr, len, cap) whose elements are two-slot interface
 * values, which is exactly the operand array format.c takes. Output to stdout and stderr goes
 * through rt_write (as the os package writes them too, so the two interleave correctly);
 * another io.Writer gets the bytes through its Write method, as a []byte of one slot a byte.
 * When formatting panics (a method's panic that could not be contained), the native returns
 * at once and the VM unwinds.
 */
#include "format.h"

#include <string.h>

int fmt_os_file_fd(const Type *t, Slot data) {
    const Type *elem = t->kind == KIND_POINTER ? t->elem : NULL;
    const Slot *file = data.p;
    if (elem && elem->name && elem->pkg && strcmp(elem->name, "File") == 0 &&
        strcmp(elem->pkg, "os") == 0 && file && file[0].i >= 0) {
        return (int)file[0].i; /* os.go's File keeps its descriptor in its first slot */
    }
    return -1;
}

/* Writes buf to the writer w (an interface value: w[0] type, w[1] data), leaving Write's
 * results (n int, err error: three slots) in res. Returns false if a panic is in flight. */
static bool write_to(G *g, const Slot *w, const StrBuf *buf, Slot *res) {
    const Type *t = w[0].p;
    Slot data = w[1];
    if (!t) {
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
        return false;
    }
    int fd = fmt_os_file_fd(t, data);
    if (fd == 1 || fd == 2) {
        /* os.Stdout and os.Stderr: straight into the runtime's buffered output, as the os
         * package itself writes them. Other files, closed or nil ones go through File.Write,
         * which reports their errors. */
        if (buf->len > 0) {
            rt_write(fd, buf->data, buf->len);
        }
        res[0].i = (int64_t)buf->len;
        rt_nil_iface(&res[1]);
        return true;
    }
    const Method *m = type_method(t, "Write");
    if (!m) {
        rt_panic_plain(g, "fmt: %s has no Write method", type_string((Type *)t));
        return false;
    }
    GoSlice b = rt_make_slice((int64_t)buf->len, (int64_t)buf->len, 1, true);
    for (size_t i = 0; i < buf->len; i++) {
        b.ptr[i].u = (unsigned char)buf->data[i];
    }
    Slot args[3];
    rt_set_slice(args, b);
    return rt_call_method(g, t, data, m, args, 3, res, 3);
}

/* Print, Println, Printf: (n int, err error) = written to stdout. */
static void finish_stdout(Slot *a, const StrBuf *buf) {
    if (buf->len > 0) {
        rt_write(1, buf->data, buf->len);
    }
    a[0].i = (int64_t)buf->len;
    rt_nil_iface(&a[1]);
}

static void lib_fmt_print(G *g, Slot *a) {
    GoSlice args = rt_slice(a);
    StrBuf buf = {0};
    fmt_sprint(g, &buf, args.ptr, args.len);
    if (!rt_panicking(g)) {
        finish_stdout(a, &buf);
    }
}

static void lib_fmt_println(G *g, Slot *a) {
    GoSlice args = rt_slice(a);
    StrBuf buf = {0};
    fmt_sprintln(g, &buf, args.ptr, args.len);
    if (!rt_panicking(g)) {
        finish_stdout(a, &buf);
    }
}

static void lib_fmt_printf(G *g, Slot *a) {
    GoString format = rt_str(a);
    GoSlice args = rt_slice(a + 2);
    StrBuf buf = {0};
    fmt_sprintf(g, &buf, format.ptr, (size_t)format.len, args.ptr, args.len);
    if (!rt_panicking(g)) {
        finish_stdout(a, &buf);
    }
}

/* Sprint, Sprintln, Sprintf: the string. */
static void set_result_string(Slot *a, const StrBuf *buf) {
    rt_set_str(a, (GoString){buf->len ? buf->data : NULL, (int64_t)buf->len});
}

static void lib_fmt_sprint(G *g, Slot *a) {
    GoSlice args = rt_slice(a);
    StrBuf buf = {0};
    fmt_sprint(g, &buf, args.ptr, args.len);
    if (!rt_panicking(g)) {
        set_result_string(a, &buf);
    }
}

static void lib_fmt_sprintln(G *g, Slot *a) {
    GoSlice args = rt_slice(a);
    StrBuf buf = {0};
    fmt_sprintln(g, &buf, args.ptr, args.len);
    if (!rt_panicking(g)) {
        set_result_string(a, &buf);
    }
}

static void lib_fmt_sprintf(G *g, Slot *a) {
    GoString format = rt_str(a);
    GoSlice args = rt_slice(a + 2);
    StrBuf buf = {0};
    fmt_sprintf(g, &buf, format.ptr, (size_t)format.len, args.ptr, args.len);
    if (!rt_panicking(g)) {
        set_result_string(a, &buf);
    }
}

/* Fprint, Fprintln, Fprintf: w first (two slots), then as above; Write's results. */
static void finish_writer(G *g, Slot *a, const StrBuf *buf) {
    Slot w[2] = {a[0], a[1]};
    Slot res[3];
    if (write_to(g, w, buf, res)) {
        memcpy(a, res, sizeof res);
    }
}

static void lib_fmt_fprint(G *g, Slot *a) {
    GoSlice args = rt_slice(a + 2);
    StrBuf buf = {0};
    fmt_sprint(g, &buf, args.ptr, args.len);
    if (!rt_panicking(g)) {
        finish_writer(g, a, &buf);
    }
}

static void lib_fmt_fprintln(G *g, Slot *a) {
    GoSlice args = rt_slice(a + 2);
    StrBuf buf = {0};
    fmt_sprintln(g, &buf, args.ptr, args.len);
    if (!rt_panicking(g)) {
        finish_writer(g, a, &buf);
    }
}

static void lib_fmt_fprintf(G *g, Slot *a) {
    GoString format = rt_str(a + 2);
    GoSlice args = rt_slice(a + 4);
    StrBuf buf = {0};
    fmt_sprintf(g, &buf, format.ptr, (size_t)format.len, args.ptr, args.len);
    if (!rt_panicking(g)) {
        finish_writer(g, a, &buf);
    }
}

/* errorf(format, a) (msg string, wrapped []int): the message and the operand indexes of its
 * %w verbs, ascending, duplicates kept (fmt.go's Errorf builds the error from them). */
static void lib_fmt_errorf(G *g, Slot *a) {
    GoString format = rt_str(a);
    GoSlice args = rt_slice(a + 2);
    StrBuf buf = {0};
    int64_t *wrapped, nwrapped;
    fmt_errorf(g, &buf, format.ptr, (size_t)format.len, args.ptr, args.len, &wrapped, &nwrapped);
    if (rt_panicking(g)) {
        return;
    }
    GoSlice w = {NULL, 0, 0};
    if (nwrapped > 0) {
        w = rt_make_slice(nwrapped, nwrapped, 1, true);
        for (int64_t i = 0; i < nwrapped; i++) {
            w.ptr[i].i = wrapped[i];
        }
    }
    set_result_string(a, &buf);
    rt_set_slice(a + 2, w);
}

/* setHooks(format func(Formatter, rune, *formatC), scan func(Scanner, rune, *scanC) error,
 * newError func(string) error) */
static void lib_fmt_set_hooks(G *g, Slot *a) {
    fmt_set_format_hook(a[0]);
    fmt_set_scan_hooks(g, a[1], a[2]);
}

/* The Scan family: the source's slots, then Scanf's format, then the operands from a[first]
 * on. Results (n int, err error). */
static void scan_into(G *g, Slot *a, const FmtScanSource *src, int first, FmtScanMode mode) {
    GoString format = {NULL, 0};
    if (mode == FMT_SCANF) {
        format = rt_str(a + first);
        first += 2;
    }
    GoSlice operands = rt_slice(a + first);
    fmt_scan(g, src, mode, format, operands.ptr, operands.len, a);
}

static void scan_string(G *g, Slot *a, FmtScanMode mode) {
    FmtScanSource src = {.str = rt_str(a)};
    scan_into(g, a, &src, 2, mode);
}

static void scan_reader(G *g, Slot *a, FmtScanMode mode) {
    FmtScanSource src = {.reader_t = a[0].p, .reader = a[1]};
    if (!src.reader_t) {
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
        return;
    }
    scan_into(g, a, &src, 2, mode);
}

static void scan_stdin(G *g, Slot *a, FmtScanMode mode) {
    FmtScanSource src = {.from_stdin = true};
    scan_into(g, a, &src, 0, mode);
}

#define SCAN_NATIVE(name, from, mode)                                                              \
    static void name(G *g, Slot *a) {                                                              \
        from(g, a, mode);                                                                          \
    }
SCAN_NATIVE(lib_fmt_sscan, scan_string, FMT_SCAN)
SCAN_NATIVE(lib_fmt_sscanln, scan_string, FMT_SCANLN)
SCAN_NATIVE(lib_fmt_sscanf, scan_string, FMT_SCANF)
SCAN_NATIVE(lib_fmt_fscan, scan_reader, FMT_SCAN)
SCAN_NATIVE(lib_fmt_fscanln, scan_reader, FMT_SCANLN)
SCAN_NATIVE(lib_fmt_fscanf, scan_reader, FMT_SCANF)
SCAN_NATIVE(lib_fmt_scan, scan_stdin, FMT_SCAN)
SCAN_NATIVE(lib_fmt_scanln, scan_stdin, FMT_SCANLN)
SCAN_NATIVE(lib_fmt_scanf, scan_stdin, FMT_SCANF)
#undef SCAN_NATIVE

const NativeFunc lib_fmt_funcs[] = {
    {"Print(a ...any) (n int, err error)", lib_fmt_print},
    {"Println(a ...any) (n int, err error)", lib_fmt_println},
    {"Printf(format string, a ...any) (n int, err error)", lib_fmt_printf},
    {"Sprint(a ...any) string", lib_fmt_sprint},
    {"Sprintln(a ...any) string", lib_fmt_sprintln},
    {"Sprintf(format string, a ...any) string", lib_fmt_sprintf},
    {"Fprint(w writer, a ...any) (n int, err error)", lib_fmt_fprint},
    {"Fprintln(w writer, a ...any) (n int, err error)", lib_fmt_fprintln},
    {"Fprintf(w writer, format string, a ...any) (n int, err error)", lib_fmt_fprintf},
    {"errorf(format string, a []any) (string, []int)", lib_fmt_errorf},
    {"Sscan(str string, a ...any) (n int, err error)", lib_fmt_sscan},
    {"Sscanln(str string, a ...any) (n int, err error)", lib_fmt_sscanln},
    {"Sscanf(str string, format string, a ...any) (n int, err error)", lib_fmt_sscanf},
    {"Fscan(r reader, a ...any) (n int, err error)", lib_fmt_fscan},
    {"Fscanln(r reader, a ...any) (n int, err error)", lib_fmt_fscanln},
    {"Fscanf(r reader, format string, a ...any) (n int, err error)", lib_fmt_fscanf},
    {"Scan(a ...any) (n int, err error)", lib_fmt_scan},
    {"Scanln(a ...any) (n int, err error)", lib_fmt_scanln},
    {"Scanf(format string, a ...any) (n int, err error)", lib_fmt_scanf},
    {"(s *ss) ReadRune() (r rune, size int, err error)", lib_fmt_ss_read_rune},
    {"(s *ss) UnreadRune() error", lib_fmt_ss_unread_rune},
    {"(s *ss) SkipSpace()", lib_fmt_ss_skip_space},
    {"(s *ss) Token(skipSpace bool, f func(rune) bool) (token []byte, err error)",
     lib_fmt_ss_token},
    {"(s *ss) Width() (wid int, ok bool)", lib_fmt_ss_width},
    {"(s *state) Write(b []byte) (n int, err error)", lib_fmt_state_write},
    {"(s *state) WriteString(str string) (n int, err error)", lib_fmt_state_write_string},
    {"(s *state) Width() (wid int, ok bool)", lib_fmt_state_width},
    {"(s *state) Precision() (prec int, ok bool)", lib_fmt_state_precision},
    {"(s *state) Flag(c int) bool", lib_fmt_state_flag},
    {"FormatString(state State, verb rune) string", lib_fmt_format_string},
    {"setHooks(format func(Formatter, rune, *formatC), scan func(Scanner, rune, *scanC) error, "
     "newError func(string) error)",
     lib_fmt_set_hooks},
    {NULL, NULL},
};
