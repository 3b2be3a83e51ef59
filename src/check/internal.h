/* internal.h — what the checker's files share among themselves; not for the compiler
 * (check.h is the module's contract, and declares the rest of the chk_ functions).
 *
 * The files follow go/types' seams: check.c (the package, errors, imports), scope.c
 * (scopes, the universe), decl.c (package-level declarations), typexpr.c (type
 * expressions), instantiate.c (generics), initorder.c (variable initialisation order),
 * operand.c (operands, untyped conversion), assign.c (assignability), conversion.c,
 * lookup.c (fields, methods, selectors), literal.c, index.c, call.c, infer.c, expr.c (the
 * rest of expressions), stmt.c, builtins.c, types.c, const.c.
 */
#ifndef GOSUB_CHECK_INTERNAL_H
#define GOSUB_CHECK_INTERNAL_H

#include "check.h"

/* Restores the checker after working in another context (a declaration resolved on demand,
 * an instantiation), keeping what must survive: diagnostics, quietness, queued work. */
void chk_restore_context(Checker *c, const Checker *saved);

/* Is the code being checked a generic instance's body (or a closure in one)? There a
 * type argument stands where the generic had a type parameter, which rules (an impossible
 * type assertion) must not hold against it. */
static inline bool chk_in_instance(const Checker *c) {
    for (const FuncInfo *f = c->func; f; f = f->outer) {
        if (f->is_instance) {
            return true;
        }
    }
    return false;
}

static inline bool chk_is_exported(const char *name) {
    return name[0] >= 'A' && name[0] <= 'Z';
}

/* x.name where x names an imported package (e a selector): marks the import used and
 * returns the package's object, *member being the package's object of that name (or NULL);
 * NULL when x is no package name. */
Obj *chk_package_member(Checker *c, Expr *e, Obj **member);

/* ---- declarations (decl.c) ---- */

/* Declares a top-level declaration's objects in the package scope (resolved later). */
void chk_collect_decl(Checker *c, Decl *d);
/* A constant spec without values repeats the last one with values: its type and values
 * (cloned, to be checked afresh with this spec's iota). */
void chk_repeat_const_spec(ValueSpec *vs, const ValueSpec *last);
/* The header of package-level type declaration o (unresolved): its defined type and type
 * parameters; the rest is resolved once the outermost declaration being resolved is done
 * (check.h: lazy_ref). */
void chk_type_header(Checker *c, Obj *o);
/* One of call's results, of type vt, assigned to a variable of type t (context: "assignment",
 * "return statement"); reports when it is not assignable. */
void chk_assign_result(Checker *c, Expr *call, Type *vt, Type *t, const char *context);
/* A method's receiver type parameter stands for its generic type's type parameter: they are
 * one in the instantiation graph (instantiate.c), an edge each way. */
void chk_mono_receiver(Checker *c, Type *tparam, Type *recv_tparam, Pos pos);
/* Type declaration o's defined type and type parameters (these in o->tscope, a scope of
 * c->scope's), in the context c is in. */
void chk_defined_type(Checker *c, Obj *o);
/* The underlying type of defined type o (o->type made) from its declaration's right-hand
 * side, t_invalid after reporting an invalid recursive type. */
Type *chk_type_decl_rhs(Checker *c, Obj *o);
/* A type definition begins / ends (check.h: type_nesting); the end of the outermost one
 * resolves the deferred declarations and expands the pending instances. */
void chk_enter_type(Checker *c);
void chk_leave_type(Checker *c);
/* A constant declaration's type: a boolean, numeric or string type (else t_invalid,
 * reported). */
Type *chk_const_type(Checker *c, Expr *te);
/* Attaches method m to its receiver's base type (once every type is declared). */
void chk_collect_method(Checker *c, Obj *m);

/* ---- type expressions (typexpr.c) ---- */

/* The type of a value (a variable's, an element's, a field's...): not a constraint interface
 * (types2's varType; checked once the type is complete). */
Type *chk_var_type(Checker *c, Expr *e);
/* The checks chk_var_type left for types then incomplete. */
void chk_check_var_types(Checker *c);
/* A function type's signature (also sets ft's mode and type). */
Type *chk_signature(Checker *c, Expr *ft);
/* Adds the terms of a union element (A | ~B | C) to out. */
void chk_union_terms(Checker *c, Expr *e, TermVec *out);

/* ---- generics (instantiate.c) ---- */

/* Checks type arguments against their constraints; reports at pos (or each argument's
 * position). Deferred (c->later) while a constraint is still being declared. */
bool chk_verify_targs(Checker *c, Obj **tparams, Type **targs, int n, Pos pos, Expr **arg_exprs);

/* Expands the generic instances waiting in c->pending whose generic types and type
 * arguments are complete now. */
void chk_expand_pending(Checker *c);
/* chk_instantiate_type; lazy: behind an indirection, where the instance may wait. */
Type *chk_instance_type(Checker *c, Obj *generic, Type **targs, int n, Pos pos, Expr **args,
                        bool lazy);

/* ---- initialisation order (initorder.c) ---- */

/* Fills the package's var_order (the first variable of each spec, in the order the specs
 * run) and reports initialisation cycles. */
void chk_init_order(Checker *c);

/* ---- operands (operand.c) ---- */

/* e becomes an invalid operand (after an error was reported, or inside one). */
void chk_invalidate(Expr *e);
/* Is constant v representable as a value of basic type t? Sets *out to the (rounded)
 * value and *why to "overflows" / "truncated" when not. */
bool chk_representable(const Const *v, Type *t, Const **out, const char **why);
/* Sets the type of an untyped expression tree to t (after its context fixed it). */
void chk_set_final_type(Expr *e, Type *t);
/* Why an untyped operand does not convert to a type. */
typedef enum {
    CONV_OK,
    CONV_MISMATCH,
    CONV_OVERFLOW,
    CONV_TRUNCATED,
    CONV_NIL,
    CONV_SHIFT
} ConvErr;
/* Reports CONV_SHIFT: untyped non-constant e (a constant shifted by a variable count) has
 * a non-integer type target (or target's default, for an interface). */
void chk_shift_operand_error(Checker *c, Expr *e, Type *target);
/* Converts untyped e to target; returns an error code (nothing reported). */
ConvErr chk_implicit_convert(Checker *c, Expr *e, Type *target);

/* ---- types (types.c) ---- */

/* Does every type in t's type set (a type parameter) satisfy pred? Plain types: pred(t). A
 * type parameter without terms (all types) satisfies none. */
bool chk_all_types(Type *t, bool (*pred)(const Type *));
/* Calls f on the underlying type of every type in t's type set (types2's underIs): a plain
 * type's own, each term's of a type parameter, or NULL once for a type parameter whose set is
 * all types. Stops and returns false when f does. */
bool chk_under_is(Type *t, bool (*f)(Type *u, void *ctx), void *ctx);
/* types2's coreString: the core type, except that a set of only strings and byte slices
 * (~string | ~[]byte) counts as string; NULL when there is none. */
Type *chk_core_string(Type *t);

/* ---- expressions (expr.c, literal.c, index.c, lookup.c, conversion.c) ---- */

/* e must be a single value; an uninstantiated generic function is one only if allow_generic
 * (a call's argument, whose instantiation inference may find). chk_rvalue(c, e) is
 * chk_single_value(c, e, false). */
void chk_single_value(Checker *c, Expr *e, bool allow_generic);
/* Checks an assignment's left-hand side: returns false (reported) if not assignable. */
bool chk_lhs(Checker *c, Expr *e);
/* &x.f, &a[i] (array), x.f.M() with a pointer method, a[:]: the variable at the root of
 * the operand must live in a heap cell. */
void chk_mark_addressed(Expr *e);
/* The larger of two untyped numeric kinds (int < rune < float < complex). */
Type *chk_larger_untyped(Type *a, Type *b);
void chk_basiclit(Checker *c, Expr *e);
void chk_composite(Checker *c, Expr *e, Type *hint);
void chk_funclit(Checker *c, Expr *e);
void chk_selector(Checker *c, Expr *e);
void chk_index_expr(Checker *c, Expr *e);
void chk_slice_expr(Checker *c, Expr *e);
/* What chk_index returns for an index that is not a valid constant. */
enum { INDEX_VARIABLE = -1, INDEX_BAD = -2 };
/* Checks a constant or variable index: returns the constant's value, INDEX_VARIABLE for a
 * valid non-constant index, or INDEX_BAD after reporting an error (types2's index). len is
 * the length to check a constant index against, or -1; allow_len: an index may equal len
 * (a slice bound). */
int64_t chk_index(Checker *c, Expr *idx, int64_t len, bool allow_len);
/* Why t does not implement iface (Go's wording), or NULL with *ok set. */
const char *chk_missing_method(Checker *c, Type *t, Type *iface, bool *ok);
/* Why values of type t cannot be compared with == ("slice can only be compared to nil"). */
const char *chk_incomparable_why(Type *t);
/* T(x): call e converting its argument to t. */
void chk_conversion(Checker *c, Expr *e, Type *t);

/* ---- statements (stmt.c, labels.c, assign.c, return.c) ---- */

/* Enclosing statements a break / continue may refer to. */
typedef struct Target {
    Stmt *stmt;
    const char *label;
    bool loop;
    struct Target *up;
} Target;

typedef struct LabelInfo {
    const char *name;
    Stmt *stmt;
    Pos pos;
    bool used;
    int block; /* id of the block holding the label */
    int index; /* statement index in that block */
} LabelInfo;

typedef struct GotoInfo {
    Stmt *stmt;
    int *blocks; /* the ids of the blocks enclosing the goto, outermost first */
    int nblocks;
    int *indices; /* the statement index in each of those blocks */
} GotoInfo;

typedef struct BlockInfo {
    Stmt **stmts;
    int n;
    Pos start;
} BlockInfo;

/* Where a fallthrough statement stands (types2's fallthroughOk, finalSwitchCase,
 * inTypeSwitch). */
typedef enum CaseCtx {
    CASE_OUT,        /* anywhere else: out of place */
    CASE_FALL_OK,    /* last statement of a non-final expression-switch clause */
    CASE_FINAL,      /* in the final clause of an expression switch */
    CASE_TYPESWITCH, /* in a type switch clause */
} CaseCtx;

/* Per-function state for branches and labels: Checker.fs while a body is checked. */
typedef struct FuncState {
    Target *targets;
    VEC(LabelInfo) labels;
    VEC(GotoInfo) gotos;
    VEC(BlockInfo) blocks;
    VEC(int) path;             /* current block ids */
    VEC(int) path_idx;         /* current statement index in each */
    const char *pending_label; /* label of the statement being checked */
    Stmt *case_stmt;           /* a statement directly in a case clause's body, being checked */
    CaseCtx case_ctx;          /* what a fallthrough as case_stmt would be */
} FuncState;

/* break, continue, goto and fallthrough. */
void chk_branch_stmt(Checker *c, Stmt *s);
/* Collects the labels of a function body (before it is checked: gotos jump forward). */
void chk_collect_labels(Checker *c, Stmt **stmts, int n);
/* After the body: gotos into blocks or over declarations, undefined and unused labels. */
void chk_check_gotos(Checker *c);

/* An assignment statement: =, := or op=. */
void chk_assign_stmt(Checker *c, Stmt *s);
/* x++ and x op= y read x (checked by chk_lhs): gc counts them as uses, and the blank
 * identifier cannot be read. false after reporting that. */
bool chk_read_lhs(Checker *c, Expr *x);
/* Does a statement list end in a terminating statement (empty statements aside)? */
bool chk_list_terminating(Stmt **stmts, int n);

/* ---- built-ins (builtins.c) ---- */

/* Declares the predeclared functions in the universe. */
void chk_declare_builtins(Scope *universe);
/* Is built-in id an expression, whose value must be used (len, append...)? Else it may
 * stand as a statement (copy, panic...). */
bool chk_builtin_is_expr(int id);

/* ---- calls (call.c, infer.c) ---- */

void chk_call(Checker *c, Expr *e);
/* f[T1, T2]: explicit (maybe partial) instantiation of generic function f. */
void chk_instantiation(Checker *c, Expr *e);
/* The generic function e names without (all) its type arguments, or NULL. */
Obj *chk_uninstantiated(Expr *e);
void chk_generic_value_error(Checker *c, Expr *e);
/* The type arguments given explicitly to generic g in e (g[int] of g[K, V]), into bound. */
void chk_partial_targs(Expr *e, Obj *g, Type **bound);
/* The arguments of a call, flattened: f(g()) with g returning several values spreads them. */
typedef struct Args {
    Expr **exprs; /* NULL entries for values of a spread tuple */
    Type **types;
    Obj **generic; /* an argument's generic function, not yet instantiated; or NULL */
    int n;
    bool spread;
    Expr *tuple_call;
} Args;

/* Unification for type inference: binds type parameters of `tps` in `bound` so that p (which
 * mentions them) matches a. */
bool chk_unify(Obj **tps, int ntp, Type **bound, Type *p, Type *a);
/* Infers the type arguments of generic f from a call's arguments (partial: those given
 * explicitly); NULL after reporting. */
Type **chk_infer(Checker *c, Obj *f, Type *gsig, Args *a, Expr *e, Type **partial, int npartial);

#endif
