/* randv2.c — the natives of math/rand/v2: the PCG-DXSM and ChaCha8 generators, and the
 * per-thread source of the top-level functions. The rest is Go (runtime/std/math_rand_v2.go).
 *
 * PCG is two slots, hi and lo of the 128-bit state. A step is state = state * PCG_MUL +
 * PCG_INC (mod 2¹²⁸); the output mixes the new state's halves (DXSM: xorshift, multiply by
 * PCG_CHEAP_MUL, xorshift, multiply by lo | 1).
 *
 * ChaCha8 is 39 slots: buf[32], seed[4], i, n, c. A batch is four ChaCha8 blocks (8
 * rounds, key = seed, block counters c..c+3, zero nonce) without the feed-forward of the
 * constant, counter and nonce words, stored interleaved: 32-bit word w of block b is
 * word 4w+b of buf (buf[k] = word 2k | word 2k+1 << 32). Batches c = 0, 4, 8 hand out all
 * 32 values, batch 12 the first 28; its last four become the seed for the next c = 0.
 * The top-level functions of math/rand/v2 use one such state per worker thread.
 */
#include "../native.h"
#include "../sched.h"

#include <string.h>
#include <sys/random.h>


static const unsigned __int128 PCG_MUL =
    (unsigned __int128)2549297995355413924u << 64 | 4865540595714422341u;
static const unsigned __int128 PCG_INC =
    (unsigned __int128)6364136223846793005u << 64 | 1442695040888963407u;
#define PCG_CHEAP_MUL UINT64_C(0xda942042e4dd58b5)

/* (p *PCG) Uint64() uint64: one step of the LCG, and DXSM. */
static void randv2_pcg_uint64(G *g, Slot *a) {
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

/* (c *ChaCha8) init(seed [32]byte): keys the generator, positioned at its first value. */
static void randv2_chacha_init(G *g, Slot *a) {
    uint8_t seed[32];
    for (int k = 0; k < 32; k++) {
        seed[k] = (uint8_t)a[1 + k].u;
    }
    chacha_init((ChaCha *)a[0].p, seed);
}

/* (c *ChaCha8) Uint64() uint64: the next value (a new batch when one is used up). */
static void randv2_chacha_uint64(G *g, Slot *a) {
    a[0].u = chacha_next((ChaCha *)a[0].p);
}

/* (c *ChaCha8) refill(counter uint32): recomputes the four blocks from counter on. */
static void randv2_chacha_refill(G *g, Slot *a) {
    chacha_refill((ChaCha *)a[0].p, (uint32_t)a[1].u);
}

/* runtimeRand() uint64: the thread's own generator, keyed from the OS's entropy at first
 * use (a goroutine may move between threads; each value is still uniformly random). */
static void randv2_runtime_rand(G *g, Slot *a) {
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

/* mul64(x, y uint64) (hi, lo uint64): the 128-bit product. */
static void randv2_mul64(G *g, Slot *a) {
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
