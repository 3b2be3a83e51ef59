/* check.h — the type checker: names resolved, types computed, constants folded, Go's errors.
 *
 * The checker annotates the AST in place (ast.h: Expr.mode/type/val, Ident.obj, ...) and
 * fills a Package: its objects, the functions to compile (including generic instances), and
 * the order in which package variables are initialised. Errors go to the Diags with Go 1.20+
 * wording at Go's positions; checking continues after an error to report more.
 *
 * Generic code is checked once with its type parameters in place (for errors); each
 * instantiation is a clone of the declaration checked again with the type arguments bound,
 * and compiled like ordinary code.
 *
 * The package scope may keep growing after a package is checked (the REPL adds entries).
 */
#ifndef GOSUB_CHECK_H
#define GOSUB_CHECK_H

#include "../common.h"
#include "../parse/ast.h"
#include "const.h"
#include "types.h"

typedef struct Scope Scope;
typedef struct Package Package;
typedef struct Checker Checker;
typedef struct Obj Obj;
typedef struct ObjVec {
    Obj **data;
    int len, cap;
} ObjVec;

typedef enum ObjKind {
    OBJ_BAD,
    OBJ_VAR,
    OBJ_CONST,
    OBJ_TYPE,
    OBJ_FUNC,
    OBJ_PKG,
    OBJ_BUILTIN,
    OBJ_NIL,
    OBJ_LABEL,
} ObjKind;

typedef enum Builtin {
    BI_NONE,
    BI_APPEND,
    BI_CAP,
    BI_CLEAR,
    BI_CLOSE,
    BI_COMPLEX,
    BI_COPY,
    BI_DELETE,
    BI_IMAG,
    BI_LEN,
    BI_MAKE,
    BI_MAX,
    BI_MIN,
    BI_NEW,
    BI_PANIC,
    BI_PRINT,
    BI_PRINTLN,
    BI_REAL,
    BI_RECOVER,
} Builtin;

struct Obj {
    ObjKind kind;
    const char *name;
    Pos pos;
    Type *type;
    Const *val;         /* OBJ_CONST */
    Package *pkg;       /* the declaring package (NULL for universe objects) */
    Scope *parent;      /* the scope it was declared in */
    Scope *tscope;      /* OBJ_FUNC: the scope of its type parameters (body nests in it) */
    FuncInfo *owner;    /* locals: the function declaring it */

    /* package-level objects: the declaration, resolved lazily */
    Decl *decl;
    ValueSpec *vspec;   /* OBJ_VAR / OBJ_CONST */
    int vindex;         /* its index in vspec->names */
    TypeSpec *tspec;    /* OBJ_TYPE */
    int color;          /* 0 unresolved, 1 resolving, 2 done */
    bool global;

    /* variables */
    bool used;
    bool is_param;
    bool is_result;
    bool escapes;       /* address taken or captured by a closure: lives in a heap cell */
    bool captured;      /* used by a closure (a function other than its owner) */
    bool is_field;
    const char *type_spelling; /* its declared type as written, where Go's messages keep the
                                  program's spelling (byte, rune, interface{}); or NULL */
    int iota;           /* OBJ_CONST: the iota of its spec */

    /* functions */
    FuncInfo *info;     /* OBJ_FUNC with a body */
    Type *recv_base;    /* methods: the receiver's base (defined) type */
    bool ptr_recv;
    Obj **tparams;      /* generic function: its type parameters */
    int ntparams;
    Type **targs;       /* an instance: its type arguments */
    int ntargs;
    Obj *generic;       /* an instance: the generic function */
    bool inst_cycle;    /* a generic (function or type) in an instantiation cycle: reported,
                           it makes no more instances to check */
    bool is_native;     /* a std function without body, bound to a C native */
    bool lazy;          /* a std function whose body waits to be checked (chk_lazy_func) */
    const char *full_name; /* "main.f", "main.(*T).M", "strings.Index" */

    /* imports */
    Package *imported;  /* OBJ_PKG */
    ImportSpec *ispec;

    int builtin;        /* OBJ_BUILTIN */
    bool alias;         /* OBJ_TYPE declared with = (or an alias of a predeclared name) */
    ObjVec deps;    /* package-level vars and funcs its declaration refers to */

    /* the compiler's */
    int reg;            /* register of a local */
    void *cell;         /* a global's heap cell */
    void *compiled;     /* OBJ_FUNC: its Func * */
};

struct Scope {
    Scope *parent;
    Obj **objs; /* open-addressed by name pointer; NULL slots empty */
    int cap, n;
    bool is_func;   /* the outermost scope of a function body */
    FuncInfo *func; /* the function this scope belongs to */
};

Scope *scope_new(Scope *parent);
Obj *scope_lookup_local(const Scope *s, const char *name);
Obj *scope_lookup(const Scope *s, const char *name, Scope **found_in);
/* Inserts obj; returns the previous object of that name in s (not inserted then), or NULL. */
Obj *scope_insert(Scope *s, Obj *obj);
/* Looks a name up from the current scope, noting the use of a dot import it comes from. */
Obj *chk_lookup_name(Checker *c, const char *name);

/* What a function body needs from the checker. */
struct FuncInfo {
    FuncInfo *outer;       /* the enclosing function of a closure */
    Obj *obj;              /* the declared function (NULL for a literal) */
    Expr *lit;             /* E_FUNCLIT, for literals */
    Decl *decl;
    Type *sig;             /* KIND_FUNC */
    Obj *recv;             /* methods */
    Type *recv_type;       /* methods: the receiver's type (T, *T, *List[T]) */
    Obj **params;          /* in order, blank ones included (as unnamed Objs) */
    int nparams;
    Obj **results;         /* named results, or synthesized unnamed ones */
    int nresults;
    bool named_results;
    ObjVec captures;   /* variables of enclosing functions it uses, first use first */
    bool has_defer;
    bool has_recover;
    int nlits;             /* function literals inside, for naming func1, func2, ... */
    const char *name;      /* "main.main.func1" */
    Block *body;
    Package *pkg;
    bool is_instance;      /* compiled as a generic instance */
};

typedef enum SelKind {
    SEL_FIELD,         /* x.f: a field, perhaps through embedded fields */
    SEL_METHOD,        /* x.m: a concrete method (a call, or a method value) */
    SEL_IFACE_METHOD,  /* x.m where x is an interface */
    SEL_METHOD_EXPR,   /* T.m / (*T).m: a function with the receiver as first parameter */
    SEL_PKG,           /* pkg.Name */
} SelKind;

struct SelInfo {
    SelKind kind;
    int *path;       /* field indices from x's type down to the field / the method's receiver */
    int npath;
    Obj *obj;        /* the field (is_field) or method (OBJ_FUNC) or package member */
    bool indirect;   /* the path goes through a pointer */
    Type *recv;      /* SEL_METHOD: the receiver type at the end of the path */
    int method_index;/* SEL_IFACE_METHOD: index in the interface's sorted methods */
};

typedef enum CallKind {
    CALL_NONE,
    CALL_CONVERSION,
    CALL_BUILTIN,
    CALL_FUNC,     /* a declared function (or instance), called directly */
    CALL_METHOD,   /* a concrete method, called directly */
    CALL_IFACE,    /* a method of an interface value */
    CALL_VALUE,    /* a func value */
} CallKind;

typedef enum RangeKind {
    RANGE_NONE,
    RANGE_INT,
    RANGE_SLICE,
    RANGE_ARRAY,
    RANGE_ARRAY_PTR,
    RANGE_STRING,
    RANGE_MAP,
    RANGE_CHAN,
    RANGE_FUNC,
} RangeKind;

/* What the call's `extra` field holds for a conversion or instantiated call. */
typedef struct CallInfo {
    Obj *func;        /* CALL_FUNC: the function (or instance) called */
    Type *variadic_slice; /* f(a, b, c) to a variadic f: the slice type built; NULL otherwise */
    int nfixed;       /* parameters before the variadic one */
} CallInfo;

struct Package {
    const char *path; /* "main", "strings", "unicode/utf8" */
    const char *name; /* "main", "utf8" */
    Scope *scope;
    File **files;
    int nfiles;
    bool checked;
    bool checking;
    ObjVec funcs;     /* every function and method with a body, and every instance */
    ObjVec natives;   /* functions bound to C natives */
    ObjVec globals;   /* package-level variables */
    ObjVec objs;      /* package-level constants, variables and functions, in source order */
    ObjVec var_order; /* initialisation order: the first variable of each spec to run */
    ObjVec inits;     /* func init() declarations, in order */
    VEC(Package *) imports;
    ObjVec dot_imports; /* the OBJ_PKG of each `import . "path"`, whose names are in scope */
    const void *native;   /* NativePkg * */
    Checker *chk;         /* a std package's checker, which checks its lazy functions */
};

/* How a package is found on import: returns the checked package, or NULL (reported). */
typedef Package *(*ImportFn)(void *ctx, const char *path);

/* A type used for a value, to check once it is complete (chk_var_type). */
typedef struct VarTypeCheck {
    Type *type;
    Pos pos;
    const char *file;
} VarTypeCheck;
typedef VEC(VarTypeCheck) VarTypeChecks;

/* Type arguments to check against their constraints once those are known. */
typedef struct TargsCheck {
    Obj **tparams;
    Type **targs;
    int n;
    Pos pos;
    Expr **args;
} TargsCheck;

/* An edge of the instantiation graph (instantiate.c): type parameter `from` is in the type
 * argument for `to` (at pos, in file); grows: the argument is more than `from` itself;
 * receiver: one between a method's receiver type parameter and its type's. */
typedef struct MonoEdge {
    Type *from, *to, *arg;
    bool grows, receiver;
    Pos pos;
    const char *file;
} MonoEdge;
typedef VEC(MonoEdge) MonoEdges;

struct Checker {
    Diags *diags;
    const char *file;      /* the file being checked (for messages) */
    Package *pkg;
    Scope *universe;
    ImportFn import;
    void *import_ctx;
    bool repl;             /* unused variables and imports are not errors */
    struct ChkRepl *repl_entry; /* the REPL entry being checked (check/repl.c), or NULL */
    int quiet;             /* > 0: errors are discarded (checking generic instances) */
    Pos last_err_pos;      /* the last error reported, and its file and message */
    const char *last_err_file, *last_err_msg;

    /* the function being checked */
    FuncInfo *func;
    struct FuncState *fs; /* its body's branch targets, labels and blocks (stmt.c) */
    Scope *scope;
    Obj *decl_obj;         /* the package-level object whose declaration is being checked */
    ObjVec resolving;      /* the package-level objects being resolved, innermost last */
    VEC(TargsCheck) later; /* instantiations met while type parameters' constraints were
                              being declared (types2's check.later) */
    ObjVec instances;  /* instances to check after the current declarations */
    /* Within a type definition (a declaration's right-hand side, a generic instance's
     * expansion), a named type is resolved at once where its values are held (a struct
     * field, an array element, a map key), lazily behind an indirection (a pointer, a slice,
     * a map's values, a channel, a function's signature), as go/types does: there a
     * declaration gets only its header (its defined type and type parameters) and waits in
     * deferred, an instance waits in pending, until the outermost type definition is done.
     * An instance whose generic type or type arguments are not complete waits likewise. */
    int type_nesting;  /* type definitions being checked */
    bool draining;     /* finishing what waits */
    bool lazy_ref;     /* the type expression about to be checked is behind an indirection */
    ObjVec deferred;   /* type declarations with only their header made */
    TypeVec pending;   /* instances whose underlying type waits */
    VarTypeChecks var_types; /* chk_var_type's checks of types not complete yet */
    ObjVec local_types;/* types declared in function bodies (for method tables) */
    MonoEdges mono;    /* the instantiation graph of generic code checked so far */
    int iota;              /* -1 outside constant declarations */
    const char *target_spelling; /* how the target type of an assignment was written */
    Type *iota_type;
    ObjVec deps;       /* dependencies of the declaration being checked */
    ObjVec locals;     /* variables declared in the current top-level function */
};

void check_init(void); /* once: the universe */
Scope *check_universe(void);

/* Checks a package (its files parsed). Returns false when there were errors. */
bool check_package(Checker *c, Package *pkg);

/* Checks an additional file's declarations into an already checked package (REPL). The
 * package's var_order then lists the variables of f only, in the order they are initialised. */
bool check_more(Checker *c, Package *pkg, File *f);

/* ---- the REPL's session (check/repl.c) ----
 * A session is a package main that grows entry by entry, each entry checked alone against
 * the package scope as it is (nothing is checked again). Between chk_repl_begin and
 * chk_repl_end the entry's names live in an overlay above the package scope, so that
 * redeclaring a name is not an error; chk_repl_end then puts them in the package scope (the
 * old objects, which earlier entries' code refers to, stay as they were) or, when the entry
 * had errors, takes back everything it added. */
typedef struct ChkRepl ChkRepl;
ChkRepl *chk_repl_begin(Checker *c, Package *pkg);
/* Top-level declarations (an entry, or a file loaded into the session). */
bool chk_repl_decls(Checker *c, ChkRepl *r, File *f);
/* Statements as the body of a function without parameters called name, in scope outer (a
 * scope above the package's); the variables declared at its top level become package
 * variables. Returns the function, checked. */
FuncInfo *chk_repl_body(Checker *c, ChkRepl *r, Block *body, const char *name, Scope *outer);
void chk_repl_end(Checker *c, ChkRepl *r, bool keep);
/* chk_declare_local's hook: a variable o declared in an entry's body. */
void chk_repl_local(Checker *c, Obj *o);

/* The checker's own, shared among its files (with internal.h). */
void chk_error(Checker *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void chk_soft_error(Checker *c, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
Obj *chk_new_obj(ObjKind kind, const char *name, Pos pos, Type *type);
Type *chk_type(Checker *c, Expr *e);            /* a type expression */
Type *chk_type_or_generic(Checker *c, Expr *e, bool allow_generic);
void chk_expr(Checker *c, Expr *e);             /* value, type or anything; sets mode */
void chk_expr_hint(Checker *c, Expr *e, Type *hint); /* composite literal element types */
void chk_multi_expr(Checker *c, Expr *e);       /* allows tuples (calls with several results) */
void chk_rvalue(Checker *c, Expr *e);           /* must be a single value */
/* The same for a value assigned to a variable of type target (or NULL): a generic function
 * gets its type arguments inferred from target (Go 1.21). */
void chk_rvalue_to(Checker *c, Expr *e, Type *target);
/* Assignability of e to T, converting untyped values; context for messages
 * ("assignment", "argument to f", "return statement", "variable declaration"...).
 * Returns false after reporting. */
bool chk_assign_to(Checker *c, Expr *e, Type *t, const char *context);
void chk_convert_untyped(Checker *c, Expr *e, Type *target);
void chk_default_untyped(Checker *c, Expr *e);  /* untyped -> default type */
bool chk_assignable(Checker *c, Expr *e, Type *t, const char **reason);
bool chk_implements(Checker *c, Type *t, Type *iface, const char **reason);
const char *chk_operand_str(Expr *e);           /* "x (variable of type int)" */
/* The same with the type and value e had before an implicit conversion. */
const char *chk_operand_str_as(Expr *e, Type *type, Const *val);
/* Where types2 reports an error at e: syntax.StartPos of the node, as cmd/compile's parser
 * records positions (mostly e's first token). */
Pos chk_epos(const Expr *e);
/* Go source text of an expression: the parser's printer. (The compiler's name for it.) */
static inline const char *chk_expr_str(const Expr *e) {
    return ast_expr_string(e);
}
/* A var spec: all its variables objs (locals, or a package-level spec whose values do not
 * match its names one to one), or only o (a package-level spec with one value per name). */
void chk_var_spec(Checker *c, ValueSpec *vs, Obj **objs);
void chk_var_spec_one(Checker *c, ValueSpec *vs, Obj *o);
void chk_func_body(Checker *c, FuncInfo *fi);

/* A std package's functions and methods (generic ones and init aside) are lazy: their bodies
 * are checked, and so compiled, only once something refers to them (the compiler, through
 * cmp_func_ref, or a variable's initialiser, for the initialisation order). This checks o's
 * body now, with its package's checker c, and adds o to the package's funcs to be compiled;
 * nothing when o is not lazy. */
void chk_lazy_func(Checker *c, Obj *o);
/* How type expression te is spelled where that differs from the type's own spelling
 * (aliases byte and rune, interface{} rather than any), or NULL. */
const char *chk_type_spelling(Expr *te);
void chk_builtin_call(Checker *c, Expr *call, Obj *builtin);
/* Does e hold a (non-constant) function call or a receive? Then len(e) of an array is not a
 * constant, and a range over e evaluates it even without an iteration value. */
bool chk_has_call_or_recv(const Expr *e);
Obj *chk_declare_local(Checker *c, Expr *ident, Type *t, ObjKind kind);
void chk_record_use(Checker *c, Obj *o);
/* The declaration being checked refers to package-level o (types2's addDeclDep): an edge of
 * the graph that orders variable initialisation. */
void chk_add_dep(Checker *c, Obj *o);
void chk_resolve_obj(Checker *c, Obj *o);       /* a package-level object, lazily */
/* Field or method lookup in t (a type, possibly a pointer). Fills sel; returns the object or
 * NULL (*ambiguous set when several at the same depth). */
Obj *chk_lookup(Checker *c, Type *t, const char *name, SelInfo *sel, bool *ambiguous);
/* The method set needs: all declared methods of a defined type (instantiated if needed). */
Obj **chk_methods_of(Checker *c, Type *named, int *n);
/* The instances made so far of a generic function or type (type instances are OBJ_TYPE). */
ObjVec chk_instances(Obj *generic);
/* args[0..nargs): the type arguments as written (the others inferred), for positions. */
Obj *chk_instantiate_func(Checker *c, Obj *generic, Type **targs, int n, Pos pos, Expr **args,
                          int nargs);
/* args: the type argument expressions (for the positions of errors), or NULL (then pos). */
Type *chk_instantiate_type(Checker *c, Obj *generic, Type **targs, int n, Pos pos, Expr **args);
/* t with the type parameters tps replaced by targs (NULL entries: left alone), generic
 * types' instances instantiated anew. */
Type *chk_subst(Checker *c, Type *t, Obj **tps, Type **targs, int n);
/* The same, with the type parameters tps bound to targs (constraints like ~[]E). */
bool chk_satisfies_with(Checker *c, Type *t, Type *constraint, Obj **tps, Type **targs, int n,
                        const char **reason);
Type *chk_core_type(Type *t);
Scope *chk_push_scope(Checker *c);
void chk_pop_scope(Checker *c);
const char *chk_func_name(Obj *f);

#endif
