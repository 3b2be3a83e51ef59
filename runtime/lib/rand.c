/* rand.c — natives of math/rand (Go 1.19's lagged Fibonacci generator and the shared
 * source behind the top-level functions) and math/rand/v2 (PCG-DXSM and ChaCha8).
 *
 * The generator (runtime/std/math_rand.go's rngSource) is 609 slots: tap, feed, then the
 * 607-word vector. A step moves both indices down by one (wrapping), adds vec[tap] into
 * vec[feed] and returns the sum; feed stays 334 places after tap. Seeding fills the vector
 * from a Park-Miller generator XORed with rand_cooked (rand_cooked.py).
 *
 * The shared source is one such generator in C memory with the byte reservoir of the
 * top-level Read, all under global_lock (held for a few steps only, never across a Go
 * call). It is filled from the OS's entropy on first use, unless Seed came first.
 *
 * PCG (runtime/std/math_rand_v2.go) is two slots, hi and lo of the 128-bit state. A step
 * is state = state * PCG_MUL + PCG_INC (mod 2¹²⁸); the output mixes the new state's
 * halves (DXSM: xorshift, multiply by PCG_CHEAP_MUL, xorshift, multiply by lo | 1).
 *
 * ChaCha8 is 39 slots: buf[32], seed[4], i, n, c. A batch is four ChaCha8 blocks (8
 * rounds, key = seed, block counters c..c+3, zero nonce) without the feed-forward of the
 * constant, counter and nonce words, stored interleaved: 32-bit word w of block b is
 * word 4w+b of buf (buf[k] = word 2k | word 2k+1 << 32). Batches c = 0, 4, 8 hand out all
 * 32 values, batch 12 the first 28; its last four become the seed for the next c = 0.
 * The top-level functions of math/rand/v2 use one such state per worker thread.
 */
#include "../native.h"

#include "../lock.h" /* after native.h, which brings the bool it uses */
#include "../sched.h"

#include <string.h>
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
    (void)g;
    rng_seed((Rng *)a[0].p, a[1].i);
}

/* (rng *rngSource) Int63() int64 */
static void rand_rng_int63(G *g, Slot *a) {
    (void)g;
    a[0].i = INT63(rng_next((Rng *)a[0].p));
}

/* (rng *rngSource) Uint64() uint64 */
static void rand_rng_uint64(G *g, Slot *a) {
    (void)g;
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
    (void)g;
    rt_lock(&global_lock);
    rng_seed(&global_rng, a[0].i);
    global_ready = true;
    global_read_pos = 0;
    rt_unlock(&global_lock);
}

/* globalInt63() int64 */
static void rand_global_int63(G *g, Slot *a) {
    (void)g;
    a[0].i = INT63(rng_next(global_acquire()));
    rt_unlock(&global_lock);
}

/* globalUint64() uint64 */
static void rand_global_uint64(G *g, Slot *a) {
    (void)g;
    a[0].u = rng_next(global_acquire());
    rt_unlock(&global_lock);
}

/* globalRead(p []byte) int: seven bytes per Int63 value, lowest first, the reservoir
 * carried from one call to the next. */
static void rand_global_read(G *g, Slot *a) {
    (void)g;
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

/* math/rand/v2 */

static const unsigned __int128 PCG_MUL =
    (unsigned __int128)2549297995355413924u << 64 | 4865540595714422341u;
static const unsigned __int128 PCG_INC =
    (unsigned __int128)6364136223846793005u << 64 | 1442695040888963407u;
#define PCG_CHEAP_MUL UINT64_C(0xda942042e4dd58b5)

/* (p *PCG) Uint64() uint64 */
static void randv2_pcg_uint64(G *g, Slot *a) {
    (void)g;
    Slot *p = a[0].p;
    unsigned __int128 state = (unsigned __int128)p[0].u << 64 | p[1].u;
    state = state * PCG_MUL + PCG_INC;
    uint64_t hi = (uint64_t)(state >> 64), lo = (uint64_t)state;
    p[0].u = hi;
    p[1].u = lo;
    hi ^= hi >> 32;
    hi *= PCG_CHEAP_MUL;
    hi ^= hi >> 48;
    a[0].u = hi * (lo | 1);
}

typedef struct ChaCha {
    uint64_t buf[32];
    uint64_t seed[4];
    uint64_t i, n, c;
} ChaCha;

#define ROTL32(x, k) ((x) << (k) | (x) >> (32 - (k)))
#define QUARTER(a, b, c, d)                                                                        \
    do {                                                                                           \
        a += b, d ^= a, d = ROTL32(d, 16);                                                         \
        c += d, b ^= c, b = ROTL32(b, 12);                                                         \
        a += b, d ^= a, d = ROTL32(d, 8);                                                          \
        c += d, b ^= c, b = ROTL32(b, 7);                                                          \
    } while (0)

/* Computes the batch of blocks counter..counter+3 into s->buf and positions s at it. */
static void chacha_refill(ChaCha *s, uint32_t counter) {
    uint32_t key[8], words[64];
    for (int k = 0; k < 4; k++) {
        key[2 * k] = (uint32_t)s->seed[k];
        key[2 * k + 1] = (uint32_t)(s->seed[k] >> 32);
    }
    for (uint32_t b = 0; b < 4; b++) {
        uint32_t x[16] = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};
        memcpy(&x[4], key, sizeof key);
        x[12] = counter + b;
        for (int round = 0; round < 8; round += 2) {
            QUARTER(x[0], x[4], x[8], x[12]);
            QUARTER(x[1], x[5], x[9], x[13]);
            QUARTER(x[2], x[6], x[10], x[14]);
            QUARTER(x[3], x[7], x[11], x[15]);
            QUARTER(x[0], x[5], x[10], x[15]);
            QUARTER(x[1], x[6], x[11], x[12]);
            QUARTER(x[2], x[7], x[8], x[13]);
            QUARTER(x[3], x[4], x[9], x[14]);
        }
        for (int w = 0; w < 16; w++) {
            words[4 * w + b] = x[w] + (w >= 4 && w < 12 ? key[w - 4] : 0);
        }
    }
    for (int k = 0; k < 32; k++) {
        s->buf[k] = words[2 * k] | (uint64_t)words[2 * k + 1] << 32;
    }
    s->c = counter;
    s->i = 0;
    s->n = counter == 12 ? 28 : 32;
}

static void chacha_init(ChaCha *s, const uint8_t seed[32]) {
    for (int k = 0; k < 4; k++) {
        uint64_t w = 0;
        for (int j = 7; j >= 0; j--) {
            w = w << 8 | seed[8 * k + j];
        }
        s->seed[k] = w;
    }
    chacha_refill(s, 0);
}

static uint64_t chacha_next(ChaCha *s) {
    if (s->i >= s->n) {
        uint32_t c = (uint32_t)s->c + 4;
        if (c == 16) {
            memcpy(s->seed, &s->buf[28], sizeof s->seed);
            c = 0;
        }
        chacha_refill(s, c);
    }
    return s->buf[s->i++];
}

/* (c *ChaCha8) init(seed [32]byte) */
static void randv2_chacha_init(G *g, Slot *a) {
    (void)g;
    uint8_t seed[32];
    for (int k = 0; k < 32; k++) {
        seed[k] = (uint8_t)a[1 + k].u;
    }
    chacha_init((ChaCha *)a[0].p, seed);
}

/* (c *ChaCha8) Uint64() uint64 */
static void randv2_chacha_uint64(G *g, Slot *a) {
    (void)g;
    a[0].u = chacha_next((ChaCha *)a[0].p);
}

/* (c *ChaCha8) refill(counter uint32) */
static void randv2_chacha_refill(G *g, Slot *a) {
    (void)g;
    chacha_refill((ChaCha *)a[0].p, (uint32_t)a[1].u);
}

/* runtimeRand() uint64: the thread's own generator, keyed from the OS's entropy at first
 * use (a goroutine may move between threads; each value is still uniformly random). */
static void randv2_runtime_rand(G *g, Slot *a) {
    (void)g;
    static __thread ChaCha state;
    static __thread bool keyed;
    if (!keyed) {
        uint8_t seed[32];
        if (getrandom(seed, sizeof seed, 0) != (ssize_t)sizeof seed) {
            int64_t t = rt_nanotime() ^ rt_walltime();
            for (int k = 0; k < 32; k++) {
                seed[k] = (uint8_t)(t >> (k % 8 * 8)) ^ (uint8_t)(uintptr_t)&state ^ (uint8_t)k;
            }
        }
        chacha_init(&state, seed);
        keyed = true;
    }
    a[0].u = chacha_next(&state);
}

/* mul64(x, y uint64) (hi, lo uint64) */
static void randv2_mul64(G *g, Slot *a) {
    (void)g;
    unsigned __int128 p = (unsigned __int128)a[0].u * a[1].u;
    a[0].u = (uint64_t)(p >> 64);
    a[1].u = (uint64_t)p;
}

const NativeFunc lib_randv2_funcs[] = {
    {"(p *PCG) Uint64() uint64", randv2_pcg_uint64},
    {"(c *ChaCha8) init(seed [32]byte)", randv2_chacha_init},
    {"(c *ChaCha8) Uint64() uint64", randv2_chacha_uint64},
    {"(c *ChaCha8) refill(counter uint32)", randv2_chacha_refill},
    {"runtimeRand() uint64", randv2_runtime_rand},
    {"mul64(x, y uint64) (hi, lo uint64)", randv2_mul64},
    {NULL, NULL},
};

const NativeFunc lib_randdist_funcs[] = {
    {NULL, NULL},
};
