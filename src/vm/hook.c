/* hook.c — the HOOK instruction (opcodes.h), which the compiler puts before the memory
 * accesses and calls of user code under --sched, --explore or -race (catch.h):
 *   -race: the accesses the next instruction is about to make, decoded from its operands
 *     exactly as the interpreter will (nothing when it is about to panic instead), go to the
 *     race detector (race.h) with the goroutine's stack as their site;
 *   --sched: a step of the deterministic schedule (sched_random.c), where the running
 *     goroutine may be preempted.
 * Go's race detector sees a map as one variable (the map header): so do we, the map object.
 * A goroutine inside a native's nested call (rt_call) cannot yield: its steps still count.
 */
#include "state.h"

#include "../../runtime/catch.h"
#include "../../runtime/map.h"
#include "../../runtime/race.h"
#include "../../runtime/schedrand.h"
#include "opcodes.h"

#define SITE_FRAMES 32

/* The accesses of one instruction, reported with one site (made on the first). */
typedef struct Accesses {
    VmG *g;
    const Instr *pc;
    uint64_t site;
} Accesses;

static void touch(Accesses *a, const void *p, int64_t n, bool write) {
    if (!p || n <= 0) {
        return;
    }
    if (!a->site) {
        RaceFrame frames[SITE_FRAMES];
        int k = vm_race_frames(a->g, a->pc, frames, SITE_FRAMES);
        a->site = race_site(&a->g->g, frames, k);
    }
    if (write) {
        race_write(&a->g->g, p, n, a->site);
    } else {
        race_read(&a->g->g, p, n, a->site);
    }
}

/* Slot i of the slice at s (elements of es slots), or NULL when out of bounds. */
static Slot *elem(const Slot *s, int64_t i, int64_t es) {
    return (uint64_t)i < (uint64_t)s[1].i ? (Slot *)s[0].p + i * es : NULL;
}

/* append's accesses to the slice at s growing by n elements of es slots: writes past its
 * length when it has room, else a read of what it holds (copied to the new array). */
static void appending(Accesses *a, const Slot *s, int64_t n, int64_t es) {
    int64_t len = s[1].i, cap = s[2].i;
    if (len + n <= cap) {
        touch(a, (Slot *)s[0].p + len * es, n * es, true);
    } else {
        touch(a, s[0].p, len * es, false);
    }
}

static void copying(Accesses *a, const Slot *R, Instr in, Instr x) {
    const Slot *d = &R[in.b];
    int64_t n = d[1].i;
    if (in.c) { /* from a string: bytes, a slot each */
        n = R[x.a + 1].i < n ? R[x.a + 1].i : n;
        touch(a, d[0].p, n, true);
        return;
    }
    const Slot *s = &R[x.a];
    n = s[1].i < n ? s[1].i : n;
    touch(a, s[0].p, n * x.b, false);
    touch(a, d[0].p, n * x.b, true);
}

/* The accesses of in (its extra word x) about to run in the frame of R and K. */
static void race_instr(Accesses *a, const Slot *R, const Slot *K, Instr in, Instr x) {
    switch (in.op) {
    case OP_GGET: touch(a, K[in.bx].p, 1, false); break;
    case OP_GSET: touch(a, K[in.bx].p, 1, true); break;
    case OP_LOAD: touch(a, R[in.b].p ? (Slot *)R[in.b].p + in.c : NULL, 1, false); break;
    case OP_LOADN: touch(a, R[in.b].p ? (Slot *)R[in.b].p + in.c : NULL, x.a, false); break;
    case OP_STORE: touch(a, R[in.a].p ? (Slot *)R[in.a].p + in.b : NULL, 1, true); break;
    case OP_STOREN: touch(a, R[in.a].p ? (Slot *)R[in.a].p + in.b : NULL, x.a, true); break;
    case OP_SGET: touch(a, elem(&R[in.b], R[in.c].i, 1), 1, false); break;
    case OP_SGETN: touch(a, elem(&R[in.b], R[in.c].i, x.b), x.b, false); break;
    case OP_SSET: touch(a, elem(&R[in.a], R[in.b].i, 1), 1, true); break;
    case OP_SSETN: touch(a, elem(&R[in.a], R[in.b].i, x.b), x.b, true); break;
    case OP_PGETN: {
        int64_t i = R[in.c].i;
        if (R[in.b].p && (uint64_t)i < (uint64_t)x.bx) {
            touch(a, (Slot *)R[in.b].p + i * x.a, x.a, false);
        }
        break;
    }
    case OP_STRCONV:
        if (in.c == 0 || in.c == 2) { /* []byte or []rune to string */
            touch(a, R[in.b].p, R[in.b + 1].i, false);
        }
        break;
    case OP_APPEND: appending(a, &R[in.a], in.c, ((const Type *)K[x.bx].p)->slots); break;
    case OP_APPENDS: {
        int64_t es = ((const Type *)K[x.bx].p)->slots;
        if (!in.c) {
            touch(a, R[in.b].p, R[in.b + 1].i * es, false);
        }
        appending(a, &R[in.a], R[in.b + 1].i, es);
        break;
    }
    case OP_COPY: copying(a, R, in, x); break;
    case OP_CLEAR:
        if (in.c) {
            touch(a, R[in.a].p, 1, true);
        } else {
            touch(a, R[in.a].p, R[in.a + 1].i * x.b, true);
        }
        break;
    case OP_MAPGET: touch(a, R[in.b].p, 1, false); break;
    case OP_MAPSET:
    case OP_MAPDEL: touch(a, R[in.a].p, 1, true); break;
    case OP_MAPITER: touch(a, R[in.b].p, 1, false); break;
    case OP_MAPNEXT: {
        const MapIter *it = R[in.a].p;
        touch(a, it ? it->m : NULL, 1, false);
        break;
    }
    default: break;
    }
}

bool vm_hook(VmG *g, Slot *R, Slot *K, const Instr *next) {
    if (race_on && op_hook(next->op) == HOOK_MEM) {
        Accesses a = {g, next, 0};
        race_instr(&a, R, K, next[0], op_extra_words(next->op) ? next[1] : next[0]);
    }
    if (sr_on && sr_step(&g->g) && g->g.nested == 0) {
        g->g.sr_stepped = true;
        return true;
    }
    return false;
}
