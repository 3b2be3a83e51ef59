/* unicode.c — the natives of package unicode, over src/text's Unicode 15.0.0 tables
 * (src/text/unicode.h).
 *
 * unicode.Is* / To* take a rune and answer. The package's RangeTables are Go values holding an
 * id that isTable maps to a category, a set of categories, White_Space or a script
 * (runtime/std/unicode.go lists the ids).
 */
#include "../../src/text/unicode.h"
#include "../../src/text/utf8.h"

#include "../native.h"

#define RUNE_PRED(name, fn)                                                                        \
    static void name(G *g, Slot *a) {                                                              \
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
