/* types.h — making and comparing types, for the checker and the compiler.
 *
 * Unnamed types are canonical (hash-consed): type_slice(t_int) returns the same Type * every
 * time, so type identity is pointer identity. Defined (named) types are made once per
 * declaration (or per generic instantiation) and completed with type_set_underlying, which
 * copies the underlying type's structure into the named type (runtime/type.h).
 */
#ifndef GOSUB_TYPES_H
#define GOSUB_TYPES_H

#include "../../runtime/type.h"
#include "../common.h"

typedef struct Obj Obj;

/* The predeclared types (types_init makes them). */
extern Type *t_invalid, *t_bool, *t_int, *t_int8, *t_int16, *t_int32, *t_int64, *t_uint,
    *t_uint8, *t_uint16, *t_uint32, *t_uint64, *t_uintptr, *t_float32, *t_float64,
    *t_complex64, *t_complex128, *t_string, *t_unsafe_pointer, *t_error, *t_any,
    *t_comparable;
extern Type *t_untyped_bool, *t_untyped_int, *t_untyped_rune, *t_untyped_float,
    *t_untyped_complex, *t_untyped_string, *t_untyped_nil;
extern Type *t_empty_tuple;

void types_init(void);

/* A term of a constraint's type set: ~T or T. */
typedef struct TypeTerm {
    bool tilde;
    Type *type;
} TypeTerm;

typedef struct TypeVec {
    Type **data;
    int len, cap;
} TypeVec;

typedef struct TermVec {
    TypeTerm *data;
    int len, cap;
} TermVec;

/* Checker-side information hung on Type.chk. */
typedef struct TypeInfo {
    Obj *obj;         /* a defined type's name */
    VEC(Obj *) methods; /* declared methods (OBJ_FUNC), in declaration order */
    /* generic types and instances */
    Obj **tparams;    /* a generic type's type parameters (OBJ_TYPE with KIND_TYPEPARAM) */
    int ntparams;
    Type **targs;     /* an instance's type arguments */
    int ntargs;
    Type *origin;     /* an instance's generic type */
    /* interfaces used as constraints */
    TypeTerm *terms;  /* the union's terms; NULL = no restriction */
    int nterms;
    bool has_terms;   /* false: all types (methods only) */
    bool comparable;  /* embeds comparable */
    Type **embeds;    /* embedded non-interface elements, for messages */
    /* type parameters */
    Type *constraint; /* KIND_TYPEPARAM: its constraint (an interface) */
    int index;
    bool resolving;   /* a defined type whose underlying type is being resolved */
    bool expanding;   /* an instance whose underlying type is being made */
    bool pointer_methods_only;
} TypeInfo;

TypeInfo *type_info(Type *t); /* creates it on first use */

Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *elem);
Type *type_chan(int dir, Type *elem);
Type *type_func(Type **params, int np, Type **results, int nr, bool variadic);
/* fields[i].offset is computed here. */
Type *type_struct(StructField *fields, int n);
/* methods: explicit methods and those of embedded interfaces, any order, duplicates allowed
 * when identical; terms: the union (NULL when unrestricted). */
Type *type_interface(IMethod *methods, int nm, TypeTerm *terms, int nterms, bool has_terms,
                     bool comparable);
Type *type_tuple(Type **types, int n);

/* A defined type, incomplete until type_set_underlying. */
Type *type_named(const char *name, const char *pkg, Obj *obj);
void type_set_underlying(Type *named, Type *underlying);
Type *type_typeparam(const char *name, int index, Obj *obj);

/* Predicates, as in the Go spec. */
bool type_is_untyped(const Type *t);
bool type_is_numeric(const Type *t);  /* integer, float or complex (typed or untyped) */
bool type_is_integer(const Type *t);  /* typed or untyped int/rune */
bool type_is_string(const Type *t);
bool type_is_boolean(const Type *t);
bool type_is_named(const Type *t);    /* defined, predeclared or type parameter */
bool type_is_comparable(Type *t);     /* == allowed */
bool type_is_ordered(const Type *t);  /* < allowed */
bool type_has_nil(const Type *t);     /* pointer, slice, map, chan, func, interface */
bool type_is_typeparam(const Type *t);
/* Integer width in bits (int/uint are 64), 0 for non-integers. */
int type_int_bits(const Type *t);
/* The default type of an untyped type (untyped int -> int, ...). */
Type *type_default(Type *t);
/* A struct, array, ... that holds a type parameter somewhere (generic code). */
bool type_mentions_typeparam(const Type *t);
/* Calls found on each type parameter t mentions (as type_mentions_typeparam looks), until it
 * returns true; then true. found NULL: true at the first one. */
bool type_find_typeparam(const Type *t, bool (*found)(const Type *tp, void *ctx), void *ctx);

/* The type as the checker's messages spell it (type_format with go/types' spelling): types
 * of package main without "main.", others with their package path, untyped kinds as
 * "untyped int", generic types with their parameter lists. */
const char *chk_typestr(Type *t);

/* A value of the type must be zeroed / copied / compared as `slots` slots. */
bool type_pointer_free(const Type *t);

#endif
