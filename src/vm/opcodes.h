/* opcodes.h — every VM instruction, once: name, operand shape, meaning.
 *
 * The compiler's emitters, the interpreter's dispatch table and the disassembler are all
 * generated from this list. Shapes: ABC (three 16-bit operands), ABx (a + unsigned 32-bit),
 * AsBx (a + signed 32-bit), and "+X" when one extra word follows (its fields are named in the
 * description: X.a, X.b, X.c, X.bx). R[n] is a register of the current frame, K[n] a constant
 * of the current function. Jumps are relative to the next instruction. Integer operations
 * are on 64 bits; narrower integer types are re-extended by SEXT/ZEXT after the operation.
 */
#ifndef GOSUB_OPCODES_H
#define GOSUB_OPCODES_H

#define OPCODES(OP)                                                                                \
    OP(NOP, ABC, "nothing")                                                                        \
    OP(MOVE, ABC, "R[a] = R[b]")                                                                   \
    OP(MOVE2, ABC, "R[a..a+2) = R[b..b+2)")                                                        \
    OP(MOVE3, ABC, "R[a..a+3) = R[b..b+3)")                                                        \
    OP(MOVEN, ABC, "R[a..a+c) = R[b..b+c)")                                                        \
    OP(LOADK, ABx, "R[a] = K[bx]")                                                                 \
    OP(LOADK2, ABx, "R[a..a+2) = K[bx..bx+2)")                                                     \
    OP(LOADI, AsBx, "R[a].i = sbx")                                                                \
    OP(ZERO, ABC, "R[a..a+b) = 0")                                                                 \
    OP(GGET, ABx, "R[a] = *(Slot *)K[bx].p (a package variable's cell)")                           \
    OP(GSET, ABx, "*(Slot *)K[bx].p = R[a]")                                                       \
    /* integers */                                                                                 \
    OP(ADD, ABC, "R[a].i = R[b].i + R[c].i")                                                       \
    OP(SUB, ABC, "R[a].i = R[b].i - R[c].i")                                                       \
    OP(MUL, ABC, "R[a].i = R[b].i * R[c].i")                                                       \
    OP(DIV, ABC, "R[a].i = R[b].i / R[c].i (signed; panics on zero)")                              \
    OP(DIVU, ABC, "R[a].u = R[b].u / R[c].u (panics on zero)")                                     \
    OP(REM, ABC, "R[a].i = R[b].i % R[c].i (signed; panics on zero)")                              \
    OP(REMU, ABC, "R[a].u = R[b].u % R[c].u (panics on zero)")                                     \
    OP(AND, ABC, "R[a] = R[b] & R[c]")                                                             \
    OP(OR, ABC, "R[a] = R[b] | R[c]")                                                              \
    OP(XOR, ABC, "R[a] = R[b] ^ R[c]")                                                             \
    OP(ANDNOT, ABC, "R[a] = R[b] &^ R[c]")                                                         \
    OP(SHL, ABC, "R[a] = R[b] << R[c].u (0 when >= 64)")                                           \
    OP(SHLS, ABC, "R[a] = R[b] << R[c].i (signed count: panics when negative)")                    \
    OP(SHR, ABC, "R[a].i = R[b].i >> R[c].u (arithmetic)")                                         \
    OP(SHRS, ABC, "R[a].i = R[b].i >> R[c].i (signed count)")                                      \
    OP(SHRU, ABC, "R[a].u = R[b].u >> R[c].u (logical)")                                           \
    OP(SHRUS, ABC, "R[a].u = R[b].u >> R[c].i (logical, signed count)")                            \
    OP(NEG, ABC, "R[a].i = -R[b].i")                                                               \
    OP(NOT, ABC, "R[a] = ^R[b]")                                                                   \
    OP(LNOT, ABC, "R[a] = !R[b] (bool)")                                                           \
    OP(ADDI, ABC, "R[a].i = R[b].i + (int16)c")                                                    \
    OP(MULI, ABC, "R[a].i = R[b].i * (int16)c")                                                    \
    OP(SEXT8, ABC, "R[a].i = (int8)R[b].i")                                                        \
    OP(SEXT16, ABC, "R[a].i = (int16)R[b].i")                                                      \
    OP(SEXT32, ABC, "R[a].i = (int32)R[b].i")                                                      \
    OP(ZEXT8, ABC, "R[a].u = (uint8)R[b].u")                                                       \
    OP(ZEXT16, ABC, "R[a].u = (uint16)R[b].u")                                                     \
    OP(ZEXT32, ABC, "R[a].u = (uint32)R[b].u")                                                     \
    OP(EQ, ABC, "R[a] = R[b] == R[c] (one slot, bitwise)")                                         \
    OP(NE, ABC, "R[a] = R[b] != R[c]")                                                             \
    OP(LT, ABC, "R[a] = R[b].i < R[c].i")                                                          \
    OP(LE, ABC, "R[a] = R[b].i <= R[c].i")                                                         \
    OP(LTU, ABC, "R[a] = R[b].u < R[c].u")                                                         \
    OP(LEU, ABC, "R[a] = R[b].u <= R[c].u")                                                        \
    /* floats */                                                                                   \
    OP(FADD, ABC, "R[a].f = R[b].f + R[c].f")                                                      \
    OP(FSUB, ABC, "R[a].f = R[b].f - R[c].f")                                                      \
    OP(FMUL, ABC, "R[a].f = R[b].f * R[c].f")                                                      \
    OP(FDIV, ABC, "R[a].f = R[b].f / R[c].f")                                                      \
    OP(FNEG, ABC, "R[a].f = -R[b].f")                                                              \
    OP(FEQ, ABC, "R[a] = R[b].f == R[c].f")                                                        \
    OP(FNE, ABC, "R[a] = R[b].f != R[c].f")                                                        \
    OP(FLT, ABC, "R[a] = R[b].f < R[c].f")                                                         \
    OP(FLE, ABC, "R[a] = R[b].f <= R[c].f")                                                        \
    OP(F32, ABC, "R[a].f = (float)R[b].f (round to float32)")                                      \
    OP(I2F, ABC, "R[a].f = (double)R[b].i")                                                        \
    OP(U2F, ABC, "R[a].f = (double)R[b].u")                                                        \
    OP(F2I, ABC, "R[a].i = (int64)R[b].f (Go's amd64 result when out of range)")                   \
    OP(F2I32, ABC, "R[a].i = (int32)R[b].f (Go's amd64 result when out of range)")                \
    OP(F2U, ABC, "R[a].u = (uint64)R[b].f (Go's amd64 result when out of range)")                 \
    /* complex numbers: two slots (re, im) */                                                      \
    OP(CADD, ABC, "R[a..a+2) = R[b..] + R[c..] (complex)")                                         \
    OP(CSUB, ABC, "R[a..a+2) = R[b..] - R[c..] (complex)")                                         \
    OP(CMUL, ABC, "R[a..a+2) = R[b..] * R[c..] (complex)")                                         \
    OP(CDIV, ABC, "R[a..a+2) = R[b..] / R[c..] (complex)")                                         \
    OP(CEQ, ABC, "R[a] = R[b..] == R[c..] (complex)")                                              \
    /* jumps */                                                                                    \
    OP(JMP, AsBx, "pc += sbx")                                                                     \
    OP(JT, AsBx, "if R[a] != 0: pc += sbx")                                                        \
    OP(JF, AsBx, "if R[a] == 0: pc += sbx")                                                        \
    OP(JLT, ABC, "if R[a].i < R[b].i: pc += (int16)c")                                             \
    OP(JLE, ABC, "if R[a].i <= R[b].i: pc += (int16)c")                                            \
    OP(JGE, ABC, "if R[a].i >= R[b].i: pc += (int16)c")                                            \
    OP(JGT, ABC, "if R[a].i > R[b].i: pc += (int16)c")                                             \
    OP(JEQ, ABC, "if R[a] == R[b]: pc += (int16)c")                                                \
    OP(JNE, ABC, "if R[a] != R[b]: pc += (int16)c")                                                \
    OP(LOOP, AsBx, "pc += sbx (a back edge: counts towards preemption)")                           \
    /* strings: (ptr, len) */                                                                      \
    OP(CONCAT, ABC, "R[a..a+2) = R[b..b+2) + R[c..c+2)")                                           \
    OP(SEQ, ABC, "R[a] = string R[b..] == string R[c..]")                                          \
    OP(SNE, ABC, "R[a] = string R[b..] != string R[c..]")                                          \
    OP(SLT, ABC, "R[a] = string R[b..] < string R[c..]")                                           \
    OP(SLE, ABC, "R[a] = string R[b..] <= string R[c..]")                                          \
    OP(SINDEX, ABC, "R[a] = byte R[c].i of string R[b..] (bounds checked)")                        \
    OP(SSLICE, ABC, "R[a..a+2) = string R[b..][R[c]:R[c+1]] (bounds checked)")                     \
    OP(STRCONV, ABC, "R[a..] = conversion c of R[b..]: 0 []byte->string, 1 string->[]byte, 2 []rune->string, 3 string->[]rune, 4 rune->string") \
    OP(RUNEAT, ABC, "R[a] = rune, R[a+1] = index after it, decoding string R[b..] at R[c].i")      \
    /* pointers and heap cells */                                                                  \
    OP(NEW, ABx, "R[a] = new zeroed object of type K[bx] (Type *)")                                \
    OP(NEWCELL, ABC, "R[a] = new zeroed cell of b slots (c: pointer-free)")                        \
    OP(LOAD, ABC, "R[a] = ((Slot *)R[b].p)[c] (nil panics)")                                       \
    OP(LOADN, ABC, "+X R[a..a+X.a) = ((Slot *)R[b].p)[c..] (nil panics)")                          \
    OP(STORE, ABC, "((Slot *)R[a].p)[b] = R[c] (nil panics)")                                      \
    OP(STOREN, ABC, "+X ((Slot *)R[a].p)[b..b+X.a) = R[c..] (nil panics)")                         \
    OP(ADDR, ABC, "R[a].p = (Slot *)R[b].p + c (nil panics)")                                      \
    OP(NILCHK, ABC, "panic if R[a].p == NULL")                                                     \
    OP(MEMCOPY, ABC, "+X copy X.bx slots from R[b].p to R[a].p (nil panics); c: 1 = zero them")   \
    /* arrays held in registers */                                                                 \
    OP(AGET, ABC, "+X R[a..a+X.a) = R[b + R[c].i*X.a ..] (bounds X.bx)")                          \
    OP(RIDX, ABC, "+X R[a].i = R[b].i + X.c + R[c].i*X.a: the register of element R[c] (bounds X.b)") \
    OP(RLOAD, ABC, "+X R[a..a+X.a) = R[R[b].i + c ..] (registers chosen at run time, by RIDX)")   \
    OP(RSTORE, ABC, "+X R[R[a].i + b ..] = R[c..c+X.a)")                                           \
    /* slices: (ptr, len, cap) */                                                                  \
    OP(SGET, ABC, "R[a] = slice R[b..][R[c].i] (one slot, bounds checked)")                       \
    OP(SGETN, ABC, "+X R[a..a+X.b) = slice R[b..][R[c].i] (X.b slots per element)")               \
    OP(SSET, ABC, "slice R[a..][R[b].i] = R[c] (one slot)")                                        \
    OP(SSETN, ABC, "+X slice R[a..][R[b].i] = R[c..c+X.b)")                                        \
    OP(SADDR, ABC, "+X R[a].p = &slice R[b..][R[c].i] (X.b slots per element)")                    \
    OP(PGETN, ABC, "+X R[a..a+X.a) = (*[X.bx]T)R[b].p [R[c].i] (array pointer, bounds X.bx)")     \
    OP(PADDR, ABC, "+X R[a].p = &(*[X.bx]T)R[b].p [R[c].i] (X.a elem slots, bounds X.bx)")         \
    OP(SLICE, ABC, "+X R[a..a+3) = slice R[b..][R[c]:R[c+1]:R[c+2]] (X.a slots per elem)")        \
    OP(SLICEP, ABC, "+X R[a..a+3) = array *R[b] [R[c]:R[c+1]:R[c+2]] (X.a elem slots, X.bx len)") \
    OP(SLICEPTR, ABC, "+X R[a].p = slice R[b..]'s pointer, as *[X.bx]T; panics if shorter (c: 1 = to an array)") \
    OP(MAKESLICE, ABC, "+X R[a..a+3) = make([]T, R[b].i, R[c].i), T = K[X.bx] (elem type)")        \
    OP(NEWSLICE, ABC, "+X R[a..a+3) = []T{R[b..]} with c elements, T = K[X.bx] (elem type)")       \
    OP(APPEND, ABC, "+X R[a..a+3) = append(R[a..a+3), c elements at R[b..]), T = K[X.bx]")        \
    OP(APPENDS, ABC, "+X R[a..a+3) = append(R[a..a+3), slice R[b..]...) (c: 1 = string src)")     \
    OP(COPY, ABC, "+X R[a] = copy(slice R[b..], R[X.a..]) (c: 1 = string src; X.b elem slots; X.c: 1 = elems hold pointers)") \
    OP(CLEAR, ABC, "+X clear(R[a..]): c 0 = slice (X.b elem slots), 1 = map")                      \
    /* maps */                                                                                     \
    OP(MAKEMAP, ABC, "+X R[a] = make(map, hint R[b].i), map type K[X.bx]")                         \
    OP(MAPGET, ABC, "+X R[a..] = map R[b][key R[c..]] or zero; X.a != 0: R[a+vs] = found")         \
    OP(MAPSET, ABC, "+X map R[a][key R[b..]] = R[c..]")                                            \
    OP(MAPDEL, ABC, "+X delete(map R[a], key R[b..])")                                             \
    OP(MAPLEN, ABC, "R[a] = len(map R[b])")                                                        \
    OP(MAPITER, ABC, "R[a] = an iterator over map R[b]")                                           \
    OP(MAPNEXT, ABC, "+X next of iterator R[a]: key to R[b..], value to R[c..] (X.a: 1 key, 2 value); else pc += X.sbx") \
    /* interfaces: (type, data) */                                                                 \
    OP(MKIFACE, ABx, "+X R[a..a+2) = interface of type K[bx] holding R[X.a..]")                    \
    OP(ASSERT, ABC, "+X R[a..] = R[b..] as concrete K[X.bx]; c: 1 = comma-ok (R[a+n] = ok), else panics (c: 2 = R[a] = its box; x's interface type: K[X.a-1], 0: any)") \
    OP(ASSERTI, ABC, "+X R[a..a+2) = R[b..] as interface K[X.bx]; c: 1 = comma-ok")                \
    OP(TYPEIS, ABC, "+X R[a] = R[b..] holds exactly K[X.bx]; c: 1 = is the nil interface")             \
    OP(IMPLS, ABC, "+X R[a] = R[b..] holds a type implementing interface K[X.bx]")                 \
    OP(IEQ, ABC, "R[a] = interface R[b..] == interface R[c..] (panics on uncomparable)")          \
    OP(VEQ, ABC, "+X R[a] = R[b..] == R[c..] for type K[X.bx] (structs, arrays)")                  \
    /* calls */                                                                                    \
    OP(CALL, ABx, "call Func K[bx] with its frame at R[a]")                                        \
    OP(CALLC, ABC, "call the func value R[b] (nil panics) with its frame at R[a]")                 \
    OP(CALLI, ABC, "+X call method K[c] (name) of interface R[b..] with its frame at R[a]; X: its inline cache (interp.c), zero when emitted") \
    OP(RET, ABC, "return R[a..a+b) as the results")                                                \
    OP(CLOSURE, ABx, "R[a] = closure of Func K[bx]; its captures follow as extra words (X.a each)") \
    OP(GETUP, ABC, "R[a] = the closure's capture b")                                               \
    OP(DEFER, ABC, "defer the func value R[a] with argument slots R[b..b+c)")                      \
    OP(RUNDEFERS, ABC, "run the frame's next deferred call, coming back here; none left: go on")   \
    OP(RECOVER, ABC, "R[a..a+2) = recover(); b: 1 = as the frame below (defer recover())")        \
    OP(PANIC, ABC, "panic with the interface R[a..a+2)")                                           \
    OP(PRINT, ABC, "+X print R[a..] of type K[X.bx]; b: 1 = space before, c: 1 = newline after")   \
    /* goroutines and channels */                                                                  \
    OP(GO, ABC, "start a goroutine running the func value R[b] with argument slots R[a..a+c)")     \
    OP(MAKECHAN, ABC, "+X R[a] = make(chan T, R[b].i), T = K[X.bx] (elem type)")                   \
    OP(SEND, ABC, "send R[b..] on channel R[a] (may park)")                                        \
    OP(RECV, ABC, "R[a..] = <-R[b] (may park); c: 1 = comma-ok, R[a+n] = ok")                      \
    OP(CLOSE, ABC, "close(R[a])")                                                                  \
    OP(CHANLEN, ABC, "R[a] = len(chan R[b]); c: 1 = cap")                                          \
    OP(SELECT, ABx, "R[a] = the case chosen by the select described by K[bx] (-1: default)")

typedef enum Opcode {
#define OP_ENUM(name, shape, doc) OP_##name,
    OPCODES(OP_ENUM)
#undef OP_ENUM
        OP_COUNT
} Opcode;

/* Instructions followed by one extra word. */
static inline int op_extra_words(int op) {
    switch (op) {
    case OP_LOADN:
    case OP_STOREN:
    case OP_AGET:
    case OP_RIDX:
    case OP_RLOAD:
    case OP_RSTORE:
    case OP_SGETN:
    case OP_SSETN:
    case OP_SADDR:
    case OP_PGETN:
    case OP_PADDR:
    case OP_SLICE:
    case OP_SLICEP:
    case OP_SLICEPTR:
    case OP_MEMCOPY:
    case OP_MAKESLICE:
    case OP_NEWSLICE:
    case OP_APPEND:
    case OP_APPENDS:
    case OP_COPY:
    case OP_CLEAR:
    case OP_MAKEMAP:
    case OP_MAPGET:
    case OP_MAPSET:
    case OP_MAPDEL:
    case OP_MAPNEXT:
    case OP_MKIFACE:
    case OP_ASSERT:
    case OP_ASSERTI:
    case OP_TYPEIS:
    case OP_IMPLS:
    case OP_VEQ:
    case OP_CALLI:
    case OP_PRINT:
    case OP_MAKECHAN: return 1;
    default: return 0;
    }
}

extern const char *const op_names[];
extern const char *const op_docs[];

#endif
