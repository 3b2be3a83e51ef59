/* test_chanbuf.c — unit tests of runtime/chanbuf.h, a channel's ring buffer: FIFO order,
 * wrap-around of both indices, the count, zeroed free places, dropping a value, and
 * zero-size elements. */
#include "runtime/chanbuf.h"
#include "src/common.h"
#include "tests/unit/check.h"

static ChanBuf make(int64_t cap, int32_t es) {
    ChanBuf b = {.cap = cap, .es = es};
    if (cap > 0 && es > 0) {
        b.slots = GC_MALLOC(sizeof(Slot) * (size_t)(cap * es)); /* zeroed */
    }
    return b;
}

/* An element of two slots holding (v, -v). */
static void push2(ChanBuf *b, int64_t v) {
    Slot e[2] = {{.i = v}, {.i = -v}};
    chanbuf_push(b, e);
}

static int64_t pop2(ChanBuf *b) {
    Slot e[2] = {{.i = 0}, {.i = 0}};
    chanbuf_pop(b, e);
    CHECK(e[1].i == -e[0].i);
    return e[0].i;
}

static bool all_free_zero(const ChanBuf *b) {
    for (int64_t k = b->count; k < b->cap; k++) {
        const Slot *s = chanbuf_at(b, (b->recvx + k) % b->cap);
        for (int32_t j = 0; j < b->es; j++) {
            if (s[j].u != 0) {
                return false;
            }
        }
    }
    return true;
}

static void test_fifo(void) {
    ChanBuf b = make(4, 2);
    for (int64_t v = 1; v <= 4; v++) {
        push2(&b, v);
    }
    CHECK(b.count == 4);
    CHECK(b.sendx == 0); /* wrapped onto recvx: full */
    for (int64_t v = 1; v <= 4; v++) {
        CHECK(pop2(&b) == v);
    }
    CHECK(b.count == 0);
    CHECK(b.recvx == b.sendx);
    CHECK(all_free_zero(&b));
}

/* Many rounds through a ring of 3 with 0..3 values in flight: each index wraps many times,
 * values come out in the order they went in, and the count stays exact. */
static void test_wraparound(void) {
    ChanBuf b = make(3, 2);
    int64_t next_in = 1, next_out = 1;
    for (int round = 0; round < 1000; round++) {
        int64_t in = round % 4;
        for (int64_t k = 0; k < in && b.count < b.cap; k++) {
            push2(&b, next_in++);
        }
        CHECK(b.count == next_in - next_out);
        CHECK(b.sendx == (b.recvx + b.count) % b.cap);
        int64_t out = (round * 7) % 3 + 1;
        for (int64_t k = 0; k < out && b.count > 0; k++) {
            CHECK(pop2(&b) == next_out);
            next_out++;
        }
        CHECK(all_free_zero(&b));
    }
    CHECK(next_in > 1000);
}

/* A receive that drops its value (`<-ch` as a statement) still frees its place. */
static void test_drop(void) {
    ChanBuf b = make(2, 1);
    Slot one = {.i = 11}, two = {.i = 22}, got = {.i = 0};
    chanbuf_push(&b, &one);
    chanbuf_push(&b, &two);
    chanbuf_pop(&b, NULL);
    CHECK(b.count == 1);
    CHECK(all_free_zero(&b));
    chanbuf_pop(&b, &got);
    CHECK(got.i == 22);
}

/* chan struct{}: elements of no slots; only the count moves. */
static void test_zero_size(void) {
    ChanBuf b = make(5, 0);
    Slot none = {0}; /* a value of no slots: nothing is read from it */
    for (int k = 0; k < 5; k++) {
        chanbuf_push(&b, &none);
    }
    CHECK(b.count == 5);
    for (int k = 0; k < 3; k++) {
        chanbuf_pop(&b, NULL);
    }
    CHECK(b.count == 2);
    CHECK(b.recvx == 3 && b.sendx == 0);
}

int main(void) {
    GC_INIT();
    test_fifo();
    test_wraparound();
    test_drop();
    test_zero_size();
    return check_report();
}
