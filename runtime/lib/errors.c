/* errors.c — the natives of package errors: the bits of reflection errors.Is and errors.As
 * need (runtime/std/errors.go): is a dynamic type comparable, is As's target usable, and
 * "assign this error to *target if its type fits".
 */
#include "../native.h"

/* isComparable(v any) bool: v's dynamic type supports == (nil: false). */
static void errors_is_comparable(G *g, Slot *a) {
    const Type *t = a[0].p;
    a[0].i = t != NULL && (t->flags & TYPE_COMPARABLE) != 0;
}

/* Codes of asCheck, as runtime/std/errors.go names them. */
enum { AS_OK, AS_NIL, AS_NOT_POINTER, AS_BAD_ELEM };

/* asCheck(target any, errorPtr any) int: is target a non-nil pointer to an interface or to
 * a type implementing error? errorPtr holds a (*error)(nil), whose type leads to `error`. */
static void errors_as_check(G *g, Slot *a) {
    const Type *t = a[0].p;
    const Type *error_iface = ((const Type *)a[2].p)->elem;
    const char *missing = NULL;
    int64_t code = AS_OK;
    if (t == NULL) {
        code = AS_NIL;
    } else if (t->kind != KIND_POINTER || a[1].p == NULL) {
        code = AS_NOT_POINTER;
    } else if (t->elem->kind != KIND_INTERFACE &&
               !type_implements(t->elem, error_iface, &missing)) {
        code = AS_BAD_ELEM;
    }
    a[0].i = code;
}

/* Is a value of dynamic type dyn assignable to the non-interface type t? Identical types,
 * or identical underlying types when one of them is unnamed. */
static bool assignable_concrete(const Type *dyn, const Type *t) {
    if (dyn == t) {
        return true;
    }
    bool named = (dyn->flags & TYPE_NAMED) && (t->flags & TYPE_NAMED);
    return !named && dyn->underlying == t->underlying;
}

/* asStore(err error, target any) bool: if err's dynamic type is assignable to the type
 * target points at, stores err there (the interface itself, or its dynamic value). */
static void errors_as_store(G *g, Slot *a) {
    const Type *dyn = a[0].p;
    Slot data = a[1];
    const Type *t = ((const Type *)a[2].p)->elem;
    Slot *dst = a[3].p;
    const char *missing = NULL;
    bool ok = false;
    if (t->kind == KIND_INTERFACE) {
        if (type_implements(dyn, t, &missing)) {
            dst[0].p = (void *)dyn;
            dst[1] = data;
            ok = true;
        }
    } else if (assignable_concrete(dyn, t)) {
        iface_unbox(dyn, data, dst);
        ok = true;
    }
    a[0].i = ok;
}

const NativeFunc lib_errors_funcs[] = {
    {"isComparable(v any) bool", errors_is_comparable},
    {"asCheck(target any, errorPtr any) int", errors_as_check},
    {"asStore(err error, target any) bool", errors_as_store},
    {NULL, NULL},
};
