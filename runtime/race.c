/* race.c — the data race detector of -race: happens-before with vector clocks and
 * FastTrack's epochs (Flanagan and Freund, PLDI 2009), over the memory accesses the VM's
 * HOOK instructions report (user code's package variables, heap cells, slices and maps) and
 * the synchronisation the runtime reports (go statements, channels, sync, sync/atomic).
 *
 * Goroutines. A goroutine that touches memory or synchronises holds a thread id (tid) with
 * its own clock; its vector clock says, for every other tid, the last clock of it it knows
 * about (sparse: sorted (tid, clock) pairs). An epoch is clock << 32 | tid: a moment of the
 * goroutine holding tid then. Epoch e happens before what goroutine t does now iff clock(e)
 * <= t's knowledge of tid(e). There are NTIDS tids (as ThreadSanitizer v3 has a fixed number
 * of slots), so that clocks stay small whatever the number of goroutines: past NTIDS, a tid
 * is taken back from a goroutine that is not running, which keeps its own past in its clock
 * and takes a new tid when it next needs one. A tid's next holder starts above its last
 * clock; with more than NTIDS goroutines alive, a race between a goroutine and a later holder
 * of its tid (or one ordered after that holder) can go unnoticed.
 *
 * Memory. Each 8-byte slot has a shadow: the epoch and site of its last write, and of its
 * last read, or of the last read of every goroutine that read it since the last write when
 * several did concurrently (a read set). An access that does not happen after the
 * conflicting access in the shadow is a race. Shadows belong to the heap object holding the
 * slot (found with GC_base): a RaceObj per object, in a table keyed by its address, with a
 * disappearing link the collector clears when the object dies, so that a new object at the
 * same address starts with clean shadows. Synchronisation objects (a mutex word, an atomic,
 * a channel's buffer slots) keep their vector clocks in the RaceObj of their object too.
 *
 * Sites. A site is where an access happened: a node of a trie of call stacks (one trie
 * root per goroutine, so a site also names its goroutine) and the instruction index of the
 * innermost frame. A goroutine caches its caller frames' node, so that consecutive accesses
 * from one function cost no interning.
 *
 * Reports are Go's; as its detector (ThreadSanitizer's suppress_equal_stacks and
 * suppress_equal_addresses), we report each pair of source positions once, and each address
 * once.
 * Invariant: only the thread holding the one processor calls in (catch.h), one call at a
 * time, so nothing here takes a lock.
 */
#include "race.h"

#include "../src/common.h"
#include "catch.h"
#include "chan.h"
#include "exec.h"
#include "native.h"

#include <stdio.h>

#define NTIDS 512
#define NO_TID UINT32_MAX
#define NO_PC (-1)

bool race_on;

/* ---- vector clocks ----
 * Sparse, sorted by tid. Arrays are shared copy-on-write: a goroutine that learns all a
 * clock says and nothing more (every receiver woken by a close, a goroutine at its start)
 * takes the array itself, and whoever changes a shared array copies it first. A shared
 * array never changes, so a clock can remember one it covers (memo) and skip joining it
 * again: after a broadcast, each of n goroutines releasing into one clock costs O(1), not
 * O(n). */

typedef struct VCEntry {
    uint32_t tid, clock;
} VCEntry;

typedef struct VC {
    VCEntry *e; /* sorted by tid */
    int32_t n, cap;
    bool shared;         /* e may be another clock's too: copy before changing it */
    const VCEntry *memo; /* a shared array this clock covers (memo_n entries) */
    int32_t memo_n;
} VC;

/* The index of tid in v, or where it would go. */
static int32_t vc_find(const VC *v, uint32_t tid) {
    int32_t lo = 0, hi = v->n;
    while (lo < hi) {
        int32_t mid = (lo + hi) / 2;
        if (v->e[mid].tid < tid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

static uint32_t vc_get(const VC *v, uint32_t tid) {
    int32_t i = vc_find(v, tid);
    return i < v->n && v->e[i].tid == tid ? v->e[i].clock : 0;
}

/* Makes room for n entries in an array of v's own. */
static void vc_reserve(VC *v, int32_t n) {
    if (n <= v->cap && !v->shared) {
        return;
    }
    int32_t cap = n + n / 2 + 4; /* a shared array is copied to one of our own, grown */
    if (!v->shared && v->cap * 2 > cap) {
        cap = v->cap * 2;
    }
    VCEntry *e = GC_MALLOC_ATOMIC(sizeof(VCEntry) * (size_t)cap);
    if (v->n) {
        memcpy(e, v->e, sizeof(VCEntry) * (size_t)v->n);
    }
    v->e = e;
    v->cap = cap;
    v->shared = false;
}

/* v[tid] = max(v[tid], clock). */
static void vc_raise(VC *v, uint32_t tid, uint32_t clock) {
    int32_t i = vc_find(v, tid);
    if (i < v->n && v->e[i].tid == tid) {
        if (v->e[i].clock < clock) {
            vc_reserve(v, v->n);
            v->e[i].clock = clock;
        }
        return;
    }
    vc_reserve(v, v->n + 1);
    memmove(&v->e[i + 1], &v->e[i], sizeof(VCEntry) * (size_t)(v->n - i));
    v->e[i] = (VCEntry){tid, clock};
    v->n++;
}

/* Whether dst knows all src says: by binary searches when src is small, else a walk. */
static bool vc_covers(const VC *dst, const VC *src) {
    if (src->n <= 8) {
        for (int32_t j = 0; j < src->n; j++) {
            if (vc_get(dst, src->e[j].tid) < src->e[j].clock) {
                return false;
            }
        }
        return true;
    }
    int32_t i = 0;
    for (int32_t j = 0; j < src->n; j++) {
        while (i < dst->n && dst->e[i].tid < src->e[j].tid) {
            i++;
        }
        if (i == dst->n || dst->e[i].tid != src->e[j].tid || dst->e[i].clock < src->e[j].clock) {
            return false;
        }
    }
    return true;
}

/* dst = dst joined with src, merged from the back into room for both, then moved down. */
static void vc_merge(VC *dst, const VC *src) {
    vc_reserve(dst, dst->n + src->n);
    VCEntry *e = dst->e;
    int32_t i = dst->n - 1, j = src->n - 1, k = dst->n + src->n - 1;
    while (j >= 0) {
        if (i >= 0 && e[i].tid > src->e[j].tid) {
            e[k--] = e[i--];
        } else if (i >= 0 && e[i].tid == src->e[j].tid) {
            VCEntry x = e[i--];
            if (x.clock < src->e[j].clock) {
                x.clock = src->e[j].clock;
            }
            e[k--] = x;
            j--;
        } else {
            e[k--] = src->e[j--];
        }
    }
    while (i >= 0) {
        e[k--] = e[i--];
    }
    int32_t n = dst->n + src->n - 1 - k;
    memmove(e, e + k + 1, sizeof(VCEntry) * (size_t)n);
    dst->n = n;
}

static void vc_join(VC *dst, VC *src) {
    if (src->n == 0 || (src->e == dst->e && src->n == dst->n) ||
        (src->shared && src->e == dst->memo && src->n <= dst->memo_n)) {
        return;
    }
    if (dst->n == 0 || vc_covers(src, dst)) {
        /* dst learns exactly src: it shares src's array */
        dst->e = src->e;
        dst->n = src->n;
        dst->cap = src->cap;
        dst->shared = src->shared = true;
    } else if (!vc_covers(dst, src)) {
        vc_merge(dst, src);
    }
    if (src->shared) {
        dst->memo = src->e;
        dst->memo_n = src->n;
    }
}

/* ---- goroutines ---- */

typedef struct RaceG {
    uint32_t tid, clock;
    VC vc; /* what it knows of the others (its own entry: clock) */
    int64_t gid;
    bool finished;
    uint64_t created; /* the site of the go statement that started it (0: none) */
    uint32_t root;    /* its node in the site trie */
    int32_t ignore;   /* > 0: synchronisation is not seen (sync.go's own atomics) */
    /* race_site's cache: the frames of the last site but the innermost's pc, and its node */
    RaceFrame *cache;
    int32_t ncache, capcache;
    uint32_t cache_node;
} RaceG;

static struct {
    RaceG *holder[NTIDS]; /* who holds each tid (NULL: nobody) */
    uint32_t last[NTIDS]; /* the last clock each tid had, for its next holder */
    uint32_t used;        /* tids handed out at least once (in order, at first) */
    VEC(uint32_t) free;   /* tids given back by finished goroutines */
    uint32_t hand;        /* where to look for a tid to take back */
    RaceG *pinned[2];     /* the goroutines of the operation under way: they keep theirs */
} tids;

static uint64_t epoch_of(const RaceG *t) {
    return (uint64_t)t->clock << 32 | t->tid;
}

/* What t knows of tid's clock. */
static uint32_t known(const RaceG *t, uint32_t tid) {
    return tid == t->tid ? t->clock : vc_get(&t->vc, tid);
}

/* Whether epoch e happens before what t does now. */
static bool before(uint64_t e, const RaceG *t) {
    return (uint32_t)(e >> 32) <= known(t, (uint32_t)e);
}

/* t gives its tid back, remembering its own past in its clock. */
static void detach(RaceG *t) {
    vc_raise(&t->vc, t->tid, t->clock);
    tids.last[t->tid] = t->clock;
    tids.holder[t->tid] = NULL;
    t->tid = NO_TID;
}

/* t takes a tid: a fresh one, one a finished goroutine gave back, or one taken back from a
 * goroutine not in the operation under way. */
static void attach(RaceG *t) {
    uint32_t tid;
    if (tids.used < NTIDS) {
        tid = tids.used++;
    } else if (tids.free.len > 0) {
        tid = tids.free.data[--tids.free.len];
    } else {
        do {
            tid = tids.hand++ % NTIDS;
        } while (tids.holder[tid] == tids.pinned[0] || tids.holder[tid] == tids.pinned[1]);
        detach(tids.holder[tid]);
    }
    t->tid = tid;
    t->clock = tids.last[tid] + 1;
    tids.holder[tid] = t;
}

/* t, about to be used, holding a tid. */
static RaceG *attached(RaceG *t) {
    if (t->tid == NO_TID) {
        attach(t);
    }
    if (tids.pinned[0] != t) {
        tids.pinned[1] = tids.pinned[0];
        tids.pinned[0] = t;
    }
    return t;
}

static uint32_t new_root(RaceG *owner);

/* The synchronisation object AfterFunc's goroutines start from (see race_timer_armed). */
static char timer_key;

static VC *sync_vc(const void *addr);

static RaceG *new_race_g(G *g) {
    RaceG *t = NEW(RaceG);
    t->tid = NO_TID;
    t->gid = g->id;
    t->root = new_root(t);
    g->race = t;
    return t;
}

/* g's detector state, made on first use for a goroutine no go statement started (main, an
 * AfterFunc's). */
static RaceG *race_g(G *g) {
    RaceG *t = g->race;
    if (!t) {
        t = new_race_g(g);
        vc_join(&t->vc, sync_vc(&timer_key));
    }
    return attached(t);
}

/* ---- sites ---- */

typedef struct Node {
    uint32_t parent; /* 0: a root */
    int32_t pc;      /* NO_PC: the innermost frame (its pc is in the site) */
    const void *fn;
    RaceG *owner;
} Node;

static struct {
    VEC(Node) nodes; /* nodes.data[0] is unused: 0 means none */
    uint32_t *index; /* open addressing over node numbers (0: empty) */
    uint32_t mask;
    uint32_t used;
} trie;

static uint64_t node_hash(uint32_t parent, const void *fn, int32_t pc) {
    uint64_t h = (uint64_t)(uintptr_t)fn * 0x9E3779B97F4A7C15ull;
    h ^= ((uint64_t)parent << 32 | (uint32_t)pc) * 0xC2B2AE3D27D4EB4Full;
    return h ^ (h >> 29);
}

static uint32_t push_node(Node n) {
    if (trie.nodes.len == 0) {
        vec_push(&trie.nodes, (Node){0});
    }
    vec_push(&trie.nodes, n);
    return (uint32_t)trie.nodes.len - 1;
}

static uint32_t new_root(RaceG *owner) {
    return push_node((Node){0, NO_PC, NULL, owner});
}

static void trie_insert(uint32_t id) {
    Node *n = &trie.nodes.data[id];
    uint64_t i = node_hash(n->parent, n->fn, n->pc) & trie.mask;
    while (trie.index[i]) {
        i = (i + 1) & trie.mask;
    }
    trie.index[i] = id;
}

static void trie_grow(void) {
    uint32_t cap = trie.mask ? (trie.mask + 1) * 2 : 1024;
    trie.index = GC_MALLOC_ATOMIC(sizeof(uint32_t) * cap);
    memset(trie.index, 0, sizeof(uint32_t) * cap);
    trie.mask = cap - 1;
    for (int i = 1; i < trie.nodes.len; i++) {
        if (trie.nodes.data[i].parent) {
            trie_insert((uint32_t)i);
        }
    }
}

/* The child of node parent for frame (fn, pc). */
static uint32_t child_node(uint32_t parent, const void *fn, int32_t pc) {
    if (trie.used * 2 >= trie.mask) {
        trie_grow();
    }
    uint64_t i = node_hash(parent, fn, pc) & trie.mask;
    for (uint32_t id; (id = trie.index[i]); i = (i + 1) & trie.mask) {
        Node *n = &trie.nodes.data[id];
        if (n->parent == parent && n->fn == fn && n->pc == pc) {
            return id;
        }
    }
    uint32_t id = push_node((Node){parent, pc, fn, trie.nodes.data[parent].owner});
    trie_insert(id);
    trie.used++;
    return id;
}

uint64_t race_site(G *g, const RaceFrame *frames, int n) {
    RaceG *t = race_g(g);
    bool hit = t->ncache == n && t->cache[0].fn == frames[0].fn;
    for (int i = 1; hit && i < n; i++) {
        hit = t->cache[i].fn == frames[i].fn && t->cache[i].pc == frames[i].pc;
    }
    if (!hit) {
        uint32_t node = t->root;
        for (int i = n - 1; i >= 1; i--) {
            node = child_node(node, frames[i].fn, frames[i].pc);
        }
        t->cache_node = child_node(node, frames[0].fn, NO_PC);
        if (n > t->capcache) {
            t->capcache = n * 2;
            t->cache = GC_MALLOC(sizeof(RaceFrame) * (size_t)t->capcache);
        }
        memcpy(t->cache, frames, sizeof(RaceFrame) * (size_t)n);
        t->ncache = n;
    }
    return (uint64_t)t->cache_node << 32 | (uint32_t)frames[0].pc;
}

static RaceG *site_owner(uint64_t site) {
    return trie.nodes.data[site >> 32].owner;
}

static void print_site(StrBuf *b, uint64_t site) {
    const Node *n = &trie.nodes.data[site >> 32];
    RaceFrame f = {n->fn, (int32_t)(uint32_t)site};
    exec_print_race_frame(&f, b);
    for (uint32_t id = n->parent; id && trie.nodes.data[id].parent;
         id = trie.nodes.data[id].parent) {
        const Node *p = &trie.nodes.data[id];
        f = (RaceFrame){p->fn, p->pc};
        exec_print_race_frame(&f, b);
    }
}

/* The innermost frame of a site, as a number: for telling pairs of positions apart. */
static uint64_t site_top(uint64_t site) {
    const Node *n = &trie.nodes.data[site >> 32];
    return (uint64_t)(uintptr_t)n->fn * 0x9E3779B97F4A7C15ull + (uint32_t)site;
}

/* ---- heap objects, their shadows and their synchronisation objects ---- */

typedef struct ReadEntry {
    uint32_t tid, clock;
    uint64_t site;
} ReadEntry;

typedef struct ReadSet {
    ReadEntry *e; /* sorted by tid */
    int32_t n, cap;
} ReadSet;

typedef struct Shadow {
    uint64_t w, r; /* epochs of the last write and read (0: none; r: see rs) */
    uint64_t wsite, rsite;
    ReadSet *rs; /* concurrent reads since the last write, when several (then r == 0) */
} Shadow;

typedef struct SyncVar {
    int64_t key; /* slot index in the object */
    VC vc;
    struct SyncVar *next;
} SyncVar;

typedef struct RaceObj {
    void *link; /* the object, hidden; cleared by the collector when it dies */
    uintptr_t base;
    int64_t nslots;
    bool permanent; /* not a collected object: no link */
    Shadow *cells;  /* nslots shadows, made on the first access */
    SyncVar *syncs;
    VC *chan; /* a channel's: its buffer slots' clocks, then its close clock */
    int64_t nchan;
} RaceObj;

static struct {
    RaceObj **slots;
    uint64_t mask;
    uint64_t used;
    RaceObj *last; /* the object of the last lookup */
} objs;

static bool obj_alive(const RaceObj *o) {
    return o->permanent || o->link != NULL;
}

static uint64_t addr_hash(uintptr_t a) {
    uint64_t h = (uint64_t)a * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 31);
}

static void objs_put(RaceObj *o) {
    uint64_t i = addr_hash(o->base) & objs.mask;
    while (objs.slots[i]) {
        i = (i + 1) & objs.mask;
    }
    objs.slots[i] = o;
    objs.used++;
}

/* Grows the table, dropping the objects that died. */
static void objs_grow(void) {
    RaceObj **old = objs.slots;
    uint64_t n = objs.mask ? objs.mask + 1 : 0;
    uint64_t cap = n ? n * 2 : 4096;
    objs.slots = GC_MALLOC(sizeof(RaceObj *) * cap);
    objs.mask = cap - 1;
    objs.used = 0;
    objs.last = NULL;
    for (uint64_t i = 0; i < n; i++) {
        if (old[i] && obj_alive(old[i])) {
            objs_put(old[i]);
        }
    }
}

/* Starts o afresh for the object at base (its first use, or a new object where a dead one
 * was). */
static void obj_init(RaceObj *o, uintptr_t base, int64_t nslots, bool permanent) {
    o->base = base;
    o->nslots = nslots;
    o->permanent = permanent;
    o->cells = NULL;
    o->syncs = NULL;
    o->chan = NULL;
    o->nchan = 0;
    o->link = (void *)GC_HIDE_POINTER((void *)base);
    if (!permanent) {
        GC_general_register_disappearing_link(&o->link, (void *)base);
    }
}

/* The RaceObj of the object holding addr: a collected object, or else the page. */
static RaceObj *obj_of(const void *addr) {
    uintptr_t a = (uintptr_t)addr;
    RaceObj *o = objs.last;
    if (o && a - o->base < (uint64_t)o->nslots * sizeof(Slot) && obj_alive(o)) {
        return o;
    }
    void *b = GC_base((void *)addr);
    uintptr_t base = b ? (uintptr_t)b : a & ~(uintptr_t)4095;
    int64_t nslots = b ? (int64_t)(GC_size(b) / sizeof(Slot)) : (int64_t)(4096 / sizeof(Slot));
    if (objs.used * 2 >= objs.mask) {
        objs_grow();
    }
    uint64_t i = addr_hash(base) & objs.mask;
    for (; (o = objs.slots[i]); i = (i + 1) & objs.mask) {
        if (o->base == base) {
            if (!obj_alive(o) || o->nslots != nslots) {
                obj_init(o, base, nslots, b == NULL);
            }
            objs.last = o;
            return o;
        }
    }
    o = NEW(RaceObj);
    obj_init(o, base, nslots, b == NULL);
    objs_put(o);
    objs.last = o;
    return o;
}

static VC *sync_vc(const void *addr) {
    RaceObj *o = obj_of(addr);
    int64_t key = (int64_t)(((uintptr_t)addr - o->base) / sizeof(Slot));
    for (SyncVar *s = o->syncs; s; s = s->next) {
        if (s->key == key) {
            return &s->vc;
        }
    }
    SyncVar *s = NEW(SyncVar);
    s->key = key;
    s->next = o->syncs;
    o->syncs = s;
    return &s->vc;
}

/* ---- reports ---- */

static struct {
    int64_t count;
    VEC(uint64_t) pairs;  /* reported pairs of positions: (smaller, larger) site_top values */
    VEC(uintptr_t) addrs; /* reported addresses */
} reports;

static bool seen_addr(uintptr_t addr) {
    for (int i = 0; i < reports.addrs.len; i++) {
        if (reports.addrs.data[i] == addr) {
            return true;
        }
    }
    vec_push(&reports.addrs, addr);
    return false;
}

static bool seen_pair(uint64_t a, uint64_t b) {
    if (a > b) {
        uint64_t t = a;
        a = b;
        b = t;
    }
    for (int i = 0; i < reports.pairs.len; i += 2) {
        if (reports.pairs.data[i] == a && reports.pairs.data[i + 1] == b) {
            return true;
        }
    }
    vec_push(&reports.pairs, a);
    vec_push(&reports.pairs, b);
    return false;
}

static void who(StrBuf *b, const RaceG *t) {
    if (t->gid == 1) {
        sb_puts(b, "main goroutine");
    } else {
        sb_printf(b, "goroutine %lld", (long long)t->gid);
    }
}

static void creation(StrBuf *b, const RaceG *t, bool running) {
    if (!t->created) {
        return;
    }
    sb_printf(b, "\nGoroutine %lld (%s) created at:\n", (long long)t->gid,
              running       ? "running"
              : t->finished ? "finished"
                            : "running");
    print_site(b, t->created);
}

/* t's access at site conflicts with the earlier one at prev: report it, once per pair of
 * positions. */
static void report(RaceG *t, uintptr_t addr, bool write, uint64_t site, bool prev_write,
                   uint64_t prev) {
    if (seen_pair(site_top(site), site_top(prev)) || seen_addr(addr)) {
        return;
    }
    reports.count++;
    RaceG *p = site_owner(prev);
    StrBuf b = {0};
    sb_puts(&b, "==================\nWARNING: DATA RACE\n");
    sb_printf(&b, "%s at 0x%012llx by ", write ? "Write" : "Read", (unsigned long long)addr);
    who(&b, t);
    sb_puts(&b, ":\n");
    print_site(&b, site);
    sb_printf(&b, "\nPrevious %s at 0x%012llx by ", prev_write ? "write" : "read",
              (unsigned long long)addr);
    who(&b, p);
    sb_puts(&b, ":\n");
    print_site(&b, prev);
    creation(&b, t, true);
    if (p != t) {
        creation(&b, p, false);
    }
    sb_puts(&b, "==================\n");
    rt_write(2, b.data, b.len);
}

/* ---- accesses ---- */

static void add_read(ReadSet *rs, uint32_t tid, uint32_t clock, uint64_t site) {
    int32_t lo = 0, hi = rs->n;
    while (lo < hi) {
        int32_t mid = (lo + hi) / 2;
        if (rs->e[mid].tid < tid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo < rs->n && rs->e[lo].tid == tid) {
        rs->e[lo].clock = clock;
        rs->e[lo].site = site;
        return;
    }
    if (rs->n == rs->cap) {
        int32_t cap = rs->cap ? rs->cap * 2 : 4;
        ReadEntry *e = GC_MALLOC_ATOMIC(sizeof(ReadEntry) * (size_t)cap);
        if (rs->n) {
            memcpy(e, rs->e, sizeof(ReadEntry) * (size_t)rs->n);
        }
        rs->e = e;
        rs->cap = cap;
    }
    memmove(&rs->e[lo + 1], &rs->e[lo], sizeof(ReadEntry) * (size_t)(rs->n - lo));
    rs->e[lo] = (ReadEntry){tid, clock, site};
    rs->n++;
}

static void read_slot(RaceG *t, Shadow *s, uintptr_t addr, uint64_t site) {
    uint64_t e = epoch_of(t);
    if (s->r == e) {
        return;
    }
    if (s->w && !before(s->w, t)) {
        report(t, addr, false, site, true, s->wsite);
    }
    if (s->rs && s->rs->n) {
        add_read(s->rs, t->tid, t->clock, site);
    } else if (!s->r || before(s->r, t)) {
        s->r = e;
        s->rsite = site;
    } else {
        if (!s->rs) {
            s->rs = NEW(ReadSet);
        }
        add_read(s->rs, (uint32_t)s->r, (uint32_t)(s->r >> 32), s->rsite);
        add_read(s->rs, t->tid, t->clock, site);
        s->r = 0;
    }
}

static void write_slot(RaceG *t, Shadow *s, uintptr_t addr, uint64_t site) {
    uint64_t e = epoch_of(t);
    if (s->w == e) {
        return;
    }
    if (s->w && !before(s->w, t)) {
        report(t, addr, true, site, true, s->wsite);
    }
    if (s->rs && s->rs->n) {
        for (int32_t i = 0; i < s->rs->n; i++) {
            ReadEntry *r = &s->rs->e[i];
            if (r->clock > known(t, r->tid)) {
                report(t, addr, true, site, false, r->site);
            }
        }
        s->rs->n = 0;
    } else if (s->r && !before(s->r, t)) {
        report(t, addr, true, site, false, s->rsite);
    }
    s->r = 0;
    s->w = e;
    s->wsite = site;
}

static void touch_range(G *g, const void *addr, int64_t n, bool write, uint64_t site) {
    RaceG *t = race_g(g);
    uintptr_t a = (uintptr_t)addr;
    while (n > 0) {
        RaceObj *o = obj_of((const void *)a);
        int64_t first = (int64_t)((a - o->base) / sizeof(Slot));
        int64_t k = o->nslots - first < n ? o->nslots - first : n;
        if (k <= 0) {
            return; /* past the end of what the collector knows: not a Go object */
        }
        if (!o->cells) {
            o->cells = GC_MALLOC(sizeof(Shadow) * (size_t)o->nslots);
        }
        for (int64_t i = 0; i < k; i++) {
            uintptr_t at = a + (uintptr_t)i * sizeof(Slot);
            if (write) {
                write_slot(t, &o->cells[first + i], at, site);
            } else {
                read_slot(t, &o->cells[first + i], at, site);
            }
        }
        a += (uintptr_t)k * sizeof(Slot);
        n -= k;
    }
}

void race_read(G *g, const void *addr, int64_t n, uint64_t site) {
    touch_range(g, addr, n, false, site);
}

void race_write(G *g, const void *addr, int64_t n, uint64_t site) {
    touch_range(g, addr, n, true, site);
}

static void touch_caller(G *g, const void *addr, bool write) {
    RaceFrame frames[32];
    int n = exec_race_frames(g, frames, 32);
    if (n > 0) {
        touch_range(g, addr, 1, write, race_site(g, frames, n));
    }
}

void race_read_caller(G *g, const void *addr) {
    touch_caller(g, addr, false);
}

void race_write_caller(G *g, const void *addr) {
    touch_caller(g, addr, true);
}

/* ---- happens-before ---- */

/* l takes what t knows; t's clock moves on. */
static void release_to(RaceG *t, VC *l) {
    vc_join(l, &t->vc);
    vc_raise(l, t->tid, t->clock);
    t->clock++;
}

static void acquire_from(RaceG *t, VC *l) {
    vc_join(&t->vc, l);
}

void race_acquire(G *g, const void *addr) {
    RaceG *t = race_g(g);
    if (!t->ignore) {
        acquire_from(t, sync_vc(addr));
    }
}

void race_release(G *g, const void *addr) {
    RaceG *t = race_g(g);
    if (!t->ignore) {
        release_to(t, sync_vc(addr));
    }
}

void race_atomic(G *g, const void *addr, bool load, bool store) {
    RaceG *t = race_g(g);
    if (t->ignore) {
        return;
    }
    VC *l = sync_vc(addr);
    if (load) {
        acquire_from(t, l);
    }
    if (store) {
        release_to(t, l);
    }
}

void race_ignore_sync(G *g, bool on) {
    race_g(g)->ignore += on ? 1 : -1;
}

void race_timer_armed(G *g) {
    race_release(g, &timer_key);
}

/* ---- channels ---- */

/* The clock of c's buffer slot i (i == cap: its close clock; an unbuffered channel has one
 * slot). */
static VC *chan_vc(Chan *c, int64_t i) {
    RaceObj *o = obj_of(c);
    if (!o->chan) {
        o->nchan = (c->buf.cap > 0 ? c->buf.cap : 1) + 1;
        o->chan = GC_MALLOC(sizeof(VC) * (size_t)o->nchan);
    }
    return &o->chan[i < o->nchan ? i : o->nchan - 1];
}

static VC *close_vc(Chan *c) {
    return chan_vc(c, INT64_MAX);
}

/* t goes through l: it learns all that went through before, and leaves what it knows. */
static void through(RaceG *t, VC *l) {
    acquire_from(t, l);
    release_to(t, l);
}

void race_chan_slot(G *g, Chan *c, int64_t i) {
    if (g) {
        through(race_g(g), chan_vc(c, i));
    }
}

void race_chan_handoff(G *sender, G *receiver, Chan *c) {
    if (!sender) {
        return; /* a timer's send, on the timer thread: no edge */
    }
    VC *l = chan_vc(c, c->buf.cap > 0 ? c->buf.sendx : 0);
    RaceG *s = race_g(sender), *r = race_g(receiver);
    through(s, l);
    through(r, l);
    if (c->buf.cap == 0) {
        acquire_from(s, l); /* unbuffered: the receive happens before the send completes */
    }
}

void race_chan_close(G *g, Chan *c) {
    if (g) {
        release_to(race_g(g), close_vc(c));
    }
}

void race_chan_closed_recv(G *g, Chan *c) {
    if (g) {
        acquire_from(race_g(g), close_vc(c));
    }
}

/* ---- goroutines ---- */

void race_go(G *parent, G *child) {
    if (!parent) {
        return; /* made on first use, knowing what armed timers knew */
    }
    RaceG *p = race_g(parent);
    RaceG *c = new_race_g(child);
    c->vc.n = 0;
    vc_join(&c->vc, &p->vc);
    vc_raise(&c->vc, p->tid, p->clock);
    p->clock++;
    RaceFrame frames[32];
    int n = exec_race_frames(parent, frames, 32);
    c->created = n > 0 ? race_site(parent, frames, n) : 0;
}

void race_end(G *g) {
    RaceG *t = g->race;
    if (!t) {
        return;
    }
    t->finished = true;
    if (t->tid != NO_TID) {
        uint32_t tid = t->tid;
        detach(t);
        vec_push(&tids.free, tid);
    }
    t->vc = (VC){0};
    t->cache = NULL;
    t->ncache = t->capcache = 0;
}

/* ---- the end ---- */

int64_t race_count(void) {
    return reports.count;
}

int race_fini(int code) {
    if (reports.count == 0) {
        return code;
    }
    StrBuf b = {0};
    sb_printf(&b, "Found %lld data race(s)\n", (long long)reports.count);
    if (code == 0) {
        code = 66;
        sb_puts(&b, "exit status 66\n");
    }
    rt_write(2, b.data, b.len);
    return code;
}

void race_reset(void) {
    memset(&tids, 0, sizeof tids);
    memset(&trie, 0, sizeof trie);
    memset(&objs, 0, sizeof objs);
    memset(&reports, 0, sizeof reports);
}
