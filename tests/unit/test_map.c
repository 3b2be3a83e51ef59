/* test_map.c — unit tests of runtime/map.c: the map API against hand-built key types.
 *
 * type_hash / type_equal come from runtime/type.c; the weak versions below cover the key
 * kinds used here (int, string, struct of int+string, a toy interface) so the test also
 * builds on its own. Last line: `N passed, N failed`; exit status 1 on any failure.
 */
#include "runtime/map.h"
#include "src/common.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int passed, failed;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (cond) {                                                                                \
            passed++;                                                                              \
        } else {                                                                                   \
            failed++;                                                                              \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                                          \
    } while (0)

/* ---- hand-built types ---- */

static Type t_int = {
    .kind = KIND_INT, .flags = TYPE_COMPARABLE | TYPE_POINTERFREE | TYPE_DIRECT, .slots = 1};
static Type t_f64 = {
    .kind = KIND_FLOAT64, .flags = TYPE_COMPARABLE | TYPE_POINTERFREE | TYPE_FLOATS, .slots = 1};
static Type t_str = {.kind = KIND_STRING, .flags = TYPE_COMPARABLE, .slots = 2};
static Type t_empty = {.kind = KIND_STRUCT, .flags = TYPE_COMPARABLE | TYPE_POINTERFREE};
static StructField pair_fields[] = {{"n", &t_int, 0, false, false, NULL},
                                    {"s", &t_str, 1, false, false, NULL}};
static Type t_pair = {
    .kind = KIND_STRUCT, .flags = TYPE_COMPARABLE, .slots = 3, .fields = pair_fields, .nfields = 2};
static Type t_slice = {.kind = KIND_SLICE, .slots = 3};
static Type t_any = {.kind = KIND_INTERFACE, .flags = TYPE_COMPARABLE, .slots = 2};

static Type map_of(Type *k, Type *v) {
    return (Type){.kind = KIND_MAP, .slots = 1, .key = k, .elem = v};
}

/* ---- weak stand-ins for runtime/type.c ---- */

__attribute__((weak)) uint64_t type_hash(const Type *t, const Slot *v, uint64_t seed,
                                         const Type **uncomparable) {
    switch (t->kind) {
    case KIND_INT: return (uint64_t)v[0].i * 0x9e3779b97f4a7c15ull ^ seed;
    case KIND_STRING: {
        uint64_t h = seed ^ 1469598103934665603ull;
        for (int64_t i = 0; i < v[1].i; i++) {
            h = (h ^ (uint8_t)((const char *)v[0].p)[i]) * 1099511628211ull;
        }
        return h;
    }
    case KIND_STRUCT: {
        uint64_t h = seed;
        for (int i = 0; i < t->nfields; i++) {
            h = h * 31 + type_hash(t->fields[i].type, v + t->fields[i].offset, seed, uncomparable);
        }
        return h;
    }
    case KIND_INTERFACE: {
        const Type *dyn = v[0].p;
        if (!dyn) {
            return seed;
        }
        if (!(dyn->flags & TYPE_COMPARABLE)) {
            *uncomparable = dyn;
            return 0;
        }
        return type_hash(dyn, iface_value_ptr(dyn, &v[1]), seed, uncomparable);
    }
    default: abort();
    }
}

__attribute__((weak)) bool type_equal(const Type *t, const Slot *a, const Slot *b,
                                      const Type **uncomparable) {
    switch (t->kind) {
    case KIND_INT: return a[0].i == b[0].i;
    case KIND_STRING: return a[1].i == b[1].i && memcmp(a[0].p, b[0].p, (size_t)a[1].i) == 0;
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            int o = t->fields[i].offset;
            if (!type_equal(t->fields[i].type, a + o, b + o, uncomparable)) {
                return false;
            }
        }
        return true;
    case KIND_INTERFACE:
        if (a[0].p != b[0].p) {
            return false;
        }
        if (!a[0].p) {
            return true;
        }
        return type_equal(a[0].p, iface_value_ptr(a[0].p, &a[1]), iface_value_ptr(a[0].p, &b[1]),
                          uncomparable);
    default: abort();
    }
}

/* ---- helpers ---- */

static const Type *unc;

static Slot *ins_i(Map *m, int64_t k) {
    Slot key = {.i = k};
    return map_insert(m, &key, &unc);
}
static Slot *find_i(Map *m, int64_t k) {
    Slot key = {.i = k};
    return map_find(m, &key, &unc);
}
static void del_i(Map *m, int64_t k) {
    Slot key = {.i = k};
    map_delete(m, &key, &unc);
}

static void str_key(Slot *key, const char *s) {
    key[0].p = (void *)s;
    key[1].i = (int64_t)strlen(s);
}

/* ---- tests ---- */

static void test_basic(void) {
    Type mt = map_of(&t_int, &t_int);
    Map *m = map_new(&mt, 0);
    CHECK(map_len(m) == 0);
    CHECK(map_len(NULL) == 0);
    CHECK(find_i(NULL, 1) == NULL);
    del_i(NULL, 1);
    map_clear(NULL);
    CHECK(map_type(m) == &mt);
    CHECK(find_i(m, 1) == NULL);
    Slot *v = ins_i(m, 1);
    CHECK(v && v->i == 0);
    v->i = 10;
    ins_i(m, 2)->i = 20;
    ins_i(m, -3)->i = 30;
    CHECK(map_len(m) == 3);
    CHECK(find_i(m, 1)->i == 10 && find_i(m, 2)->i == 20 && find_i(m, -3)->i == 30);
    CHECK(ins_i(m, 2)->i == 20 && map_len(m) == 3);
    del_i(m, 2);
    del_i(m, 2);
    del_i(m, 99);
    CHECK(map_len(m) == 2 && find_i(m, 2) == NULL);
    CHECK(ins_i(m, 2)->i == 0); /* re-inserted: a new zero value */
    CHECK(map_len(m) == 3);
    map_clear(m);
    CHECK(map_len(m) == 0 && find_i(m, 1) == NULL);
    ins_i(m, 5)->i = 50;
    CHECK(map_len(m) == 1 && find_i(m, 5)->i == 50);
}

static void test_growth(void) {
    Type mt = map_of(&t_int, &t_int);
    Map *m = map_new(&mt, 0);
    const int64_t n = 1000000;
    clock_t t0 = clock();
    for (int64_t i = 0; i < n; i++) {
        ins_i(m, i * 7919)->i = i;
    }
    clock_t t1 = clock();
    CHECK(map_len(m) == n);
    bool ok = true;
    for (int64_t i = 0; i < n; i++) {
        Slot *v = find_i(m, i * 7919);
        ok &= v && v->i == i;
    }
    ok &= find_i(m, 1) == NULL && find_i(m, -7919) == NULL;
    clock_t t2 = clock();
    CHECK(ok);
    for (int64_t i = 0; i < n; i += 2) {
        del_i(m, i * 7919);
    }
    CHECK(map_len(m) == n / 2);
    ok = true;
    for (int64_t i = 0; i < n; i++) {
        Slot *v = find_i(m, i * 7919);
        ok &= (i % 2 == 0) ? v == NULL : (v && v->i == i);
    }
    CHECK(ok);
    /* iteration: insertion order, deleted ones skipped */
    MapIter it = map_iter(m);
    Slot *k, *v;
    int64_t expect = 1, cnt = 0;
    ok = true;
    while (map_iter_next(&it, &k, &v)) {
        ok &= k->i == expect * 7919 && v->i == expect;
        expect += 2;
        cnt++;
    }
    CHECK(ok && cnt == n / 2);
    printf("# 1M int inserts %.0f ms, 1M lookups %.0f ms\n",
           (double)(t1 - t0) * 1000 / CLOCKS_PER_SEC, (double)(t2 - t1) * 1000 / CLOCKS_PER_SEC);

    Map *h = map_new(&mt, 1000);
    for (int64_t i = 0; i < 1000; i++) {
        ins_i(h, i)->i = i;
    }
    CHECK(map_len(h) == 1000 && find_i(h, 999)->i == 999);
}

static void test_strings(void) {
    Type mt = map_of(&t_str, &t_int);
    Map *m = map_new(&mt, 0);
    const int n = 100000;
    for (int i = 0; i < n; i++) {
        Slot key[2];
        str_key(key, str_printf("k%d", i));
        map_insert(m, key, &unc)->i += i;
    }
    CHECK(map_len(m) == n);
    bool ok = true;
    for (int i = 0; i < n; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "k%d", i);
        Slot key[2];
        str_key(key, buf); /* a different pointer, equal bytes */
        Slot *v = map_find(m, key, &unc);
        ok &= v && v->i == i;
    }
    CHECK(ok);
    Slot key[2];
    str_key(key, "");
    CHECK(map_find(m, key, &unc) == NULL);
    map_insert(m, key, &unc)->i = -1;
    CHECK(map_find(m, key, &unc)->i == -1);
    str_key(key, "k12345");
    map_delete(m, key, &unc);
    CHECK(map_find(m, key, &unc) == NULL && map_len(m) == n);
    /* long keys and keys differing only past the first 16 bytes */
    Slot a[2], b[2];
    str_key(a, "a fairly long key that runs past sixteen bytes: x");
    str_key(b, "a fairly long key that runs past sixteen bytes: y");
    map_insert(m, a, &unc)->i = 1;
    map_insert(m, b, &unc)->i = 2;
    CHECK(map_find(m, a, &unc)->i == 1 && map_find(m, b, &unc)->i == 2);

    /* word counting, the benchmark's pattern */
    Map *wc = map_new(&mt, 0);
    clock_t t0 = clock();
    char buf[32];
    for (int i = 0; i < 2000000; i++) {
        int len = snprintf(buf, sizeof buf, "w%d", i % 5000);
        Slot k2[2] = {{.p = buf}, {.i = len}};
        Slot *v = map_find(wc, k2, &unc);
        if (!v) {
            k2[0].p = str_printf("%s", buf);
            v = map_insert(wc, k2, &unc);
        }
        v->i++;
    }
    clock_t t1 = clock();
    str_key(key, "w42");
    CHECK(map_len(wc) == 5000 && map_find(wc, key, &unc)->i == 400);
    printf("# 2M string find+increment %.0f ms\n", (double)(t1 - t0) * 1000 / CLOCKS_PER_SEC);
}

static void test_delete_during_iteration(void) {
    Type mt = map_of(&t_int, &t_int);
    Map *m = map_new(&mt, 0);
    for (int i = 0; i < 100; i++) {
        ins_i(m, i)->i = i;
    }
    MapIter it = map_iter(m);
    Slot *k, *v;
    bool seen[100] = {0}, ok = true;
    int cnt = 0;
    while (map_iter_next(&it, &k, &v)) {
        int64_t key = k->i;
        ok &= !seen[key] && key % 3 != 2 && v->i == key;
        seen[key] = true;
        cnt++;
        del_i(m, key); /* the current one */
        if (key + 2 < 100 && (key + 2) % 3 == 2) {
            del_i(m, key + 2); /* one not reached yet */
        }
    }
    CHECK(ok);
    CHECK(cnt == 67);
    CHECK(map_len(m) == 0);
}

static void test_insert_during_iteration(void) {
    Type mt = map_of(&t_int, &t_int);
    Map *m = map_new(&mt, 0);
    for (int i = 0; i < 50; i++) {
        ins_i(m, i)->i = i;
    }
    MapIter it = map_iter(m);
    Slot *k, *v;
    int cnt = 0;
    bool ok = true;
    int seen[50] = {0};
    while (map_iter_next(&it, &k, &v)) {
        int64_t key = k->i;
        if (key < 50) {
            seen[key]++;
        }
        cnt++;
        ok &= cnt < 100000;
        if (!ok) {
            break;
        }
        for (int j = 0; j < 20; j++) {
            ins_i(m, 1000 + key * 100 + j)->i = 1;
        }
    }
    CHECK(ok);
    for (int i = 0; i < 50; i++) {
        ok &= seen[i] == 1;
    }
    CHECK(ok);
    CHECK(map_len(m) == 50 + 50 * 20);
}

static void test_iterate_after_regrowth(void) {
    Type mt = map_of(&t_int, &t_int);
    Map *m = map_new(&mt, 0);
    for (int i = 0; i < 64; i++) {
        ins_i(m, i)->i = i;
    }
    MapIter it = map_iter(m);
    Slot *k, *v;
    int seen[64] = {0};
    for (int i = 0; i < 20; i++) {
        CHECK(map_iter_next(&it, &k, &v) && k->i == i);
        seen[k->i]++;
    }
    /* several regrowths, deletions of unreached keys, updates of unreached values */
    for (int i = 0; i < 10000; i++) {
        ins_i(m, 100000 + i);
    }
    for (int i = 30; i < 40; i++) {
        del_i(m, i);
    }
    for (int i = 40; i < 64; i++) {
        find_i(m, i)->i = i * 10;
    }
    for (int i = 0; i < 10000; i += 2) {
        del_i(m, 100000 + i);
    }
    for (int i = 0; i < 20000; i++) {
        ins_i(m, 200000 + i); /* more rebuilds, some compacting */
    }
    bool ok = true;
    while (map_iter_next(&it, &k, &v)) {
        int64_t key = k->i;
        ok &= key >= 20 && key < 64 && !(key >= 30 && key < 40);
        if (key >= 0 && key < 64) {
            seen[key]++;
            ok &= v->i == (key >= 40 ? key * 10 : key);
            ok &= v == find_i(m, key); /* the live value, not a stale copy */
        }
    }
    CHECK(ok);
    for (int i = 0; i < 64; i++) {
        ok &= seen[i] == ((i >= 30 && i < 40) ? 0 : 1);
    }
    CHECK(ok);

    /* clear while iterating: nothing more from before the clear */
    Map *c = map_new(&mt, 0);
    for (int i = 0; i < 10; i++) {
        ins_i(c, i);
    }
    it = map_iter(c);
    CHECK(map_iter_next(&it, &k, &v) && k->i == 0);
    map_clear(c);
    ins_i(c, 77);
    int cnt = 0;
    while (map_iter_next(&it, &k, &v)) {
        cnt++;
        CHECK(k->i == 77);
    }
    CHECK(cnt <= 1);

    /* regrowth then clear while iterating */
    Map *d = map_new(&mt, 0);
    for (int i = 0; i < 10; i++) {
        ins_i(d, i);
    }
    it = map_iter(d);
    CHECK(map_iter_next(&it, &k, &v));
    for (int i = 10; i < 100; i++) {
        ins_i(d, i);
    }
    map_clear(d);
    CHECK(!map_iter_next(&it, &k, &v));

    MapIter nil_it = map_iter(NULL);
    CHECK(!map_iter_next(&nil_it, &k, &v));
}

static void test_nan(void) {
    Type mt = map_of(&t_f64, &t_int);
    Map *m = map_new(&mt, 0);
    Slot nan = {.f = NAN}, one = {.f = 1.0}, pz = {.f = 0.0}, nz = {.f = -0.0};
    map_insert(m, &nan, &unc)->i = 1;
    map_insert(m, &nan, &unc)->i = 2;
    map_insert(m, &one, &unc)->i = 3;
    map_insert(m, &nan, &unc)->i = 4;
    CHECK(map_len(m) == 4);
    CHECK(map_find(m, &nan, &unc) == NULL);
    map_delete(m, &nan, &unc);
    CHECK(map_len(m) == 4);
    MapIter it = map_iter(m);
    Slot *k, *v;
    int nans = 0, sum = 0;
    while (map_iter_next(&it, &k, &v)) {
        nans += isnan(k->f);
        sum += (int)v->i;
    }
    CHECK(nans == 3 && sum == 10);
    for (int i = 0; i < 1000; i++) {
        map_insert(m, &nan, &unc); /* many NaNs stay fast and all distinct */
    }
    CHECK(map_len(m) == 1004);
    map_clear(m);
    CHECK(map_len(m) == 0);
    map_insert(m, &pz, &unc)->i = 5;
    CHECK(map_find(m, &nz, &unc) && map_find(m, &nz, &unc)->i == 5);
    map_insert(m, &nz, &unc)->i = 6;
    CHECK(map_len(m) == 1 && map_find(m, &pz, &unc)->i == 6);
    /* NaN entries survive regrowth and stay iterable */
    Map *g = map_new(&mt, 0);
    map_insert(g, &nan, &unc)->i = 1;
    it = map_iter(g);
    for (int i = 0; i < 100; i++) {
        Slot f = {.f = i};
        map_insert(g, &f, &unc);
    }
    CHECK(map_iter_next(&it, &k, &v) && isnan(k->f) && v->i == 1);
}

static void test_struct_keys(void) {
    Type mt = map_of(&t_pair, &t_int);
    Map *m = map_new(&mt, 0);
    for (int i = 0; i < 1000; i++) {
        Slot key[3];
        key[0].i = i % 10;
        str_key(key + 1, str_printf("s%d", i / 10));
        map_insert(m, key, &unc)->i = i;
    }
    CHECK(map_len(m) == 1000);
    Slot key[3] = {{.i = 3}};
    str_key(key + 1, "s42");
    CHECK(map_find(m, key, &unc) && map_find(m, key, &unc)->i == 423);
    key[0].i = 11;
    CHECK(map_find(m, key, &unc) == NULL);
    key[0].i = 3;
    map_delete(m, key, &unc);
    CHECK(map_len(m) == 999 && map_find(m, key, &unc) == NULL);

    /* interface keys: unhashable dynamic types are reported, even on an empty map */
    Type it = map_of(&t_any, &t_int);
    Map *im = map_new(&it, 0);
    Slot bad[2] = {{.p = &t_slice}, {.p = NULL}};
    unc = NULL;
    CHECK(map_find(im, bad, &unc) == NULL && unc == &t_slice);
    unc = NULL;
    CHECK(map_insert(im, bad, &unc) == NULL && unc == &t_slice && map_len(im) == 0);
    Slot good[2] = {{.p = &t_int}, {.i = 7}};
    map_insert(im, good, &unc)->i = 70;
    CHECK(unc == NULL && map_find(im, good, &unc)->i == 70);
    unc = NULL;
    map_delete(im, bad, &unc);
    CHECK(unc == &t_slice && map_len(im) == 1);
    Slot nil[2] = {{.p = NULL}, {.p = NULL}};
    map_insert(im, nil, &unc)->i = 1;
    CHECK(map_len(im) == 2 && map_find(im, nil, &unc)->i == 1);

    /* zero-size values (sets) and zero-size keys */
    Type st = map_of(&t_int, &t_empty);
    Map *s = map_new(&st, 0);
    CHECK(ins_i(s, 1) != NULL && ins_i(s, 2) != NULL && ins_i(s, 1) != NULL);
    CHECK(map_len(s) == 2 && find_i(s, 2) != NULL && find_i(s, 3) == NULL);
    Type et = map_of(&t_empty, &t_int);
    Map *e = map_new(&et, 0);
    Slot none[1] = {{.i = 0}};
    map_insert(e, none, &unc)->i = 9;
    map_insert(e, none, &unc)->i++;
    CHECK(map_len(e) == 1 && map_find(e, none, &unc)->i == 10);
}

static void test_tombstones(void) {
    Type mt = map_of(&t_int, &t_int);
    Map *m = map_new(&mt, 0);
    GC_gcollect();
    size_t before = GC_get_heap_size();
    /* a sliding window of 100 live keys over 3M distinct keys */
    for (int64_t i = 0; i < 3000000; i++) {
        ins_i(m, i)->i = i;
        if (i >= 100) {
            del_i(m, i - 100);
        }
    }
    CHECK(map_len(m) == 100);
    bool ok = true;
    for (int64_t i = 3000000 - 100; i < 3000000; i++) {
        ok &= find_i(m, i) && find_i(m, i)->i == i;
    }
    CHECK(ok && find_i(m, 0) == NULL);
    GC_gcollect();
    size_t after = GC_get_heap_size();
    CHECK(after < before + (16u << 20)); /* the table stayed small */
    /* deleting and re-inserting the same key reuses its tombstone */
    for (int i = 0; i < 1000000; i++) {
        del_i(m, 2999999);
        ins_i(m, 2999999)->i = i;
    }
    CHECK(map_len(m) == 100 && find_i(m, 2999999)->i == 999999);
}

static void test_clone(void) {
    Type mt = map_of(&t_str, &t_int);
    Map *m = map_new(&mt, 0);
    const char *names[] = {"a", "b", "c", "d"};
    for (int i = 0; i < 4; i++) {
        Slot key[2];
        str_key(key, names[i]);
        map_insert(m, key, &unc)->i = i;
    }
    Slot key[2];
    str_key(key, "b");
    map_delete(m, key, &unc);
    Map *c = map_clone(m);
    CHECK(map_len(c) == 3 && map_type(c) == &mt);
    str_key(key, "c");
    map_find(c, key, &unc)->i = 100;
    CHECK(map_find(m, key, &unc)->i == 2);
    MapIter it = map_iter(c);
    Slot *k, *v;
    StrBuf order = {0};
    while (map_iter_next(&it, &k, &v)) {
        sb_put(&order, k[0].p, (size_t)k[1].i);
    }
    CHECK(strcmp(sb_cstr(&order), "acd") == 0);
    CHECK(map_clone(NULL) == NULL);
}

/* A random workload against a model: presence, values and insertion order. */
static void test_random(void) {
    enum { K = 600 };
    Type mt = map_of(&t_int, &t_int);
    Map *m = map_new(&mt, 0);
    bool present[K] = {0};
    int64_t value[K] = {0};
    int order[K];
    int norder = 0;
    srand(12345);
    bool ok = true;
    for (int step = 0; step < 400000 && ok; step++) {
        int op = rand() % 100, key = rand() % K;
        if (op < 45) {
            int64_t val = rand();
            ins_i(m, key)->i = val;
            if (!present[key]) {
                present[key] = true;
                order[norder++] = key;
            }
            value[key] = val;
        } else if (op < 80) {
            del_i(m, key);
            if (present[key]) {
                present[key] = false;
                int j = 0;
                while (order[j] != key) {
                    j++;
                }
                memmove(order + j, order + j + 1, sizeof(int) * (size_t)(norder - j - 1));
                norder--;
            }
        } else if (op < 98) {
            Slot *v = find_i(m, key);
            ok &= present[key] ? (v && v->i == value[key]) : v == NULL;
        } else if (op < 99) {
            MapIter it = map_iter(m);
            Slot *k, *v;
            int j = 0;
            while (map_iter_next(&it, &k, &v)) {
                ok &= j < norder && k->i == order[j] && v->i == value[order[j]];
                j++;
            }
            ok &= j == norder;
        } else if (rand() % 20 == 0) {
            map_clear(m);
            memset(present, 0, sizeof present);
            norder = 0;
        }
        ok &= map_len(m) == norder;
    }
    CHECK(ok);
}

int main(void) {
    GC_INIT();
    test_basic();
    test_growth();
    test_strings();
    test_delete_during_iteration();
    test_insert_during_iteration();
    test_iterate_after_regrowth();
    test_nan();
    test_struct_keys();
    test_tombstones();
    test_clone();
    test_random();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
