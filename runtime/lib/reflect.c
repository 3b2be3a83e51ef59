/* reflect.c — the natives of package reflect: what Go code cannot do by itself with a type
 * descriptor (type.h) or with the slots of a value. Everything else, Type and Value and their
 * rules, is Go code in runtime/std/reflect.go.
 *
 * On the Go side a type is a *rtype, which is the Type * itself (never dereferenced by Go
 * code), and a value's place is a *slot: the address of its first slot. The natives read
 * descriptors, box and unbox interfaces, allocate, move slots, run map operations and
 * calls, make types (through the checker's constructors) and hand out the func values that
 * the VM makes for MakeFunc and for channel operations (runtime/exec.h). The as* natives are one
 * identity function under several signatures: they turn a *slot into a typed pointer (*string,
 * *float64, *any, ...) through which Go code loads and stores a value in its own layout, so the
 * common accesses cost one native call and no copy.
 *
 * Invariants: a *slot handed out for a value of type t points at t->slots readable slots (or
 * is any non-NULL pointer when t has none); a boxed copy is made for a one-slot value that an
 * interface held directly, so that every value has an address. Pointer types that the program
 * never spelled are made here on demand and published in elem->ptr_to (the checker looks
 * there first, so a type stays canonical); a lock orders those publications.
 */
#include "../../src/check/types.h"
#include "../../src/common.h"
#include "../chan.h"
#include "../exec.h"
#include "../lock.h"
#include "../map.h"
#include "../native.h"

#include <string.h>

/* Go's reflect.Kind numbering, from ours. */
static const uint8_t go_kind[KIND_COUNT] = {
    [KIND_BOOL] = 1,       [KIND_INT] = 2,
    [KIND_INT8] = 3,       [KIND_INT16] = 4,
    [KIND_INT32] = 5,      [KIND_INT64] = 6,
    [KIND_UINT] = 7,       [KIND_UINT8] = 8,
    [KIND_UINT16] = 9,     [KIND_UINT32] = 10,
    [KIND_UINT64] = 11,    [KIND_UINTPTR] = 12,
    [KIND_FLOAT32] = 13,   [KIND_FLOAT64] = 14,
    [KIND_COMPLEX64] = 15, [KIND_COMPLEX128] = 16,
    [KIND_ARRAY] = 17,     [KIND_CHAN] = 18,
    [KIND_FUNC] = 19,      [KIND_INTERFACE] = 20,
    [KIND_MAP] = 21,       [KIND_POINTER] = 22,
    [KIND_SLICE] = 23,     [KIND_STRING] = 24,
    [KIND_STRUCT] = 25,    [KIND_UNSAFE_POINTER] = 26,
};

static void set_cstr(Slot *a, const char *s) {
    rt_set_str(a, (GoString){s, s ? (int64_t)strlen(s) : 0});
}

/* A zeroed value of type t (GC_MALLOC_ATOMIC does not clear). */
static Slot *alloc_slots(const Type *t) {
    size_t size = sizeof(Slot) * (t->slots > 0 ? (size_t)t->slots : 1);
    if (!(t->flags & TYPE_POINTERFREE)) {
        return GC_MALLOC(size);
    }
    Slot *p = GC_MALLOC_ATOMIC(size);
    memset(p, 0, size);
    return p;
}

/* ---- interfaces ---- */

/* unpack(i any) (*rtype, *slot): the dynamic type and the address of the dynamic value (a
 * fresh box for a value held directly). */
static void r_unpack(G *g, Slot *a) {
    const Type *t = a[0].p;
    if (!t) {
        a[1].p = NULL;
    } else if (t->flags & TYPE_DIRECT) {
        Slot *box = alloc_slots(t);
        box[0] = a[1];
        a[1].p = box;
    } else if (!a[1].p) {
        a[1].p = alloc_slots(t); /* a zero-size value */
    }
}

/* pack(t *rtype, p *slot) any: the value at p as an interface (of an interface type: itself). */
static void r_pack(G *g, Slot *a) {
    const Type *t = a[0].p;
    const Slot *p = a[1].p;
    if (t->kind == KIND_INTERFACE) {
        a[0] = p[0];
        a[1] = p[1];
    } else {
        a[1] = iface_box(t, p);
    }
}

/* ---- type descriptors ---- */

static void r_kind(G *g, Slot *a) {
    const Type *t = a[0].p;
    a[0].i = t->kind < KIND_COUNT ? go_kind[t->kind] : 0;
}

static void r_name(G *g, Slot *a) {
    set_cstr(a, ((const Type *)a[0].p)->name);
}

static void r_pkg(G *g, Slot *a) {
    const Type *t = a[0].p;
    set_cstr(a, t->name ? t->pkg : NULL);
}

static void r_string(G *g, Slot *a) {
    set_cstr(a, type_string(a[0].p));
}

static void r_elem(G *g, Slot *a) {
    a[0].p = ((Type *)a[0].p)->elem;
}

static void r_key(G *g, Slot *a) {
    a[0].p = ((Type *)a[0].p)->key;
}

static void r_len(G *g, Slot *a) {
    a[0].i = ((Type *)a[0].p)->len;
}

static void r_slots(G *g, Slot *a) {
    a[0].i = ((Type *)a[0].p)->slots;
}

static void r_comparable(G *g, Slot *a) {
    a[0].i = (((Type *)a[0].p)->flags & TYPE_COMPARABLE) != 0;
}

static void r_underlying(G *g, Slot *a) {
    a[0].p = ((Type *)a[0].p)->underlying;
}

static void r_num_field(G *g, Slot *a) {
    a[0].i = ((Type *)a[0].p)->nfields;
}

/* field(t *rtype, i int) (name string, typ *rtype, tag string, off int, embedded, exported
 * bool) */
static void r_field(G *g, Slot *a) {
    const StructField *f = &((Type *)a[0].p)->fields[a[1].i];
    set_cstr(a, f->name);
    a[2].p = f->type;
    set_cstr(a + 3, f->tag);
    a[5].i = f->offset;
    a[6].i = f->embedded;
    a[7].i = f->exported;
}

/* fieldAt(t *rtype, p *slot, i int) (typ *rtype, fp *slot, kind Kind, exported, embedded bool):
 * field i of the struct at p, what Value.Field needs; typ is nil when i is out of range. */
static void r_field_at(G *g, Slot *a) {
    const Type *t = a[0].p;
    int64_t i = a[2].i;
    if (i < 0 || i >= t->nfields) {
        a[0].p = NULL;
        return;
    }
    const StructField *f = &t->fields[i];
    a[0].p = f->type;
    a[1].p = (Slot *)a[1].p + f->offset;
    a[2].i = go_kind[f->type->kind];
    a[3].i = f->exported;
    a[4].i = f->embedded;
}

/* elemAt(t *rtype, base *slot, i int) (et *rtype, ep *slot, kind Kind): element i of the
 * array or slice of type t whose elements start at base. */
static void r_elem_at(G *g, Slot *a) {
    const Type *et = ((const Type *)a[0].p)->elem;
    a[0].p = (void *)et;
    a[1].p = (Slot *)a[1].p + a[2].i * et->slots;
    a[2].i = go_kind[et->kind];
}

static void r_size(G *g, Slot *a) {
    a[0].i = rt_go_size(a[0].p);
}

static void r_align(G *g, Slot *a) {
    a[0].i = rt_go_align(a[0].p);
}

/* growCap(old, needed, elemBytes int) int: the capacity append would give. */
static void r_grow_cap(G *g, Slot *a) {
    a[0].i = rt_grow_cap(a[0].i, a[1].i, a[2].i);
}

static void r_num_in(G *g, Slot *a) {
    a[0].i = ((Type *)a[0].p)->nparams;
}

static void r_in(G *g, Slot *a) {
    a[0].p = ((Type *)a[0].p)->params[a[1].i];
}

static void r_num_out(G *g, Slot *a) {
    a[0].i = ((Type *)a[0].p)->nresults;
}

static void r_out(G *g, Slot *a) {
    a[0].p = ((Type *)a[0].p)->results[a[1].i];
}

static void r_variadic(G *g, Slot *a) {
    a[0].i = ((Type *)a[0].p)->variadic;
}

static void r_dir(G *g, Slot *a) {
    a[0].i = ((Type *)a[0].p)->dir;
}

/* numMethod(t *rtype) int: all methods of an interface, or of t's method set (unexported
 * ones included: Go code filters). */
static void r_num_method(G *g, Slot *a) {
    const Type *t = a[0].p;
    a[0].i = t->kind == KIND_INTERFACE ? t->nimethods : t->nmethods;
}

/* method(t *rtype, i int) (name string, sig *rtype) */
static void r_method(G *g, Slot *a) {
    const Type *t = a[0].p;
    int64_t i = a[1].i;
    if (t->kind == KIND_INTERFACE) {
        set_cstr(a, t->imethods[i].name);
        a[2].p = t->imethods[i].sig;
    } else {
        set_cstr(a, t->methods[i].name);
        a[2].p = t->methods[i].sig;
    }
}

/* implements(t, u *rtype) bool: u is an interface type. */
static void r_implements(G *g, Slot *a) {
    const Type *t = a[0].p, *u = a[1].p;
    bool ok = true;
    if (t->kind != KIND_INTERFACE) {
        ok = type_implements(t, u, NULL);
    } else {
        for (int i = 0, j = 0; i < u->nimethods && ok; i++) {
            while (j < t->nimethods && strcmp(t->imethods[j].name, u->imethods[i].name) < 0) {
                j++;
            }
            ok = j < t->nimethods && t->imethods[j].name == u->imethods[i].name &&
                 t->imethods[j].sig == u->imethods[i].sig;
        }
    }
    a[0].i = ok;
}

static RtLock ptr_lock;

/* ptrTo(t *rtype) *rtype: the canonical *t, made here when the program never spelled it. */
static void r_ptr_to(G *g, Slot *a) {
    Type *t = a[0].p;
    Type *p = __atomic_load_n(&t->ptr_to, __ATOMIC_ACQUIRE);
    if (!p) {
        rt_lock(&ptr_lock);
        p = t->ptr_to;
        if (!p) {
            p = NEW(Type);
            p->kind = KIND_POINTER;
            p->flags = TYPE_COMPARABLE | TYPE_DIRECT | TYPE_COMPLETE;
            p->slots = 1;
            p->hash = (uint32_t)(uintptr_t)t * 31u + KIND_POINTER;
            p->underlying = p;
            p->elem = t;
            p->methods = NEW_ARRAY(Method, 1);
            __atomic_store_n(&t->ptr_to, p, __ATOMIC_RELEASE);
        }
        rt_unlock(&ptr_lock);
    }
    a[0].p = p;
}

/* ---- types made at run time ----
 *
 * SliceOf, ArrayOf, MapOf, ChanOf, FuncOf and StructOf go through the checker's constructors,
 * so that a type made here is the very Type * the program's own spelling of it is (identity
 * stays pointer equality). The checker's table is not locked: in a run it is done before the
 * program starts, so one lock among the goroutines suffices. A new type gets the empty
 * method set the compiler gives every type it emits. */

static RtLock make_lock;

/* t, just made under make_lock, which this releases. */
static Type *made(Type *t) {
    if (!t->methods) {
        t->methods = NEW_ARRAY(Method, 1);
    }
    rt_unlock(&make_lock);
    return t;
}

static void r_slice_of(G *g, Slot *a) {
    (void)g;
    rt_lock(&make_lock);
    a[0].p = made(type_slice(a[0].p));
}

/* arrayOf(n int, t *rtype) *rtype */
static void r_array_of(G *g, Slot *a) {
    (void)g;
    rt_lock(&make_lock);
    a[0].p = made(type_array(a[1].p, a[0].i));
}

static void r_map_of(G *g, Slot *a) {
    (void)g;
    rt_lock(&make_lock);
    a[0].p = made(type_map(a[0].p, a[1].p));
}

/* chanOf(dir int, t *rtype) *rtype: dir as type.h numbers it. */
static void r_chan_of(G *g, Slot *a) {
    (void)g;
    rt_lock(&make_lock);
    a[0].p = made(type_chan((int)a[0].i, a[1].p));
}

/* funcOf(in, out []*rtype, variadic bool) *rtype */
static void r_func_of(G *g, Slot *a) {
    (void)g;
    GoSlice in = rt_slice(a), out = rt_slice(a + 3);
    rt_lock(&make_lock);
    a[0].p =
        made(type_func((Type **)in.ptr, (int)in.len, (Type **)out.ptr, (int)out.len, a[6].i != 0));
}

/* structOf(names []string, types []*rtype, tags []string, embedded []bool) *rtype: the names
 * are checked by the Go side. */
static void r_struct_of(G *g, Slot *a) {
    (void)g;
    GoSlice names = rt_slice(a), types = rt_slice(a + 3), tags = rt_slice(a + 6),
            emb = rt_slice(a + 9);
    int n = (int)names.len;
    StructField *fs = NEW_ARRAY(StructField, n > 0 ? n : 1);
    rt_lock(&make_lock); /* intern's table is the checker's too */
    for (int i = 0; i < n; i++) {
        GoString name = rt_str(names.ptr + 2 * i), tag = rt_str(tags.ptr + 2 * i);
        fs[i].name = intern(name.ptr, (size_t)name.len);
        fs[i].type = types.ptr[i].p;
        fs[i].tag = tag.len ? intern(tag.ptr, (size_t)tag.len) : NULL;
        fs[i].embedded = emb.ptr[i].i != 0;
        fs[i].exported = name.len > 0 && name.ptr[0] >= 'A' && name.ptr[0] <= 'Z';
    }
    a[0].p = made(type_struct(fs, n));
}

/* ---- functions made at run time ---- */

/* What a func value made by makeFunc carries: the Go function that runs a call (it reads the
 * arguments from a frame of slots and writes the results there) and the frame's sizes. */
typedef struct MadeFunc {
    Slot impl;
    int32_t nin, nout;
} MadeFunc;

static void made_func_stub(G *g, Slot *a) {
    const MadeFunc *m = a[0].p;
    int32_t n = m->nin > m->nout ? m->nin : m->nout;
    Slot *frame = NEW_ARRAY(Slot, n > 0 ? n : 1);
    if (m->nin) {
        memcpy(frame, a + 1, sizeof(Slot) * (size_t)m->nin);
    }
    Slot arg = {.p = frame}, none;
    if (rt_call(g, m->impl, &arg, 1, &none, 0) && m->nout) {
        memcpy(a, frame, sizeof(Slot) * (size_t)m->nout);
    }
}

/* makeFunc(ft *rtype, impl func(frame *slot)) *slot: a func value of type ft whose calls run
 * impl on a frame holding the arguments, from which the results are then taken. */
static void r_make_func(G *g, Slot *a) {
    (void)g;
    const Type *ft = a[0].p;
    MadeFunc *m = NEW(MadeFunc);
    m->impl = a[1];
    for (int i = 0; i < ft->nparams; i++) {
        m->nin += ft->params[i]->slots;
    }
    for (int i = 0; i < ft->nresults; i++) {
        m->nout += ft->results[i]->slots;
    }
    a[0] = exec_native_closure("reflect.makeFuncStub", made_func_stub, m->nin, m->nout,
                               (Slot){.p = m});
}

/* funcEntry(fn *slot) uintptr: the entry pc of the func value at fn. */
static void r_func_entry(G *g, Slot *a) {
    (void)g;
    a[0].u = exec_func_entry(*(Slot *)a[0].p);
}

/* ---- slots ---- */

/* alloc(t *rtype) *slot: a zeroed value of type t. */
static void r_alloc(G *g, Slot *a) {
    a[0].p = alloc_slots(a[0].p);
}

/* allocSlots(n int) *slot: n zeroed slots that may hold pointers. */
static void r_alloc_slots(G *g, Slot *a) {
    (void)g;
    a[0].p = GC_MALLOC(sizeof(Slot) * (size_t)(a[0].i > 0 ? a[0].i : 1));
}

/* add(p *slot, n int) *slot */
static void r_add(G *g, Slot *a) {
    a[0].p = (Slot *)a[0].p + a[1].i;
}

/* move(t *rtype, dst, src *slot): *dst = *src for a value of type t. */
static void r_move(G *g, Slot *a) {
    const Type *t = a[0].p;
    if (t->slots > 0 && a[1].p != a[2].p) {
        memmove(a[1].p, a[2].p, sizeof(Slot) * (size_t)t->slots);
    }
}

/* copySlots(dst, src *slot, n int) */
static void r_copy_slots(G *g, Slot *a) {
    if (a[2].i > 0 && a[0].p != a[1].p) {
        memmove(a[0].p, a[1].p, sizeof(Slot) * (size_t)a[2].i);
    }
}

/* as*(p *slot) *T: p itself, seen as a pointer to a T laid out in slots. */
static void r_identity(G *g, Slot *a) {
}

/* equal(t *rtype, x, y *slot) bool: x == y for a comparable t (panics as == does). */
static void r_equal(G *g, Slot *a) {
    const Type *bad = NULL;
    bool eq = type_equal(a[0].p, a[1].p, a[2].p, &bad);
    if (bad) {
        rt_panic_runtime(g, "comparing uncomparable type %s", type_string((Type *)bad));
        return;
    }
    a[0].i = eq;
}

/* ---- maps ---- */

static void unhashable(G *g, const Type *bad) {
    rt_panic_runtime(g, "hash of unhashable type %s", type_string((Type *)bad));
}

/* makeMap(t *rtype, n int) *slot: a new map (the Map *). */
static void r_make_map(G *g, Slot *a) {
    a[0].p = map_new(a[0].p, a[1].i);
}

static void r_map_len(G *g, Slot *a) {
    a[0].i = map_len(a[0].p);
}

/* mapFind(m, key *slot) *slot: the value's slots in the map, nil when absent. */
static void r_map_find(G *g, Slot *a) {
    const Type *bad = NULL;
    Slot *v = map_find(a[0].p, a[1].p, &bad);
    if (bad) {
        unhashable(g, bad);
        return;
    }
    a[0].p = v;
}

/* mapStore(vt *rtype, m, key, val *slot) */
static void r_map_store(G *g, Slot *a) {
    const Type *vt = a[0].p, *bad = NULL;
    if (!a[1].p) {
        rt_panic_plain(g, "assignment to entry in nil map");
        return;
    }
    Slot *v = map_insert(a[1].p, a[2].p, &bad);
    if (bad) {
        unhashable(g, bad);
        return;
    }
    if (vt->slots > 0) {
        memcpy(v, a[3].p, sizeof(Slot) * (size_t)vt->slots);
    }
}

/* mapDelete(m, key *slot) */
static void r_map_delete(G *g, Slot *a) {
    const Type *bad = NULL;
    map_delete(a[0].p, a[1].p, &bad);
    if (bad) {
        unhashable(g, bad);
    }
}

/* mapIterStart(m *slot) *hiter */
static void r_map_iter_start(G *g, Slot *a) {
    MapIter *it = NEW(MapIter);
    *it = map_iter(a[0].p);
    a[0].p = it;
}

/* mapIterNext(it *hiter) (k, v *slot, ok bool) */
static void r_map_iter_next(G *g, Slot *a) {
    Slot *k = NULL, *v = NULL;
    bool ok = map_iter_next(a[0].p, &k, &v);
    a[0].p = k;
    a[1].p = v;
    a[2].i = ok;
}

/* ---- channels ---- */

/* chanLen(c *slot) int and chanCap(c *slot) int: of the channel c (nil: 0). */
static void r_chan_len(G *g, Slot *a) {
    Chan *c = a[0].p;
    a[0].i = c ? __atomic_load_n(&c->buf.count, __ATOMIC_ACQUIRE) : 0;
}

static void r_chan_cap(G *g, Slot *a) {
    Chan *c = a[0].p;
    a[0].i = c ? c->buf.cap : 0;
}

/* makeChan(elem *rtype, n int) *slot: a new channel (the Chan *). */
static void r_make_chan(G *g, Slot *a) {
    (void)g;
    a[0].p = chan_make(a[0].p, a[1].i);
}

/* chan*Func(op, n int) func(...): exec_chan_func's func value for operation op on elements
 * of n slots; one native under the signature of each operation (the Go side passes the op
 * that matches). */
static void r_chan_func(G *g, Slot *a) {
    (void)g;
    a[0] = exec_chan_func((ExecChanOp)a[0].i, (int32_t)a[1].i);
}

/* selectFunc(dirs, slots []int, hasDefault bool) func(f *slot) int: exec_select_func's
 * (dirs: 1 send, 2 receive). */
static void r_select_func(G *g, Slot *a) {
    (void)g;
    GoSlice dirs = rt_slice(a), slots = rt_slice(a + 3);
    int32_t n = (int32_t)dirs.len;
    int32_t *d = NEW_ARRAY(int32_t, n > 0 ? n : 1), *s = NEW_ARRAY(int32_t, n > 0 ? n : 1);
    for (int32_t i = 0; i < n; i++) {
        d[i] = dirs.ptr[i].i == 1 ? SELECT_SEND : SELECT_RECV;
        s[i] = (int32_t)slots.ptr[i].i;
    }
    a[0] = exec_select_func(n, d, s, a[6].i != 0);
}

/* ---- slices and calls ---- */

/* makeSlice(elem *rtype, n, cap int) *slot: the backing array. */
static void r_make_slice(G *g, Slot *a) {
    const Type *et = a[0].p;
    GoSlice s = rt_make_slice(a[1].i, a[2].i, et->slots, (et->flags & TYPE_POINTERFREE) != 0);
    a[0].p = s.ptr;
}

/* The slots of a call to ft with the values at args (one per parameter), and room for its
 * results; *nin and *nout say how many of each. */
static Slot *call_frame(const Type *ft, GoSlice args, int *nin, int *nout, Slot **out) {
    *nin = *nout = 0;
    for (int i = 0; i < ft->nparams; i++) {
        *nin += ft->params[i]->slots;
    }
    for (int i = 0; i < ft->nresults; i++) {
        *nout += ft->results[i]->slots;
    }
    Slot *in = NEW_ARRAY(Slot, *nin + 1);
    *out = NEW_ARRAY(Slot, *nout + 1);
    for (int i = 0, off = 0; i < ft->nparams; i++) {
        int n = ft->params[i]->slots;
        memcpy(in + off, args.ptr[i].p, sizeof(Slot) * (size_t)n);
        off += n;
    }
    return in;
}

/* a = a []*slot of fresh copies of ft's results, laid out end to end in out. */
static void box_results(Slot *a, const Type *ft, const Slot *out) {
    GoSlice res = rt_make_slice(ft->nresults, ft->nresults, 1, false);
    for (int i = 0, off = 0; i < ft->nresults; i++) {
        const Type *rt = ft->results[i];
        Slot *box = alloc_slots(rt);
        memcpy(box, out + off, sizeof(Slot) * (size_t)rt->slots);
        off += rt->slots;
        res.ptr[i].p = box;
    }
    rt_set_slice(a, res);
}

/* call(ft *rtype, fn *slot, args []*slot) []*slot: calls the func value at fn with the
 * values at args (one per parameter, a variadic one already a slice); the results are fresh
 * copies. */
static void r_call(G *g, Slot *a) {
    const Type *ft = a[0].p;
    Slot fn = *(Slot *)a[1].p;
    int nin, nout;
    Slot *out, *in = call_frame(ft, rt_slice(a + 2), &nin, &nout, &out);
    if (rt_call(g, fn, in, nin, out, nout)) {
        box_results(a, ft, out);
    }
}

/* callMethod(t *rtype, recv *slot, i int, args []*slot) []*slot: like call, for method i of
 * t's method table with the receiver at recv. */
static void r_call_method(G *g, Slot *a) {
    const Type *t = a[0].p;
    const Method *m = &t->methods[a[2].i];
    Slot data = iface_box(t, a[1].p);
    int nin, nout;
    Slot *out, *in = call_frame(m->sig, rt_slice(a + 3), &nin, &nout, &out);
    if (rt_call_method(g, t, data, m, in, nin, out, nout)) {
        box_results(a, m->sig, out);
    }
}

const NativeFunc lib_reflect_funcs[] = {
    {"typeOf(i any) *rtype", r_identity},
    {"unpack(i any) (*rtype, *slot)", r_unpack},
    {"pack(t *rtype, p *slot) any", r_pack},
    {"tkind(t *rtype) Kind", r_kind},
    {"tname(t *rtype) string", r_name},
    {"tpkg(t *rtype) string", r_pkg},
    {"tstring(t *rtype) string", r_string},
    {"telem(t *rtype) *rtype", r_elem},
    {"tkey(t *rtype) *rtype", r_key},
    {"tlen(t *rtype) int", r_len},
    {"tslots(t *rtype) int", r_slots},
    {"tcomparable(t *rtype) bool", r_comparable},
    {"tunderlying(t *rtype) *rtype", r_underlying},
    {"tnumField(t *rtype) int", r_num_field},
    {"tfield(t *rtype, i int) (name string, typ *rtype, tag string, off int, embedded, "
     "exported bool)",
     r_field},
    {"fieldAt(t *rtype, p *slot, i int) (typ *rtype, fp *slot, kind Kind, exported, embedded "
     "bool)",
     r_field_at},
    {"elemAt(t *rtype, base *slot, i int) (et *rtype, ep *slot, kind Kind)", r_elem_at},
    {"tsize(t *rtype) int", r_size},
    {"talign(t *rtype) int", r_align},
    {"growCap(old, needed, elemBytes int) int", r_grow_cap},
    {"tnumIn(t *rtype) int", r_num_in},
    {"tin(t *rtype, i int) *rtype", r_in},
    {"tnumOut(t *rtype) int", r_num_out},
    {"tout(t *rtype, i int) *rtype", r_out},
    {"tvariadic(t *rtype) bool", r_variadic},
    {"tdir(t *rtype) int", r_dir},
    {"tnumMethod(t *rtype) int", r_num_method},
    {"tmethod(t *rtype, i int) (name string, sig *rtype)", r_method},
    {"timplements(t, u *rtype) bool", r_implements},
    {"ptrTo(t *rtype) *rtype", r_ptr_to},
    {"sliceOf(t *rtype) *rtype", r_slice_of},
    {"arrayOf(n int, t *rtype) *rtype", r_array_of},
    {"mapOf(k, e *rtype) *rtype", r_map_of},
    {"chanOf(dir int, t *rtype) *rtype", r_chan_of},
    {"funcOf(in, out []*rtype, variadic bool) *rtype", r_func_of},
    {"structOf(names []string, types []*rtype, tags []string, embedded []bool) *rtype",
     r_struct_of},
    {"makeFunc(ft *rtype, impl func(frame *slot)) *slot", r_make_func},
    {"funcEntry(fn *slot) uintptr", r_func_entry},
    {"alloc(t *rtype) *slot", r_alloc},
    {"allocSlots(n int) *slot", r_alloc_slots},
    {"add(p *slot, n int) *slot", r_add},
    {"move(t *rtype, dst, src *slot)", r_move},
    {"copySlots(dst, src *slot, n int)", r_copy_slots},
    {"addr(p *slot) uintptr", r_identity},
    {"asString(p *slot) *string", r_identity},
    {"asFloat(p *slot) *float64", r_identity},
    {"asComplex(p *slot) *complex128", r_identity},
    {"asIface(p *slot) *any", r_identity},
    {"asPtr(p *slot) **slot", r_identity},
    {"asSlice(p *slot) *sliceHeader", r_identity},
    {"asBytes(p *slot) *[]byte", r_identity},
    {"asBool(p *slot) *bool", r_identity},
    {"asRunes(p *slot) *[]rune", r_identity},
    {"equal(t *rtype, x, y *slot) bool", r_equal},
    {"makeMap(t *rtype, n int) *slot", r_make_map},
    {"mapLen(m *slot) int", r_map_len},
    {"mapFind(m, key *slot) *slot", r_map_find},
    {"mapStore(vt *rtype, m, key, val *slot)", r_map_store},
    {"mapDelete(m, key *slot)", r_map_delete},
    {"mapIterStart(m *slot) *hiter", r_map_iter_start},
    {"mapIterNext(it *hiter) (k, v *slot, ok bool)", r_map_iter_next},
    {"chanLen(c *slot) int", r_chan_len},
    {"chanCap(c *slot) int", r_chan_cap},
    {"selectFunc(dirs, slots []int, hasDefault bool) func(f *slot) int", r_select_func},
    {"makeChan(elem *rtype, n int) *slot", r_make_chan},
    {"chanSendFunc(op, n int) func(c, v *slot)", r_chan_func},
    {"chanRecvFunc(op, n int) func(c, v *slot) bool", r_chan_func},
    {"chanTrySendFunc(op, n int) func(c, v *slot) int", r_chan_func},
    {"chanTryRecvFunc(op, n int) func(c, v *slot) (int, bool)", r_chan_func},
    {"chanCloseFunc(op, n int) func(c *slot)", r_chan_func},
    {"makeSlice(elem *rtype, n, cap int) *slot", r_make_slice},
    {"call(ft *rtype, fn *slot, args []*slot) []*slot", r_call},
    {"callMethod(t *rtype, recv *slot, i int, args []*slot) []*slot", r_call_method},
    {NULL, NULL},
};
