/* map.c — Go maps: insertion-ordered hash tables (after CPython's dict).
 *
 * Structure. A Map owns two arrays:
 *   - an entry array (EntryArray): dense, entries appended in insertion order. An entry is
 *     `eslots` slots: [header][key: kslots][value: vslots]. The header holds the key's hash
 *     (top two bits clear) while the entry is live, DELETED once it has been removed, and,
 *     after a rebuild replaced the array, FORWARD | j: the entry lives on at index j of the
 *     array's successor (`next`).
 *   - an index: open addressing with linear probing over `imask + 1` cells (a power of two).
 *     A cell is EMPTY, TOMB (its entry was deleted), or {entry index, top 32 bits of hash}.
 *
 * Invariants:
 *   - used <= ecap and imask + 1 == 2 * ecap: the index is at most half full, tombstones
 *     included, since every tombstone comes from a deleted entry that keeps its place in the
 *     entry array until the next rebuild. Inserting reuses the first tombstone on its probe
 *     path.
 *   - count (live entries) == used - deleted entries of the current array.
 *   - entries at and past `used` are all zero, so a new entry's value starts zeroed; a
 *     deleted entry's key and value are zeroed too (the collector may free what they held).
 *   - a key present in the map is in exactly one live entry, reached from the index by
 *     probing from its hash. NaN keys never equal anything, so they are never found: each
 *     insertion of NaN adds an entry, and only iteration and map_clear reach them.
 *
 * Growth. When the entry array is full, the map is rebuilt: a fresh entry array (twice the
 * size, or the same size when at least half the entries are deleted) receives the live
 * entries in order, a fresh index is built from the stored hashes, and every live entry of
 * the old array becomes a forward. map_clear marks the current array `cleared` and starts
 * fresh arrays; nothing is ever reused in place, so a running iterator stays valid.
 *
 * Iteration. A MapIter walks one entry array from 0 to the `used` count it saw at its start:
 * entries added later are not produced (so `for k := range m { m[f(k)] = ... }` ends). While
 * the walked array is still the map's, live entries are produced in place. Once it has been
 * replaced, each entry is followed through its forwards to where it lives now and produced
 * from there (current key and value), or skipped if it ends DELETED or in a cleared array.
 * This equals Go's rule of checking that the key is still in the live map, and keeps NaN
 * keys iterable.
 *
 * Hashing. Fast paths compare and hash inline for keys that are one word compared bitwise
 * (integers, bool, pointers, channels), floats (+0 == -0, NaN != NaN), and strings; every
 * other key type goes through type_hash / type_equal.
 *
 * Concurrency: none. As in Go, a map must not be written while another goroutine uses it;
 * lookups and iteration write nothing, so concurrent readers are safe (NaN lookups return
 * before hashing, since hashing a NaN draws a fresh hash). Misuse is caught as Go's runtime
 * catches it, cheaply and without -race: a write (insert, delete, clear) holds `writing` for
 * its duration, taken with an atomic exchange, so a second writer that overlaps it ends the
 * program ("fatal error: concurrent map writes", exit 2) before touching anything; readers
 * look at the flag first ("concurrent map read and map write", "concurrent map iteration and
 * map write"). A reader that started before a write is not caught, but cannot fault either:
 * the index and entry arrays only ever grow or are replaced (never shrunk in place), a writer
 * publishes them in the order arr, index, imask (release stores) and a reader loads imask,
 * index, arr in that order (acquire), keeps the index it probed, and probes at most imask + 1
 * cells; a rebuild links the old array to its successor before it marks entries forwarded.
 */
#include "map.h"

#include "../src/common.h"

#include "native.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

enum { KEY_WORD, KEY_FLOAT, KEY_STRING, KEY_GENERIC };

#define HASH_MASK 0x3fffffffffffffffull
#define DELETED 0x8000000000000000ull
#define FORWARD 0x4000000000000000ull
#define CELL_EMPTY 0xffffffffu
#define CELL_TOMB 0xfffffffeu
#define MIN_CAP 8
#define MAX_CAP ((int64_t)1 << 31)

typedef struct EntryArray EntryArray;
struct EntryArray {
    Slot *e;          /* cap * eslots slots */
    EntryArray *next; /* set when a rebuild replaced this array */
    bool cleared;     /* set when map_clear dropped this array */
};

struct Map {
    const Type *type, *ktype;
    int32_t kslots, vslots, eslots;
    int kind;
    bool atomic; /* neither keys nor values hold pointers */
    EntryArray *arr;
    uint64_t *index;
    uint64_t imask;
    int64_t used, count, ecap;
    uint64_t seed, nan_seq;
    uint32_t writing; /* a write is under way (atomic): see "Concurrency" above */
};

/* Go's fatal error for a map used by goroutines without synchronisation: exit status 2. */
static void __attribute__((noreturn, cold)) concurrent_misuse(const char *what) {
    rt_flush();
    char msg[96];
    int n = snprintf(msg, sizeof msg, "fatal error: %s\n", what);
    rt_write(2, msg, (size_t)n);
    _exit(2);
}

static inline void write_begin(Map *m) {
    if (__atomic_exchange_n(&m->writing, 1, __ATOMIC_ACQUIRE)) {
        concurrent_misuse("concurrent map writes");
    }
}

static inline void write_end(Map *m) {
    __atomic_store_n(&m->writing, 0, __ATOMIC_RELEASE);
}

static inline void read_check(const Map *m, const char *what) {
    if (__atomic_load_n(&m->writing, __ATOMIC_RELAXED)) {
        concurrent_misuse(what);
    }
}

static void *alloc_or_die(size_t n, bool atomic) {
    void *p = atomic ? GC_MALLOC_ATOMIC(n) : GC_MALLOC(n);
    if (!p) {
        fputs("fatal error: runtime: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

/* ---- hashing ---- */

static inline uint64_t mix64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

static inline uint64_t mum(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t load64(const char *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

static uint64_t hash_bytes(const char *p, size_t n, uint64_t seed) {
    const uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull;
    uint64_t h = seed ^ mum(n ^ k0, k1);
    while (n >= 16) {
        h = mum(load64(p) ^ h ^ k1, load64(p + 8) ^ k0);
        p += 16;
        n -= 16;
    }
    if (n >= 8) {
        h = mum(load64(p) ^ h ^ k1, k0 ^ 8);
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        uint64_t w = 0;
        memcpy(&w, p, n);
        h = mum(w ^ h ^ k0, k1 ^ n);
    }
    return mix64(h);
}

/* The key's hash (HASH_MASK bits). For an unhashable interface key, sets *unc (which the
 * callers have cleared). */
static inline uint64_t key_hash(Map *m, int kind, const Slot *key, const Type **unc) {
    switch (kind) {
    case KEY_WORD: return mix64(key[0].u ^ m->seed) & HASH_MASK;
    case KEY_FLOAT: {
        double d = key[0].f;
        if (d == 0) {
            return mix64(m->seed) & HASH_MASK;
        }
        if (d != d) {
            return mix64(m->seed ^ ++m->nan_seq * 0x9e3779b97f4a7c15ull) & HASH_MASK;
        }
        return mix64(key[0].u ^ m->seed) & HASH_MASK;
    }
    case KEY_STRING:
        return hash_bytes((const char *)key[0].p, (size_t)key[1].i, m->seed) & HASH_MASK;
    default: {
        const Type *bad = NULL;
        uint64_t h = type_hash(m->ktype, key, m->seed, &bad);
        if (bad) {
            *unc = bad;
        }
        return h & HASH_MASK;
    }
    }
}

static inline bool key_equal(const Map *m, int kind, const Slot *a, const Slot *b) {
    switch (kind) {
    case KEY_WORD: return a[0].u == b[0].u;
    case KEY_FLOAT: return a[0].f == b[0].f;
    case KEY_STRING:
        return a[1].i == b[1].i &&
               (a[0].p == b[0].p || memcmp(a[0].p, b[0].p, (size_t)a[1].i) == 0);
    default: {
        const Type *unc = NULL;
        return type_equal(m->ktype, a, b, &unc);
    }
    }
}

static int key_kind(const Type *k) {
    switch (k->kind) {
    case KIND_BOOL:
    case KIND_INT:
    case KIND_INT8:
    case KIND_INT16:
    case KIND_INT32:
    case KIND_INT64:
    case KIND_UINT:
    case KIND_UINT8:
    case KIND_UINT16:
    case KIND_UINT32:
    case KIND_UINT64:
    case KIND_UINTPTR:
    case KIND_POINTER:
    case KIND_CHAN:
    case KIND_UNSAFE_POINTER: return KEY_WORD;
    case KIND_FLOAT32:
    case KIND_FLOAT64: return KEY_FLOAT;
    case KIND_STRING: return KEY_STRING;
    default: return KEY_GENERIC;
    }
}

/* ---- arrays ---- */

static inline Slot *entry_at(const Map *m, int64_t i) {
    return __atomic_load_n(&m->arr, __ATOMIC_ACQUIRE)->e + i * m->eslots;
}

static EntryArray *new_entries(const Map *m, int64_t cap) {
    EntryArray *a = NEW(EntryArray);
    size_t bytes = (size_t)cap * (size_t)m->eslots * sizeof(Slot);
    a->e = alloc_or_die(bytes ? bytes : sizeof(Slot), m->atomic);
    if (m->atomic) {
        memset(a->e, 0, bytes);
    }
    return a;
}

/* Publishes a fresh empty index for ecap entries (after the entry array it indexes). */
static void new_index(Map *m, int64_t ecap) {
    size_t cells = (size_t)ecap * 2;
    uint64_t *index = alloc_or_die(cells * sizeof(uint64_t), true);
    memset(index, 0xff, cells * sizeof(uint64_t));
    __atomic_store_n(&m->index, index, __ATOMIC_RELEASE);
    __atomic_store_n(&m->imask, cells - 1, __ATOMIC_RELEASE);
}

static inline void index_put(Map *m, uint64_t h, uint32_t ei) {
    uint64_t mask = m->imask;
    uint64_t i = h & mask;
    for (;;) {
        uint32_t c = (uint32_t)m->index[i];
        if (c == CELL_EMPTY || c == CELL_TOMB) {
            m->index[i] = (h >> 32) << 32 | ei;
            return;
        }
        i = (i + 1) & mask;
    }
}

/* Moves the live entries into fresh arrays of capacity ecap (>= count). */
static void rebuild(Map *m, int64_t ecap) {
    EntryArray *old = m->arr;
    EntryArray *na = new_entries(m, ecap);
    __atomic_store_n(&old->next, na, __ATOMIC_RELEASE);
    __atomic_thread_fence(__ATOMIC_RELEASE); /* next is seen before any FORWARD below */
    int32_t es = m->eslots;
    int64_t j = 0;
    for (int64_t i = 0; i < m->used; i++) {
        Slot *e = old->e + i * es;
        if (e[0].u & DELETED) {
            continue;
        }
        memcpy(na->e + j * es, e, (size_t)es * sizeof(Slot));
        e[0].u = FORWARD | (uint64_t)j;
        j++;
    }
    __atomic_store_n(&m->arr, na, __ATOMIC_RELEASE);
    m->ecap = ecap;
    m->used = j;
    new_index(m, ecap);
    for (int64_t i = 0; i < j; i++) {
        index_put(m, na->e[i * es].u, (uint32_t)i);
    }
}

static int64_t cap_for(int64_t n) {
    int64_t c = MIN_CAP;
    while (c < n && c < MAX_CAP) {
        c *= 2;
    }
    return c;
}

/* ---- the API ---- */

Map *map_new(const Type *mtype, int64_t hint) {
    Map *m = NEW(Map);
    m->type = mtype;
    m->ktype = mtype->key;
    m->kslots = mtype->key->slots;
    m->vslots = mtype->elem->slots;
    m->eslots = 1 + m->kslots + m->vslots;
    m->kind = key_kind(mtype->key);
    m->atomic = (mtype->key->flags & TYPE_POINTERFREE) && (mtype->elem->flags & TYPE_POINTERFREE);
    m->seed = 0x2d358dccaa6c78a5ull;
    m->ecap = cap_for(hint);
    m->arr = new_entries(m, m->ecap);
    new_index(m, m->ecap);
    return m;
}

int64_t map_len(const Map *m) {
    return m ? m->count : 0;
}

const Type *map_type(const Map *m) {
    return m ? m->type : NULL;
}

/* The index cell holding key (with hash h), or -1; *entry is the key's entry. Inlined per
 * key kind. Bounded, and on one snapshot of the index, for a racing reader's sake. */
static inline __attribute__((always_inline)) int64_t probe(const Map *m, int kind, const Slot *key,
                                                           uint64_t h, Slot **entry) {
    uint64_t mask = __atomic_load_n(&m->imask, __ATOMIC_ACQUIRE);
    const uint64_t *index = __atomic_load_n(&m->index, __ATOMIC_ACQUIRE);
    uint64_t i = h & mask;
    uint32_t tag = (uint32_t)(h >> 32);
    for (uint64_t n = 0; n <= mask; n++) {
        uint64_t c = index[i];
        uint32_t ei = (uint32_t)c;
        if (ei == CELL_EMPTY) {
            return -1;
        }
        if (ei != CELL_TOMB && (uint32_t)(c >> 32) == tag) {
            Slot *e = entry_at(m, ei);
            if (e[0].u == h && key_equal(m, kind, e + 1, key)) {
                *entry = e;
                return (int64_t)i;
            }
        }
        i = (i + 1) & mask;
    }
    return -1;
}

static inline __attribute__((always_inline)) Slot *find_kind(Map *m, int kind, const Slot *key,
                                                             const Type **unc) {
    *unc = NULL;
    if (kind == KEY_FLOAT && key[0].f != key[0].f) {
        return NULL; /* never found; and a lookup must not write (concurrent readers) */
    }
    uint64_t h = key_hash(m, kind, key, unc);
    if (kind == KEY_GENERIC && *unc) {
        return NULL;
    }
    Slot *e;
    if (probe(m, kind, key, h, &e) < 0) {
        return NULL;
    }
    return e + 1 + m->kslots;
}

Slot *map_find(Map *m, const Slot *key, const Type **uncomparable) {
    *uncomparable = NULL;
    if (!m) {
        return NULL;
    }
    read_check(m, "concurrent map read and map write");
    if (m->count == 0) {
        if (m->kind == KEY_GENERIC) {
            key_hash(m, KEY_GENERIC, key, uncomparable); /* Go panics on unhashable keys */
        }
        return NULL;
    }
    switch (m->kind) {
    case KEY_WORD: return find_kind(m, KEY_WORD, key, uncomparable);
    case KEY_STRING: return find_kind(m, KEY_STRING, key, uncomparable);
    case KEY_FLOAT: return find_kind(m, KEY_FLOAT, key, uncomparable);
    default: return find_kind(m, KEY_GENERIC, key, uncomparable);
    }
}

static inline __attribute__((always_inline)) Slot *insert_kind(Map *m, int kind, const Slot *key,
                                                               const Type **unc) {
    *unc = NULL;
    uint64_t h = key_hash(m, kind, key, unc);
    if (kind == KEY_GENERIC && *unc) {
        return NULL;
    }
    Slot *e;
    if (m->count > 0 && probe(m, kind, key, h, &e) >= 0) {
        if (kind != KEY_WORD) {
            /* like Go, an assignment stores the new key too (+0 replaces -0) */
            memcpy(e + 1, key, (size_t)m->kslots * sizeof(Slot));
        }
        return e + 1 + m->kslots;
    }
    if (m->used == m->ecap) {
        int64_t ncap = m->ecap;
        if (m->count * 2 > m->ecap || m->count == m->ecap) {
            if (ncap >= MAX_CAP) {
                fputs("fatal error: runtime: map too large\n", stderr);
                exit(2);
            }
            ncap *= 2;
        }
        rebuild(m, ncap);
    }
    int64_t ei = m->used++;
    e = entry_at(m, ei);
    e[0].u = h;
    memcpy(e + 1, key, (size_t)m->kslots * sizeof(Slot));
    index_put(m, h, (uint32_t)ei);
    m->count++;
    return e + 1 + m->kslots;
}

Slot *map_insert(Map *m, const Slot *key, const Type **uncomparable) {
    write_begin(m);
    Slot *v;
    switch (m->kind) {
    case KEY_WORD: v = insert_kind(m, KEY_WORD, key, uncomparable); break;
    case KEY_STRING: v = insert_kind(m, KEY_STRING, key, uncomparable); break;
    case KEY_FLOAT: v = insert_kind(m, KEY_FLOAT, key, uncomparable); break;
    default: v = insert_kind(m, KEY_GENERIC, key, uncomparable); break;
    }
    write_end(m);
    return v;
}

static void delete_key(Map *m, const Slot *key, const Type **uncomparable) {
    uint64_t h = key_hash(m, m->kind, key, uncomparable);
    if (*uncomparable || m->count == 0) {
        return;
    }
    Slot *e;
    int64_t c = probe(m, m->kind, key, h, &e);
    if (c < 0) {
        return;
    }
    m->index[c] = (m->index[c] & ~(uint64_t)0xffffffffu) | CELL_TOMB;
    e[0].u = DELETED;
    memset(e + 1, 0, (size_t)(m->kslots + m->vslots) * sizeof(Slot));
    m->count--;
}

void map_delete(Map *m, const Slot *key, const Type **uncomparable) {
    *uncomparable = NULL;
    if (!m || (m->kind == KEY_FLOAT && key[0].f != key[0].f)) {
        return;
    }
    write_begin(m);
    delete_key(m, key, uncomparable);
    write_end(m);
}

void map_clear(Map *m) {
    if (!m || m->used == 0) {
        return;
    }
    write_begin(m);
    m->arr->cleared = true;
    __atomic_store_n(&m->arr, new_entries(m, m->ecap), __ATOMIC_RELEASE);
    new_index(m, m->ecap);
    m->used = 0;
    m->count = 0;
    write_end(m);
}

Map *map_clone(const Map *m) {
    if (!m) {
        return NULL;
    }
    read_check(m, "concurrent map read and map write");
    Map *c = NEW(Map);
    *c = *m;
    c->ecap = cap_for(m->count);
    c->arr = new_entries(c, c->ecap);
    new_index(c, c->ecap);
    int32_t es = m->eslots;
    int64_t j = 0;
    for (int64_t i = 0; i < m->used; i++) {
        const Slot *e = m->arr->e + i * es;
        if (e[0].u & DELETED) {
            continue;
        }
        memcpy(c->arr->e + j * es, e, (size_t)es * sizeof(Slot));
        index_put(c, e[0].u, (uint32_t)j);
        j++;
    }
    c->used = j;
    return c;
}

MapIter map_iter(Map *m) {
    MapIter it = {m, NULL, 0, 0, 0};
    if (m) {
        it.entries = m->arr;
        it.n = m->used;
    }
    return it;
}

bool map_iter_next(MapIter *it, Slot **key, Slot **val) {
    Map *m = it->m;
    EntryArray *a = it->entries;
    if (m) {
        read_check(m, "concurrent map iteration and map write");
    }
    while (it->i < it->n) {
        int64_t i = it->i++;
        if (a == __atomic_load_n(&m->arr, __ATOMIC_ACQUIRE)) {
            Slot *e = a->e + i * m->eslots;
            if (e[0].u & DELETED) {
                continue;
            }
            *key = e + 1;
            *val = e + 1 + m->kslots;
            return true;
        }
        /* The array was replaced: follow this entry to where it lives now. */
        EntryArray *b = a;
        uint64_t j = (uint64_t)i;
        for (;;) {
            if (b->cleared) {
                it->i = it->n; /* everything in a cleared array is gone */
                return false;
            }
            Slot *e = b->e + j * (uint64_t)m->eslots;
            uint64_t hd = __atomic_load_n(&e[0].u, __ATOMIC_ACQUIRE);
            if (hd & DELETED) {
                break;
            }
            if (hd & FORWARD) {
                j = hd & ~FORWARD;
                b = __atomic_load_n(&b->next, __ATOMIC_ACQUIRE);
                continue;
            }
            *key = e + 1;
            *val = e + 1 + m->kslots;
            return true;
        }
    }
    return false;
}
