/* unicode.h — Unicode 15.0.0 character facts, answered as Go's unicode package answers them
 * (Go 1.21 to 1.23 carry Unicode 15.0.0), for the whole interpreter: the lexer's letters and
 * digits, and the natives of unicode, strings, strconv and fmt.
 *
 * Go's definitions: IsLetter = category L, IsDigit = Nd, IsNumber = N, IsUpper = Lu,
 * IsLower = Ll, IsTitle = Lt, IsMark = M, IsPunct = P, IsSymbol = S, IsControl = Cc (all of
 * it in Latin-1), IsPrint = L, M, N, P, S and U+0020 (strconv.IsPrint is the same set),
 * IsGraphic = L, M, N, P, S and Zs, IsSpace = the White_Space property. Case mapping is
 * UnicodeData.txt's simple mapping (a rune without one maps to itself). SimpleFold steps
 * through the orbit of runes equal under CaseFolding.txt's simple folding (statuses C and S):
 * the next larger one, wrapping around to the smallest.
 *
 * Anything that is not a rune (negative, past U+10FFFF) is in no class and maps to itself; a
 * surrogate or unassigned code point is in category Cn here (Cs for surrogates). The tables
 * are src/text/unicode_data.c, generated from the Unicode data files by
 * src/text/gen_unicode.py, which reads the two lists below (categories and scripts) from this
 * header.
 */
#ifndef GOSUB_TEXT_UNICODE_H
#define GOSUB_TEXT_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

/* General categories; the values are also the ids runtime/std/unicode.go gives their
 * RangeTables (1..29). */
typedef enum UniCategory {
    UNI_Cn, /* unassigned */
    UNI_Lu,
    UNI_Ll,
    UNI_Lt,
    UNI_Lm,
    UNI_Lo,
    UNI_Mn,
    UNI_Mc,
    UNI_Me,
    UNI_Nd,
    UNI_Nl,
    UNI_No,
    UNI_Pc,
    UNI_Pd,
    UNI_Ps,
    UNI_Pe,
    UNI_Pi,
    UNI_Pf,
    UNI_Po,
    UNI_Sm,
    UNI_Sc,
    UNI_Sk,
    UNI_So,
    UNI_Zs,
    UNI_Zl,
    UNI_Zp,
    UNI_Cc,
    UNI_Cf,
    UNI_Cs,
    UNI_Co,
    UNI_CATEGORY_COUNT
} UniCategory;

/* Sets of categories, for uni_in_categories. */
#define UNI_BIT(c) (1u << (c))
#define UNI_L                                                                                      \
    (UNI_BIT(UNI_Lu) | UNI_BIT(UNI_Ll) | UNI_BIT(UNI_Lt) | UNI_BIT(UNI_Lm) | UNI_BIT(UNI_Lo))
#define UNI_M (UNI_BIT(UNI_Mn) | UNI_BIT(UNI_Mc) | UNI_BIT(UNI_Me))
#define UNI_N (UNI_BIT(UNI_Nd) | UNI_BIT(UNI_Nl) | UNI_BIT(UNI_No))
#define UNI_P                                                                                      \
    (UNI_BIT(UNI_Pc) | UNI_BIT(UNI_Pd) | UNI_BIT(UNI_Ps) | UNI_BIT(UNI_Pe) | UNI_BIT(UNI_Pi) |     \
     UNI_BIT(UNI_Pf) | UNI_BIT(UNI_Po))
#define UNI_S (UNI_BIT(UNI_Sm) | UNI_BIT(UNI_Sc) | UNI_BIT(UNI_Sk) | UNI_BIT(UNI_So))
#define UNI_Z (UNI_BIT(UNI_Zs) | UNI_BIT(UNI_Zl) | UNI_BIT(UNI_Zp))
#define UNI_C (UNI_BIT(UNI_Cc) | UNI_BIT(UNI_Cf) | UNI_BIT(UNI_Cs) | UNI_BIT(UNI_Co))

/* The scripts with a table (Scripts.txt), in the order of runtime/std/unicode.go's ids. */
#define UNI_SCRIPTS(X)                                                                             \
    X(Latin)                                                                                       \
    X(Greek)                                                                                       \
    X(Cyrillic)                                                                                    \
    X(Armenian)                                                                                    \
    X(Hebrew)                                                                                      \
    X(Arabic)                                                                                      \
    X(Devanagari)                                                                                  \
    X(Bengali)                                                                                     \
    X(Thai)                                                                                        \
    X(Georgian)                                                                                    \
    X(Hangul)                                                                                      \
    X(Hiragana)                                                                                    \
    X(Katakana)                                                                                    \
    X(Han)                                                                                         \
    X(Common)                                                                                      \
    X(Inherited)

typedef enum UniScript {
#define UNI_SCRIPT_ENUM(name) UNI_SCRIPT_##name,
    UNI_SCRIPTS(UNI_SCRIPT_ENUM)
#undef UNI_SCRIPT_ENUM
        UNI_SCRIPT_COUNT
} UniScript;

/* Go's UpperCase, LowerCase, TitleCase (the _case argument of unicode.To). */
typedef enum UniCase { UNI_UPPER, UNI_LOWER, UNI_TITLE } UniCase;

UniCategory uni_category(int32_t r);
/* Is r's category in mask (UNI_BIT()s or'ed together, or UNI_L ... UNI_C)? */
bool uni_in_categories(int32_t r, uint32_t mask);
bool uni_in_script(UniScript s, int32_t r);

bool uni_is_letter(int32_t r);
bool uni_is_digit(int32_t r);
bool uni_is_number(int32_t r);
bool uni_is_upper(int32_t r);
bool uni_is_lower(int32_t r);
bool uni_is_title(int32_t r);
bool uni_is_mark(int32_t r);
bool uni_is_punct(int32_t r);
bool uni_is_symbol(int32_t r);
bool uni_is_control(int32_t r);
bool uni_is_print(int32_t r);
bool uni_is_graphic(int32_t r);
bool uni_is_space(int32_t r); /* also the White_Space table */

int32_t uni_to(UniCase c, int32_t r);
int32_t uni_to_upper(int32_t r);
int32_t uni_to_lower(int32_t r);
int32_t uni_to_title(int32_t r);
int32_t uni_simple_fold(int32_t r);

#endif
