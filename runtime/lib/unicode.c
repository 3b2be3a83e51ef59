/* unicode.c — the natives of packages unicode and unicode/utf8, over src/text's Unicode 15.0.0
 * tables and UTF-8 codec (src/text/unicode.h, src/text/utf8.h).
 *
 * unicode.Is* / To* take a rune and answer. The package's RangeTables are Go values holding an
 * id that isTable maps to a category, a set of categories, White_Space or a script
 * (runtime/std/unicode.go lists the ids). The utf8 natives read []byte arguments as one slot
 * per byte (type.h).
 */
#include "../../src/text/unicode.h"

#include "../../src/text/utf8.h"
#include "../native.h"

/* ---- unicode natives ---- */

#define RUNE_PRED(name, fn)                                                                        \
    static void name(G *g, Slot *a) {                                                              \
        (void)g;                                                                                   \
        a[0].i = fn((int32_t)a[0].i);                                                              \
    }

RUNE_PRED(u_is_letter, uni_is_letter)
RUNE_PRED(u_is_digit, uni_is_digit)
RUNE_PRED(u_is_number, uni_is_number)
RUNE_PRED(u_is_space, uni_is_space)
RUNE_PRED(u_is_upper, uni_is_upper)
RUNE_PRED(u_is_lower, uni_is_lower)
RUNE_PRED(u_is_title, uni_is_title)
RUNE_PRED(u_is_mark, uni_is_mark)
RUNE_PRED(u_is_punct, uni_is_punct)
RUNE_PRED(u_is_symbol, uni_is_symbol)
RUNE_PRED(u_is_print, uni_is_print)
RUNE_PRED(u_is_graphic, uni_is_graphic)
RUNE_PRED(u_is_control, uni_is_control)
RUNE_PRED(u_to_upper, uni_to_upper)
RUNE_PRED(u_to_lower, uni_to_lower)
RUNE_PRED(u_to_title, uni_to_title)
RUNE_PRED(u_simple_fold, uni_simple_fold)

/* To(_case int, r rune) rune, with Go's UpperCase = 0, LowerCase = 1, TitleCase = 2. */
static void u_to(G *g, Slot *a) {
    (void)g;
    int64_t which = a[0].i;
    int32_t r = (int32_t)a[1].i;
    a[0].i = (which < 0 || which > UNI_TITLE) ? UTF8_RUNE_ERROR : uni_to((UniCase)which, r);
}

/* The ids of runtime/std/unicode.go's tables: a category (its UniCategory, 1..29), a major
 * category, the White_Space property, or a script (64 + its UniScript). */
enum {
    TAB_L = 32,
    TAB_M,
    TAB_N,
    TAB_P,
    TAB_S,
    TAB_Z,
    TAB_C,
    TAB_WHITE_SPACE = 40,
    TAB_SCRIPT = 64
};

/* isTable(id int, r rune) bool */
static void u_is_table(G *g, Slot *a) {
    (void)g;
    int64_t id = a[0].i;
    int32_t r = (int32_t)a[1].i;
    static const uint32_t majors[] = {UNI_L, UNI_M, UNI_N, UNI_P, UNI_S, UNI_Z, UNI_C};
    bool in = false;
    if (id > UNI_Cn && id < UNI_CATEGORY_COUNT) {
        in = uni_category(r) == id;
    } else if (id >= TAB_L && id <= TAB_C) {
        in = uni_in_categories(r, majors[id - TAB_L]);
    } else if (id == TAB_WHITE_SPACE) {
        in = uni_is_space(r);
    } else if (id >= TAB_SCRIPT && id < TAB_SCRIPT + UNI_SCRIPT_COUNT) {
        in = uni_in_script((UniScript)(id - TAB_SCRIPT), r);
    }
    a[0].i = in;
}

const NativeFunc lib_unicode_funcs[] = {
    {"IsLetter(r rune) bool", u_is_letter},       {"IsDigit(r rune) bool", u_is_digit},
    {"IsNumber(r rune) bool", u_is_number},       {"IsSpace(r rune) bool", u_is_space},
    {"IsUpper(r rune) bool", u_is_upper},         {"IsLower(r rune) bool", u_is_lower},
    {"IsTitle(r rune) bool", u_is_title},         {"IsMark(r rune) bool", u_is_mark},
    {"IsPunct(r rune) bool", u_is_punct},         {"IsSymbol(r rune) bool", u_is_symbol},
    {"IsPrint(r rune) bool", u_is_print},         {"IsGraphic(r rune) bool", u_is_graphic},
    {"IsControl(r rune) bool", u_is_control},     {"ToUpper(r rune) rune", u_to_upper},
    {"ToLower(r rune) rune", u_to_lower},         {"ToTitle(r rune) rune", u_to_title},
    {"SimpleFold(r rune) rune", u_simple_fold},   {"To(_case int, r rune) rune", u_to},
    {"isTable(id int, r rune) bool", u_is_table}, {NULL, NULL},
};

/* ---- unicode/utf8 natives ---- */

/* Decodes from n byte slots (one byte each). */
static int decode_slots(const Slot *p, int64_t n, int32_t *r) {
    char buf[4];
    int k = n < 4 ? (int)n : 4;
    for (int i = 0; i < k; i++) {
        buf[i] = (char)p[i].u;
    }
    return utf8_decode(buf, (size_t)k, r);
}

static void u8_rune_len(G *g, Slot *a) {
    (void)g;
    a[0].i = utf8_rune_len(a[0].i);
}

static void u8_rune_count(G *g, Slot *a) {
    (void)g;
    GoSlice p = rt_slice(a);
    int64_t count = 0;
    for (int64_t i = 0; i < p.len; count++) {
        if (p.ptr[i].u < 0x80) {
            i++;
        } else {
            int32_t r;
            i += decode_slots(p.ptr + i, p.len - i, &r);
        }
    }
    a[0].i = count;
}

static void u8_rune_count_in_string(G *g, Slot *a) {
    (void)g;
    GoString s = rt_str(a);
    a[0].i = utf8_count(s.ptr, (size_t)s.len);
}

static void u8_decode_rune(G *g, Slot *a) {
    (void)g;
    GoSlice p = rt_slice(a);
    int32_t r;
    int size = decode_slots(p.ptr, p.len, &r);
    a[0].i = r;
    a[1].i = size;
}

static void u8_decode_rune_in_string(G *g, Slot *a) {
    (void)g;
    GoString s = rt_str(a);
    int32_t r;
    int size = utf8_decode(s.ptr, (size_t)s.len, &r);
    a[0].i = r;
    a[1].i = size;
}

static void u8_decode_last_rune(G *g, Slot *a) {
    (void)g;
    GoSlice p = rt_slice(a);
    int64_t k = p.len < 4 ? p.len : 4;
    char buf[4];
    for (int64_t i = 0; i < k; i++) {
        buf[i] = (char)p.ptr[p.len - k + i].u;
    }
    int32_t r;
    int size = utf8_decode_last(buf, (size_t)k, &r);
    a[0].i = r;
    a[1].i = size;
}

static void u8_decode_last_rune_in_string(G *g, Slot *a) {
    (void)g;
    GoString s = rt_str(a);
    int32_t r;
    int size = utf8_decode_last(s.ptr, (size_t)s.len, &r);
    a[0].i = r;
    a[1].i = size;
}

static void u8_encode_rune(G *g, Slot *a) {
    GoSlice p = rt_slice(a);
    char buf[4];
    int size = utf8_encode((int32_t)a[3].i, buf);
    if (p.len < size) {
        rt_panic_runtime(g, "index out of range [%d] with length %lld", size - 1, (long long)p.len);
        return;
    }
    for (int i = 0; i < size; i++) {
        p.ptr[i].u = (uint8_t)buf[i];
    }
    a[0].i = size;
}

static void u8_valid_string(G *g, Slot *a) {
    (void)g;
    GoString s = rt_str(a);
    a[0].i = utf8_valid(s.ptr, (size_t)s.len);
}

static void u8_valid(G *g, Slot *a) {
    (void)g;
    GoSlice p = rt_slice(a);
    bool ok = true;
    for (int64_t i = 0; i < p.len && ok;) {
        if (p.ptr[i].u < 0x80) {
            i++;
            continue;
        }
        int32_t r;
        int size = decode_slots(p.ptr + i, p.len - i, &r);
        ok = size > 1;
        i += size;
    }
    a[0].i = ok;
}

static void u8_valid_rune(G *g, Slot *a) {
    (void)g;
    a[0].i = utf8_valid_rune(a[0].i);
}

static void u8_full_rune(G *g, Slot *a) {
    (void)g;
    GoSlice p = rt_slice(a);
    uint8_t buf[4];
    int64_t k = p.len < 4 ? p.len : 4;
    for (int64_t i = 0; i < k; i++) {
        buf[i] = (uint8_t)p.ptr[i].u;
    }
    a[0].i = utf8_full_rune(buf, (size_t)k);
}

static void u8_full_rune_in_string(G *g, Slot *a) {
    (void)g;
    GoString s = rt_str(a);
    a[0].i = utf8_full_rune(s.ptr, (size_t)s.len);
}

static void u8_rune_start(G *g, Slot *a) {
    (void)g;
    a[0].i = (a[0].u & 0xc0) != 0x80;
}

const NativeFunc lib_utf8_funcs[] = {
    {"RuneLen(r rune) int", u8_rune_len},
    {"RuneCount(p []byte) int", u8_rune_count},
    {"RuneCountInString(s string) int", u8_rune_count_in_string},
    {"DecodeRune(p []byte) (rune, int)", u8_decode_rune},
    {"DecodeRuneInString(s string) (rune, int)", u8_decode_rune_in_string},
    {"DecodeLastRune(p []byte) (rune, int)", u8_decode_last_rune},
    {"DecodeLastRuneInString(s string) (rune, int)", u8_decode_last_rune_in_string},
    {"EncodeRune(p []byte, r rune) int", u8_encode_rune},
    {"ValidString(s string) bool", u8_valid_string},
    {"Valid(p []byte) bool", u8_valid},
    {"ValidRune(r rune) bool", u8_valid_rune},
    {"FullRune(p []byte) bool", u8_full_rune},
    {"FullRuneInString(s string) bool", u8_full_rune_in_string},
    {"RuneStart(b byte) bool", u8_rune_start},
    {NULL, NULL},
};
