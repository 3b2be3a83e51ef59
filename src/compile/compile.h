/* compile.h — typed AST to register bytecode.
 *
 * Every function (declared, literal, generic instance, method wrapper) becomes a Func. A
 * package compiles to its functions plus an init Func that initialises the package variables
 * in the checker's order and then calls the init() functions.
 *
 * The compiler also fills the method tables of the types that are converted to interfaces
 * (Type.methods), making wrappers for promoted methods, and may ask the checker for generic
 * instances it needs; those are checked and compiled before cmp_package returns, as are the
 * lazy std functions (chk_lazy_func) that the compiled code refers to.
 */
#ifndef GOSUB_COMPILE_H
#define GOSUB_COMPILE_H

#include "../check/check.h"
#include "../vm/vm.h"

/* Compiles a checked package; returns its init Func. Errors the checker could not see
 * (unsupported constructs) are reported to chk->diags. */
Func *cmp_package(Checker *chk, Package *pkg);

/* The Func of a declared function or method (compiled by cmp_package). */
Func *cmp_func_of(Obj *fn);

/* Types the VM needs, found in their package: for its own panics in package runtime, for
 * rt_new_error in package errors. */
void cmp_set_runtime_types(Package *runtime_pkg, Checker *chk);

#endif
