/* rand.c — the natives of math/rand: Go 1.19's lagged Fibonacci generator and the shared
 * source behind the top-level functions (math/rand/v2's are randv2.c's).
 *
 * The generator (runtime/std/math_rand.go's rngSource) is 609 slots: tap, feed, then the
 * 607-word vector. A step moves both indices down by one (wrapping), adds vec[tap] into
 * vec[feed] and returns the sum; feed stays 334 places after tap. Seeding fills the vector
 * from a Park-Miller generator XORed with rand_cooked (rand_cooked.py).
 *
 * The shared source is one such generator in C memory with the byte reservoir of the
 * top-level Read, all under global_lock (held for a few steps only, never across a Go
 * call). It is filled from the OS's entropy on first use, unless Seed came first.
 */
#include "../native.h"

#include "../lock.h" /* after native.h, which brings the bool it uses */
#include "../sched.h"

#include <sys/random.h>

#define RNG_LEN 607
#define RNG_TAP 273
#define INT32_MAX_ 2147483647

extern const uint64_t rand_cooked[RNG_LEN];

typedef struct Rng {
    int64_t tap, feed;
    uint64_t vec[RNG_LEN];
} Rng;

/* x' = 48271 x mod (2³¹ - 1), Schrage's way, in 32 bits: x in [1, 2³¹-2]. */
static int32_t park_miller(int32_t x) {
    int32_t hi = x / 44488, lo = x % 44488;
    x = 48271 * lo - 3399 * hi;
    return x < 0 ? x + INT32_MAX_ : x;
}

static void rng_seed(Rng *r, int64_t seed) {
    r->tap = 0;
    r->feed = RNG_LEN - RNG_TAP;
    seed %= INT32_MAX_;
    if (seed < 0) {
        seed += INT32_MAX_;
    }
    if (seed == 0) {
        seed = 89482311;
    }
    int32_t x = (int32_t)seed;
    for (int i = -20; i < RNG_LEN; i++) {
        x = park_miller(x);
        if (i >= 0) {
            uint64_t u = (uint64_t)x << 40;
            x = park_miller(x);
            u ^= (uint64_t)x << 20;
            x = park_miller(x);
            u ^= (uint64_t)x;
            r->vec[i] = u ^ rand_cooked[i];
        }
    }
}

static uint64_t rng_next(Rng *r) {
    if (--r->tap < 0) {
        r->tap += RNG_LEN;
    }
    if (--r->feed < 0) {
        r->feed += RNG_LEN;
    }
    uint64_t x = r->vec[r->feed] + r->vec[r->tap];
    r->vec[r->feed] = x;
    return x;
}

#define INT63(x) ((int64_t)((x) & ~(UINT64_C(1) << 63)))

/* The layouts agree: three int64-wide fields in a row (Slot is 64 bits). */
_Static_assert(sizeof(Slot) == sizeof(uint64_t), "a slot is 64 bits");

/* (rng *rngSource) Seed(seed int64) */
static void rand_rng_seed(G *g, Slot *a) {
    rng_seed((Rng *)a[0].p, a[1].i);
}

/* (rng *rngSource) Int63() int64 */
static void rand_rng_int63(G *g, Slot *a) {
    a[0].i = INT63(rng_next((Rng *)a[0].p));
}

/* (rng *rngSource) Uint64() uint64 */
static void rand_rng_uint64(G *g, Slot *a) {
    a[0].u = rng_next((Rng *)a[0].p);
}

static RtLock global_lock = RT_LOCK_INIT;
static Rng global_rng;
static bool global_ready;
static int64_t global_read_val; /* the top-level Read's reservoir, as Rand.Read's */
static int global_read_pos;

/* Locks the shared source, giving it a random state first if nothing seeded it. */
static Rng *global_acquire(void) {
    rt_lock(&global_lock);
    if (!global_ready) {
        global_rng.tap = 0;
        global_rng.feed = RNG_LEN - RNG_TAP;
        size_t got = 0;
        while (got < sizeof global_rng.vec) {
            ssize_t n = getrandom((char *)global_rng.vec + got, sizeof global_rng.vec - got, 0);
            if (n <= 0) {
                /* no entropy source: a clock-seeded state still differs per run */
                rng_seed(&global_rng, rt_walltime() ^ (int64_t)getpid() << 32);
                break;
            }
            got += (size_t)n;
        }
        global_ready = true;
    }
    return &global_rng;
}

/* globalSeed(seed int64) */
static void rand_global_seed(G *g, Slot *a) {
    rt_lock(&global_lock);
    rng_seed(&global_rng, a[0].i);
    global_ready = true;
    global_read_pos = 0;
    rt_unlock(&global_lock);
}

/* globalInt63() int64 */
static void rand_global_int63(G *g, Slot *a) {
    a[0].i = INT63(rng_next(global_acquire()));
    rt_unlock(&global_lock);
}

/* globalUint64() uint64 */
static void rand_global_uint64(G *g, Slot *a) {
    a[0].u = rng_next(global_acquire());
    rt_unlock(&global_lock);
}

/* globalRead(p []byte) int: seven bytes per Int63 value, lowest first, the reservoir
 * carried from one call to the next. */
static void rand_global_read(G *g, Slot *a) {
    GoSlice p = rt_slice(a);
    Rng *r = global_acquire();
    for (int64_t i = 0; i < p.len; i++) {
        if (global_read_pos == 0) {
            global_read_val = INT63(rng_next(r));
            global_read_pos = 7;
        }
        p.ptr[i].u = (uint8_t)global_read_val;
        global_read_val >>= 8;
        global_read_pos--;
    }
    rt_unlock(&global_lock);
    a[0].i = p.len;
}

const NativeFunc lib_rand_funcs[] = {
    {"(rng *rngSource) Seed(seed int64)", rand_rng_seed},
    {"(rng *rngSource) Int63() int64", rand_rng_int63},
    {"(rng *rngSource) Uint64() uint64", rand_rng_uint64},
    {"globalSeed(seed int64)", rand_global_seed},
    {"globalInt63() int64", rand_global_int63},
    {"globalUint64() uint64", rand_global_uint64},
    {"globalRead(p []byte) int", rand_global_read},
    {NULL, NULL},
};
