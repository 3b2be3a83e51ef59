/* ast.h — the syntax tree, modelled on Go's go/ast.
 *
 * The parser builds it; the checker annotates it in place (the fields under "checker"); the
 * compiler reads the annotated tree. Every node records the position of its first token, plus
 * the few extra positions Go's error messages point at. Lists are (pointer, count) pairs in GC
 * memory. Names are interned (compare with ==).
 */
#ifndef GOSUB_AST_H
#define GOSUB_AST_H

#include "../common.h"
#include "../lex/lex.h"

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Decl Decl;
typedef struct Field Field;
typedef struct FieldList FieldList;
typedef struct Block Block;
typedef struct Type Type;     /* runtime/type.h */
typedef struct Const Const;   /* src/check/const.h */
typedef struct Obj Obj;       /* src/check/check.h */
typedef struct FuncInfo FuncInfo;

/* ---- expressions (types are expressions too, as in go/ast) ---- */

typedef enum ExprKind {
    E_BAD,
    E_IDENT,     /* name */
    E_BASICLIT,  /* lit: 1, 2.5, 3i, 'x', "s" */
    E_COMPOSITE, /* composite: T{...} (type may be NULL inside another composite) */
    E_FUNCLIT,   /* funclit: func(...) {...} */
    E_PAREN,     /* paren: (x) */
    E_SELECTOR,  /* selector: x.sel */
    E_INDEX,     /* index: x[i], or x[T1, T2] (generic instantiation) */
    E_SLICE,     /* slice: x[lo:hi] / x[lo:hi:max] */
    E_TYPEASSERT,/* typeassert: x.(T); type == NULL for x.(type) in a type switch */
    E_CALL,      /* call: f(args), f(args...) */
    E_STAR,      /* star: *x (dereference or pointer type) */
    E_UNARY,     /* unary: op x (+ - ! ^ & <- ~) */
    E_BINARY,    /* binary: x op y (also `A | B` and `~T` in constraints) */
    E_KEYVALUE,  /* keyvalue: key: value, in composite literals */
    E_ELLIPSIS,  /* ellipsis: ...T in a variadic parameter, or [...] array length (elt NULL) */
    E_ARRAYTYPE, /* arraytype: [len]elt, or []elt when len == NULL */
    E_STRUCTTYPE,
    E_FUNCTYPE,
    E_IFACETYPE,
    E_MAPTYPE,
    E_CHANTYPE,
} ExprKind;

typedef enum ChanDir { CHAN_BOTH = 3, CHAN_SEND = 1, CHAN_RECV = 2 } ChanDir;

/* How the checker classified an expression (go/types' operand modes). */
typedef enum ExprMode {
    MODE_INVALID = 0, /* not checked, or erroneous */
    MODE_NOVALUE,     /* a call with no result */
    MODE_BUILTIN,     /* a built-in function name */
    MODE_TYPE,        /* the expression denotes a type (in ->type) */
    MODE_CONST,       /* a constant (value in ->val) */
    MODE_VAR,         /* an addressable variable */
    MODE_MAPINDEX,    /* m[k]: assignable, comma-ok */
    MODE_VALUE,       /* a computed value */
    MODE_COMMAOK,     /* x.(T), <-ch: may be used in a comma-ok assignment */
    MODE_PKG,         /* a package name (only as the left of a selector) */
} ExprMode;

struct FieldList {
    Pos open, close; /* '(' / '{' / '[' and the matching closer; line 0 when absent */
    Field **list;
    int n;
};

/* A field in a struct, a parameter list, a result list, an interface (method or embedded),
 * or a type-parameter list. */
struct Field {
    Pos pos;
    Expr **names; /* may be NULL/0: an anonymous parameter, an embedded field or interface elem */
    int nnames;
    Expr *type;   /* for an interface method: an E_FUNCTYPE */
    const char *tag; /* struct tag (decoded), or NULL */
    size_t tag_len;
};

typedef struct SelInfo SelInfo; /* checker: what a selector selects (src/check/check.h) */

struct Expr {
    ExprKind kind;
    Pos pos;

    /* checker */
    ExprMode mode;
    Type *type;  /* the expression's type (for MODE_TYPE: the type it denotes) */
    Const *val;  /* MODE_CONST: the exact value */

    union {
        struct {
            const char *name;
            Obj *obj; /* checker: what the name resolves to */
        } ident;
        struct {
            TokKind kind;    /* T_INT, T_FLOAT, T_IMAG, T_CHAR, T_STRING */
            const char *text;/* source text of a number or char; decoded bytes of a string */
            size_t len;      /* T_STRING: byte length of text */
            int32_t rune;    /* T_CHAR */
            const char *src; /* the literal as written, for every kind (strings: quoted) */
            bool bad;        /* malformed (the lexer reported it); its value is meaningless */
        } lit;
        struct {
            Expr *type; /* NULL when elided in an outer composite */
            Expr **elts;
            int n;
            Pos lbrace, rbrace;
            bool implicit_ptr; /* checker: an elided &T{...} inside another literal */
        } composite;
        struct {
            Expr *type; /* E_FUNCTYPE */
            Block *body;
            FuncInfo *info; /* checker */
        } funclit;
        struct {
            Expr *x;
        } paren;
        struct {
            Expr *x;
            Expr *sel; /* E_IDENT */
            SelInfo *info; /* checker */
        } selector;
        struct {
            Expr *x;
            Expr **indices; /* >= 1 */
            int n;
            Pos lbrack, rbrack;
            Obj *inst; /* checker: f[T] names this generic function instance */
        } index;
        struct {
            Expr *x, *lo, *hi, *max; /* lo/hi/max may be NULL */
            bool slice3;
            Pos lbrack, rbrack;
        } slice;
        struct {
            Expr *x;
            Expr *type; /* NULL for x.(type) */
            Pos lparen;
        } typeassert;
        struct {
            Expr *fun;
            Expr **args;
            int n;
            bool has_ellipsis; /* f(a, b...) */
            Pos lparen, rparen, ellipsis;
            int call_kind;   /* checker: see src/check/check.h */
            int builtin;     /* checker: builtin id when calling a builtin */
            void *extra;     /* checker: instantiation / conversion details */
        } call;
        struct {
            Expr *x;
        } star;
        struct {
            TokKind op; /* T_ADD T_SUB T_NOT T_XOR T_AND T_ARROW T_TILDE */
            Expr *x;
        } unary;
        struct {
            TokKind op;
            Pos op_pos;
            Expr *x, *y;
        } binary;
        struct {
            Expr *key, *value;
            Pos colon;
        } kv;
        struct {
            Expr *elt; /* NULL for [...] */
        } ellipsis;
        struct {
            Expr *len; /* NULL for a slice type; an E_ELLIPSIS (elt NULL) for [...]T */
            Expr *elt;
        } arraytype;
        struct {
            FieldList *fields;
        } structtype;
        struct {
            FieldList *tparams; /* NULL unless a generic function's signature */
            FieldList *params;
            FieldList *results; /* NULL when there are none */
        } functype;
        struct {
            FieldList *methods; /* methods (names = 1 name, type = E_FUNCTYPE) and embedded
                                   elements (names = NULL, type = any type expr or union) */
        } ifacetype;
        struct {
            Expr *key, *value;
        } maptype;
        struct {
            ChanDir dir;
            Expr *value;
            Pos arrow; /* position of `<-` when present */
        } chantype;
    };
};

/* ---- statements ---- */

typedef enum StmtKind {
    S_BAD,
    S_DECL,     /* decl: const/type/var inside a function */
    S_EMPTY,
    S_LABELED,  /* labeled: L: stmt */
    S_EXPR,     /* expr */
    S_SEND,     /* send: ch <- v */
    S_INCDEC,   /* incdec: x++ / x-- */
    S_ASSIGN,   /* assign: lhs op rhs (=, :=, +=, ...) */
    S_GO,       /* go_: go call */
    S_DEFER,    /* defer_: defer call */
    S_RETURN,
    S_BRANCH,   /* branch: break/continue/goto/fallthrough [label] */
    S_BLOCK,
    S_IF,
    S_SWITCH,   /* switch_ (expression switch) */
    S_TYPESWITCH,
    S_SELECT,
    S_FOR,
    S_RANGE,
} StmtKind;

struct Block {
    Pos lbrace, rbrace;
    Stmt **stmts;
    int n;
};

/* A case of a switch or type switch (list == NULL/0 for default), or a select case. */
typedef struct CaseClause {
    Pos pos;         /* of `case` / `default` */
    Expr **list;     /* expressions, or types in a type switch */
    int n;
    bool is_default;
    Stmt *comm;      /* select only: the send or receive statement (NULL for default) */
    Pos colon;
    Stmt **body;
    int nbody;
    Obj *implicit;   /* checker: the type switch's per-clause variable */
} CaseClause;

struct Stmt {
    StmtKind kind;
    Pos pos;
    union {
        struct {
            Decl *decl;
        } decl;
        struct {
            Expr *label; /* E_IDENT */
            Stmt *stmt;
        } labeled;
        struct {
            Expr *x;
        } expr;
        struct {
            Expr *ch, *value;
            Pos arrow;
        } send;
        struct {
            Expr *x;
            TokKind tok; /* T_INC / T_DEC */
        } incdec;
        struct {
            Expr **lhs;
            int nlhs;
            TokKind tok; /* T_ASSIGN, T_DEFINE, T_ADD_ASSIGN, ... */
            Pos tok_pos;
            Expr **rhs;
            int nrhs;
            bool *is_new; /* checker, for :=: which lhs names are declared here */
        } assign;
        struct {
            Expr *call; /* E_CALL (the parser reports anything else) */
        } go_, defer_;
        struct {
            Expr **results;
            int n;
        } ret;
        struct {
            TokKind tok; /* T_BREAK T_CONTINUE T_GOTO T_FALLTHROUGH */
            Expr *label; /* may be NULL */
            Stmt *target; /* checker: the statement the branch leaves / continues / jumps to */
        } branch;
        struct {
            Block *block;
        } block;
        struct {
            Stmt *init; /* may be NULL */
            Expr *cond;
            Block *then;
            Stmt *els; /* NULL, an S_IF, or an S_BLOCK */
        } if_;
        struct {
            Stmt *init;
            Expr *tag; /* may be NULL */
            Pos lbrace, rbrace;
            CaseClause **clauses;
            int n;
            const char *label; /* checker: the enclosing label, if any */
        } switch_;
        struct {
            Stmt *init;
            Expr *bind;   /* the name in `switch v := x.(type)`, or NULL */
            Expr *x;      /* the operand x of x.(type) */
            Pos lbrace, rbrace;
            CaseClause **clauses;
            int n;
        } typeswitch;
        struct {
            CaseClause **clauses;
            int n;
            Pos lbrace, rbrace;
        } select;
        struct {
            Stmt *init; /* may be NULL */
            Expr *cond; /* may be NULL */
            Stmt *post; /* may be NULL */
            Block *body;
        } for_;
        struct {
            Expr *key, *value; /* may be NULL */
            Expr *extra;       /* a third iteration variable (an error the checker reports) */
            TokKind tok;       /* T_DEFINE, T_ASSIGN, or T_ILLEGAL when there are no vars */
            Expr *x;
            Block *body;
            Pos range_pos;
            int range_kind; /* checker: what is ranged over (src/check/check.h) */
        } range;
    };
};

/* ---- declarations ---- */

typedef enum DeclKind { D_BAD, D_IMPORT, D_CONST, D_TYPE, D_VAR, D_FUNC } DeclKind;

typedef struct ImportSpec {
    Pos pos;
    Expr *name;        /* E_IDENT or NULL (`.` and `_` are names too) */
    const char *path;  /* decoded */
    Pos path_pos;
    Obj *obj;          /* checker */
} ImportSpec;

typedef struct ValueSpec {
    Pos pos;
    Expr **names; /* E_IDENT */
    int nnames;
    Expr *type;   /* may be NULL */
    Expr **values;
    int nvalues;
    int iota;     /* index of the spec in its const group */
    bool implicit;/* const spec whose type and values repeat the previous spec's */
} ValueSpec;

typedef struct TypeSpec {
    Pos pos;
    Expr *name;        /* E_IDENT */
    FieldList *tparams;/* NULL unless generic */
    bool alias;        /* type A = B */
    Expr *type;
} TypeSpec;

struct Decl {
    DeclKind kind;
    Pos pos;
    union {
        struct {
            ImportSpec **specs;
            int n;
        } import;
        struct {
            ValueSpec **specs; /* D_CONST and D_VAR */
            int n;
        } value;
        struct {
            TypeSpec **specs;
            int n;
        } type;
        struct {
            FieldList *recv; /* NULL for a plain function */
            Expr *name;      /* E_IDENT */
            Expr *type;      /* E_FUNCTYPE (tparams live there) */
            Block *body;     /* NULL for a declaration without body */
            FuncInfo *info;  /* checker */
            Obj *obj;        /* checker */
        } func;
    };
};

typedef struct File {
    const char *name; /* file name as given */
    Pos package_pos;
    Expr *package_name;
    Decl **decls; /* imports first, as Go requires */
    int n;
} File;

/* Node constructors (all fields zeroed, annotations empty). */
Expr *ast_expr(ExprKind kind, Pos pos);
Stmt *ast_stmt(StmtKind kind, Pos pos);
Decl *ast_decl(DeclKind kind, Pos pos);

/* A deep copy with every checker annotation cleared: how a generic function or type is
 * instantiated (its body is checked again with the type arguments in place). */
Expr *ast_clone_expr(const Expr *e);
Decl *ast_clone_decl(const Decl *d);

/* An s-expression dump of a tree, for debugging and the parser's tests. */
void ast_dump_file(const File *f, StrBuf *out);
void ast_dump_expr(const Expr *e, StrBuf *out);
void ast_dump_stmt(const Stmt *s, StrBuf *out);
void ast_dump_decl(const Decl *d, StrBuf *out);

/* An expression as Go source text, the way Go's compiler shows expressions in its messages
 * (cmd/compile/internal/syntax.String): `a + b`, `f(x, y...)`, `[]int{…}`, `func(x int) {…}`
 * (composite literal elements and function bodies elided; literals as the program spells
 * them). The one expression printer: the parser's and the checker's messages use it. */
void ast_format_expr(StrBuf *out, const Expr *e);
const char *ast_expr_string(const Expr *e);

#endif
