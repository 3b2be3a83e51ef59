/* internal.h — what the checker's files share among themselves; not for the compiler
 * (check.h is the module's contract, and declares the rest of the chk_ functions).
 *
 * The files follow go/types' seams: check.c (the package, errors, imports), scope.c
 * (scopes, the universe), decl.c (package-level declarations), typexpr.c (type
 * expressions), instantiate.c (generics), initorder.c (variable initialisation order).
 */
#ifndef GOSUB_CHECK_INTERNAL_H
#define GOSUB_CHECK_INTERNAL_H

#include "check.h"

/* Restores the checker after working in another context (a declaration resolved on demand,
 * an instantiation), keeping what must survive: diagnostics, quietness, queued work. */
void chk_restore_context(Checker *c, const Checker *saved);

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
/* Attaches method m to its receiver's base type (once every type is declared). */
void chk_collect_method(Checker *c, Obj *m);

/* ---- type expressions (typexpr.c) ---- */

/* A function type's signature (also sets ft's mode and type). */
Type *chk_signature(Checker *c, Expr *ft);
/* Adds the terms of a union element (A | ~B | C) to out. */
void chk_union_terms(Checker *c, Expr *e, TermVec *out);

/* ---- generics (instantiate.c) ---- */

/* Checks type arguments against their constraints; reports at pos (or each argument's
 * position). Deferred (c->later) while a constraint is still being declared. */
bool chk_verify_targs(Checker *c, Obj **tparams, Type **targs, int n, Pos pos, Expr **arg_exprs);

/* ---- initialisation order (initorder.c) ---- */

/* Fills the package's var_order (the first variable of each spec, in the order the specs
 * run) and reports initialisation cycles. */
void chk_init_order(Checker *c);

#endif
