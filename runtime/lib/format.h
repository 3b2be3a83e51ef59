/* format.h — Go's fmt formatting engine, byte for byte, and the runtime's own print format.
 * The engine: format.c (the printer), format_field.c (one field under flags), format_float.c
 * (strconv.FormatFloat), format_runtime.c (print/println and panic values); printer.h is
 * their shared inside.
 *
 * Operands arrive as interface values: two slots each (Type *dyn, data word), exactly as the
 * backing array of a Go `...any` parameter holds them; args[2*i], args[2*i+1] is operand i.
 * Output is appended to a StrBuf (GC memory). Formatting may call Go methods (Error, String,
 * GoString) through rt_call_method, so these functions run on a goroutine g. When a method
 * panics, the panic is taken and printed the way Go prints it ("%!v(PANIC=String method:
 * boom)"); if printing that panic value panics again, the new panic is left in flight
 * (rt_panicking(g)) and the output is incomplete: the caller must return at once.
 *
 * Everything here is reentrant: a String method may itself call fmt.
 */
#ifndef GOSUB_FORMAT_H
#define GOSUB_FORMAT_H

#include "../../src/common.h"
#include "../native.h"

/* fmt.Sprint: operands in %v, a space between two operands when neither is a string. */
void fmt_sprint(G *g, StrBuf *out, const Slot *args, int64_t n);
/* fmt.Sprintln: operands in %v, always separated by spaces, then a newline. */
void fmt_sprintln(G *g, StrBuf *out, const Slot *args, int64_t n);
/* fmt.Sprintf. */
void fmt_sprintf(G *g, StrBuf *out, const char *format, size_t flen, const Slot *args, int64_t n);
/* fmt.Errorf's formatting: %w is accepted (as %v) for error operands. *wrapped receives the
 * operand index of every %w verb seen, sorted ascending (duplicates kept: Go decides between
 * one wrapped error and a list by this count, then drops duplicates), *nwrapped how many. */
void fmt_errorf(G *g, StrBuf *out, const char *format, size_t flen, const Slot *args, int64_t n,
                int64_t **wrapped, int64_t *nwrapped);

/* Registers fmt.go's formatHook (a func value), through which values with a Format method
 * (fmt.Formatter) are printed. Until it is set, no Format method is called. */
void fmt_set_format_hook(Slot hook);
/* The methods of fmt.go's *state, the State a Format method gets, and FormatString. */
void lib_fmt_state_write(G *g, Slot *a);
void lib_fmt_state_write_string(G *g, Slot *a);
void lib_fmt_state_width(G *g, Slot *a);
void lib_fmt_state_precision(G *g, Slot *a);
void lib_fmt_state_flag(G *g, Slot *a);
void lib_fmt_format_string(G *g, Slot *a);

/* Where a scan reads: the reader (an io.Reader interface value) when reader_t, its dynamic
 * type, is set; else standard input when from_stdin; else the string str. */
typedef struct FmtScanSource {
    const Type *reader_t;
    Slot reader;
    GoString str;
    bool from_stdin;
} FmtScanSource;

typedef enum FmtScanMode {
    FMT_SCAN,   /* Scan: newlines count as space */
    FMT_SCANLN, /* Scanln: a newline ends the input, and must follow the last operand */
    FMT_SCANF,  /* Scanf: the format says where spaces and newlines go */
} FmtScanMode;

/* The descriptor of (t, data) if it is an open *os.File, else -1 (fmt.c). */
int fmt_os_file_fd(const Type *t, Slot data);

/* fmt's Scan family (format_scan.c): scans src into the operands (pointers, or Scanners),
 * laid out as for printing; the format is used by FMT_SCANF only. Results (n int, err error)
 * into res[0..3). A method the scan called may have panicked: the caller checks
 * rt_panicking. */
void fmt_scan(G *g, const FmtScanSource *src, FmtScanMode mode, GoString format, const Slot *args,
              int64_t n, Slot *res);
/* Registers fmt.go's scanHook, through which values with a Scan method (fmt.Scanner) are
 * scanned, and errors.New, with which the scans make their errors. Runs on g. */
void fmt_set_scan_hooks(G *g, Slot scan_hook, Slot errors_new);
/* The methods of fmt.go's *ss, the ScanState a Scan method gets. */
void lib_fmt_ss_read_rune(G *g, Slot *a);
void lib_fmt_ss_unread_rune(G *g, Slot *a);
void lib_fmt_ss_skip_space(G *g, Slot *a);
void lib_fmt_ss_token(G *g, Slot *a);
void lib_fmt_ss_width(G *g, Slot *a);
/* io's registerEOF(eof, unexpected error): io.EOF and io.ErrUnexpectedEOF, which fmt's
 * scans then return. */
void lib_io_register_eof(G *g, Slot *a);

/* %v of one value of type t whose slots are at v (t may be an interface type: its dynamic
 * value is printed). For the REPL's echo of expression values. */
void fmt_print_value(G *g, StrBuf *out, const Type *t, const Slot *v);

/* strconv.FormatFloat: fmt is one of 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X'; prec -1 asks for the
 * fewest digits that read back as the same value; bitsize 32 formats v as a float32. */
void fmt_format_float(StrBuf *out, double v, char fmt, int prec, int bitsize);

/* The builtin print/println format of one value of static type t (Go's runtime/print.go):
 * floats as +1.500000e+000, pointers/chans/maps/funcs as 0x..., slices as [len/cap]0x...,
 * interfaces as (0xTYPE,0xDATA). */
void fmt_runtime_print_value(StrBuf *out, const Type *t, const Slot *v);
/* A panic value as "panic: ..." shows it: Error() or String() when the value has one, else
 * the runtime print format, a named basic type as main.T(5) / main.S("x"), any other type as
 * (main.T) 0xADDR; nil is "nil". Newlines are followed by a tab (Go 1.23's printindented).
 * false when Error or String panicked: that panic's value is in failed[0..2). */
bool fmt_panic_value(G *g, StrBuf *out, const Type *t, Slot data, Slot *failed);

#endif
