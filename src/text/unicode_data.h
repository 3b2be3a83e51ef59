/* unicode_data.h — the shape of the generated Unicode tables (src/text/unicode_data.c, made by
 * src/text/gen_unicode.py), shared by that file and src/text/unicode.c only.
 *
 * Invariants the generator checks before writing: every list is sorted by code point with no
 * overlaps; the category runs start at 0 and cover every code point up to U+10FFFF; applying
 * the case ranges to every code point gives UnicodeData.txt's simple mappings; the fold
 * exceptions together with "ToLower(r) if it differs from r, else ToUpper(r)" give every
 * rune's SimpleFold.
 */
#ifndef GOSUB_TEXT_UNICODE_DATA_H
#define GOSUB_TEXT_UNICODE_DATA_H

#include <stddef.h>

#include "unicode.h"

/* Sorted, disjoint, inclusive ranges [lo, hi]. */
typedef struct UcdRanges {
    const uint32_t (*r)[2];
    size_t n;
} UcdRanges;

/* Runes lo..hi map by adding delta[UniCase]; or, when alternating, they come in upper/lower
 * pairs from lo (lo + 2k upper case, lo + 2k + 1 its lower case; title case = upper). */
typedef struct UcdCaseRange {
    uint32_t lo, hi;
    int32_t delta[3];
    bool alternating;
} UcdCaseRange;

/* Category runs `start << 5 | category`: the category holds from start to the next start. */
extern const uint32_t ucd_category_runs[];
extern const size_t ucd_ncategory_runs;
extern const uint8_t ucd_latin1_category[256];

extern const UcdRanges ucd_white_space;
extern const UcdRanges ucd_scripts[UNI_SCRIPT_COUNT];

extern const UcdCaseRange ucd_case_ranges[];
extern const size_t ucd_ncase_ranges;

/* (rune, SimpleFold(rune)) where the rule above does not give it, sorted by rune. */
extern const uint32_t ucd_fold_exceptions[][2];
extern const size_t ucd_nfold_exceptions;

#endif
