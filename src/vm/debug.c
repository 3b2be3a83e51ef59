/* debug.c — what the VM says about a goroutine: source lines of instructions, tracebacks
 * (exec_traceback, with Go's layout: "pkg.fn(args)\n\tfile:line +0xoff"), where a go
 * statement runs (exec_where), the report of an unrecovered panic, and the fatal errors the
 * VM itself detects (stack overflow, go of a nil func value), reported when they happen.
 */
#include "state.h"

#include "../../runtime/lib/format.h"

#include <unistd.h>

int32_t func_line(const Func *fn, const Instr *pc) {
    if (!fn->code || !fn->nlines) {
        return fn->line;
    }
    int32_t off = (int32_t)(pc - fn->code);
    int32_t line = fn->lines[0].line;
    for (int32_t i = 0; i < fn->nlines; i++) {
        if (fn->lines[i].pc > off) {
            break;
        }
        line = fn->lines[i].line;
    }
    return line;
}

static const char *abs_path(const char *file) {
    if (!file) {
        return "?";
    }
    if (file[0] == '/' || file[0] == '$' || file[0] == '<') {
        return file;
    }
    static char *cwd;
    if (!cwd) {
        cwd = getcwd(NULL, 0);
    }
    return str_printf("%s/%s", cwd ? cwd : ".", file);
}

void exec_traceback(G *gg, StrBuf *b) {
    VmG *g = vm_g(gg);
    for (int32_t i = g->nframes - 1; i >= 0; i--) {
        Frame *f = &g->frames[i];
        if (f->fn->is_wrapper) {
            continue;
        }
        const Instr *pc = f->pc;
        if (i != g->nframes - 1 || pc > f->fn->code) {
            pc = pc > f->fn->code ? pc - 1 : pc; /* the call, not the return point */
        }
        sb_printf(b, "%s(", f->fn->name ? f->fn->name : "?");
        /* the argument words, as Go prints them */
        int32_t nargs = f->fn->param_slots;
        for (int32_t k = 0; k < nargs && k < 10; k++) {
            sb_printf(b, "%s0x%llx", k ? ", " : "", (unsigned long long)g->stack[f->base + k].u);
        }
        if (nargs > 10) {
            sb_puts(b, ", ...");
        }
        sb_printf(b, ")\n\t%s:%d +0x%x\n", abs_path(f->fn->file), func_line(f->fn, pc),
                  (unsigned)((pc - f->fn->code) * 4));
    }
    const CodeSite *c = &g->g.created;
    if (c->fn) {
        sb_printf(b, "created by %s in goroutine %lld\n\t%s:%d +0x0\n", c->fn,
                  (long long)g->g.parent_id, abs_path(c->file), c->line);
    }
}

CodeSite exec_where(G *gg) {
    VmG *g = vm_g(gg);
    if (g->nframes == 0) {
        return (CodeSite){0};
    }
    const Frame *f = &g->frames[g->nframes - 1];
    const Instr *pc = f->pc > f->fn->code ? f->pc - 1 : f->pc; /* the instruction running */
    return (CodeSite){f->fn->name, f->fn->file, func_line(f->fn, pc)};
}

static void print_panics(VmG *g, Panic *p, StrBuf *b) {
    if (p->link) {
        print_panics(g, p->link, b);
        if (!p->link->goexit) {
            sb_putc(b, '\t');
        }
    }
    if (p->goexit) {
        return;
    }
    sb_puts(b, "panic: ");
    if (!p->type) {
        sb_puts(b, "nil");
    } else {
        fmt_panic_value(&g->g, b, p->type, p->data);
    }
    if (p->recovered) {
        sb_puts(b, " [recovered]");
    }
    sb_putc(b, '\n');
}

void exec_report_panic(G *gg) {
    VmG *g = vm_g(gg);
    if (g->fatal) {
        return;
    }
    rt_flush();
    StrBuf b = {0};
    Panic *p = g->panic;
    g->panic = NULL; /* methods called while printing must not see it */
    print_panics(g, p, &b);
    if (p->nil_deref) {
        sb_puts(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    }
    sb_printf(&b, "\ngoroutine %lld [running]:\n", (long long)g->g.id);
    exec_traceback(&g->g, &b);
    if (!rt_output_hook) { /* the REPL goes on */
        sb_puts(&b, "exit status 2\n");
    }
    rt_write(2, b.data, b.len);
}

void vm_fatal_stack_overflow(VmG *g) {
    rt_flush();
    StrBuf b = {0};
    sb_printf(&b, "runtime: goroutine stack exceeds %lld-byte limit\n",
              (long long)STACK_LIMIT_BYTES);
    sb_puts(&b, "fatal error: stack overflow\n\nruntime stack:\n");
    sb_printf(&b, "\ngoroutine %lld [running]:\n", (long long)g->g.id);
    /* the top of the stack only: it is very deep */
    int32_t n = g->nframes;
    int32_t shown = 0;
    for (int32_t i = n - 1; i >= 0 && shown < 50; i--, shown++) {
        Frame *f = &g->frames[i];
        sb_printf(&b, "%s(...)\n\t%s:%d\n", f->fn->name, abs_path(f->fn->file),
                  func_line(f->fn, f->pc > f->fn->code ? f->pc - 1 : f->pc));
    }
    if (n > 50) {
        sb_printf(&b, "...additional frames elided...\n");
    }
    rt_write(2, b.data, b.len);
    g->fatal = true;
}

/* go of a nil func value: Go reports a fatal error, not a panic. */
void vm_fatal_go_nil(VmG *g) {
    rt_flush();
    StrBuf b = {0};
    sb_puts(&b, "fatal error: go of nil func value\n\n");
    sb_printf(&b, "goroutine %lld [running]:\n", (long long)g->g.id);
    exec_traceback(&g->g, &b);
    if (!rt_output_hook) { /* the REPL goes on */
        sb_puts(&b, "exit status 2\n");
    }
    rt_write(2, b.data, b.len);
    g->fatal = true;
}
