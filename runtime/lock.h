/* lock.h — the runtime's mutex for short critical sections (channels, run queues).
 *
 * Three states (0 free, 1 locked, 2 locked with sleepers). A contended lock first spins a
 * little (the holder is usually about to release it), then yields, then sleeps on a futex.
 * Unlock wakes one sleeper only if there may be one.
 */
#ifndef GOSUB_LOCK_H
#define GOSUB_LOCK_H

#include <linux/futex.h>
#include <sched.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

typedef struct RtLock {
    uint32_t state;
} RtLock;

#define RT_LOCK_INIT {0}

static inline void rt_lock_slow(RtLock *l);

static inline void rt_lock(RtLock *l) {
    uint32_t zero = 0;
    if (__atomic_compare_exchange_n(&l->state, &zero, 1, false, __ATOMIC_ACQUIRE,
                                    __ATOMIC_RELAXED)) {
        return;
    }
    rt_lock_slow(l);
}

static inline void rt_lock_slow(RtLock *l) {
    for (int spin = 0; spin < 100; spin++) {
        for (int k = 0; k < 30; k++) {
            __builtin_ia32_pause();
        }
        uint32_t zero = 0;
        if (__atomic_load_n(&l->state, __ATOMIC_RELAXED) == 0 &&
            __atomic_compare_exchange_n(&l->state, &zero, 1, false, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED)) {
            return;
        }
        if (spin > 50) {
            sched_yield();
        }
    }
    /* sleep: mark the lock contended and wait until it is released */
    while (__atomic_exchange_n(&l->state, 2, __ATOMIC_ACQUIRE) != 0) {
        syscall(SYS_futex, &l->state, FUTEX_WAIT_PRIVATE, 2, NULL, NULL, 0);
    }
}

static inline void rt_unlock(RtLock *l) {
    if (__atomic_exchange_n(&l->state, 0, __ATOMIC_RELEASE) == 2) {
        syscall(SYS_futex, &l->state, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
    }
}

/* A counter changed only under a lock and read without it elsewhere (an atomic load):
 * a plain read and an atomic store suffice, no locked read-modify-write. */
#define LOCKED_ADD(field, d) __atomic_store_n(&(field), (field) + (d), __ATOMIC_RELAXED)

#endif
