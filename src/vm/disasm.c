/* disasm.c — `gosub run --disasm`: a listing of bytecode, generated from opcodes.h. */
#include "opcodes.h"
#include "vm.h"

#include <stdio.h>

const char *const op_names[] = {
#define OP_NAME(name, shape, doc) #name,
    OPCODES(OP_NAME)
#undef OP_NAME
};

const char *const op_docs[] = {
#define OP_DOC(name, shape, doc) doc,
    OPCODES(OP_DOC)
#undef OP_DOC
};

typedef enum { SHAPE_ABC, SHAPE_ABx, SHAPE_AsBx } Shape;

static const Shape op_shapes[] = {
#define OP_SHAPE(name, shape, doc) SHAPE_##shape,
    OPCODES(OP_SHAPE)
#undef OP_SHAPE
};

/* A short note on a constant operand, when it helps the reader. */
static void note_const(StrBuf *out, const Func *fn, int op, uint32_t k) {
    if (k >= (uint32_t)fn->nconsts) {
        return;
    }
    Slot v = fn->consts[k];
    switch (op) {
    case OP_CALL: {
        const Func *callee = v.p;
        sb_printf(out, "\t; %s", callee && callee->name ? callee->name : "?");
        break;
    }
    case OP_CLOSURE: {
        const Func *callee = v.p;
        sb_printf(out, "\t; closure %s", callee && callee->name ? callee->name : "?");
        break;
    }
    case OP_LOADK2:
        if (k + 1 < (uint32_t)fn->nconsts) {
            sb_printf(out, "\t; \"%.*s\"", (int)(fn->consts[k + 1].i > 40 ? 40 : fn->consts[k + 1].i),
                      (const char *)v.p);
        }
        break;
    case OP_LOADK: sb_printf(out, "\t; %lld", (long long)v.i); break;
    case OP_MKIFACE: sb_printf(out, "\t; %s", type_string(v.p)); break;
    default: break;
    }
}

void vm_disasm(Func *fn, StrBuf *out) {
    sb_printf(out, "func %s (%s:%d) params=%d results=%d regs=%d consts=%d\n",
              fn->name ? fn->name : "?", fn->file ? fn->file : "?", fn->line, fn->param_slots,
              fn->result_slots, fn->nregs, fn->nconsts);
    if (fn->native) {
        sb_puts(out, "\t(native)\n");
        return;
    }
    for (int32_t pc = 0; pc < fn->ncode; pc++) {
        Instr in = fn->code[pc];
        if (in.op >= OP_COUNT) {
            sb_printf(out, "%5d\t??? %d\n", pc, in.op);
            continue;
        }
        sb_printf(out, "%5d\t%-5d %-10s", pc, func_line(fn, fn->code + pc), op_names[in.op]);
        switch (op_shapes[in.op]) {
        case SHAPE_ABC: sb_printf(out, "a=%u b=%u c=%u", in.a, in.b, in.c); break;
        case SHAPE_ABx:
            sb_printf(out, "a=%u bx=%u", in.a, in.bx);
            note_const(out, fn, in.op, in.bx);
            break;
        case SHAPE_AsBx:
            sb_printf(out, "a=%u sbx=%d", in.a, in.sbx);
            if (in.op == OP_JMP || in.op == OP_JT || in.op == OP_JF || in.op == OP_LOOP) {
                sb_printf(out, "\t; -> %d", pc + 1 + in.sbx);
            }
            break;
        }
        if (in.op == OP_CALL) {
            /* already noted */
        }
        sb_putc(out, '\n');
        int extra = op_extra_words(in.op);
        if (in.op == OP_CLOSURE && in.bx < (uint32_t)fn->nconsts) {
            const Func *cf = fn->consts[in.bx].p;
            extra = cf ? cf->nup : 0;
        }
        for (int i = 0; i < extra && pc + 1 < fn->ncode; i++) {
            pc++;
            Instr x = fn->code[pc];
            sb_printf(out, "%5d\t      %-10s a=%u b=%u c=%u (bx=%u)\n", pc, "+X", x.a, x.b, x.c, x.bx);
        }
    }
}
