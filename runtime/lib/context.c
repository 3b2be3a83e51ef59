/* context.c — the natives of package context: the bits of reflection it needs (may a value
 * be a key, and its type's name as %T prints it). Everything else is Go
 * (runtime/std/context.go).
 */
#include "../native.h"

#include <string.h>

/* isComparable(v any) bool: may v be a map key (its dynamic type supports ==)? */
static void context_is_comparable(G *g, Slot *a) {
    const Type *t = a[0].p;
    a[0].i = !t || (t->flags & TYPE_COMPARABLE) != 0;
}

/* typeName(v any) string: the dynamic type as %T prints it. */
static void context_type_name(G *g, Slot *a) {
    Type *t = a[0].p;
    const char *s = t ? type_string(t) : "<nil>";
    rt_set_str(a, (GoString){s, (int64_t)strlen(s)});
}

const NativeFunc lib_context_funcs[] = {
    {"isComparable(v any) bool", context_is_comparable},
    {"typeName(v any) string", context_type_name},
    {NULL, NULL},
};
