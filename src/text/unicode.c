/* unicode.c — lookups in the generated Unicode 15.0.0 tables (src/text/unicode.h).
 *
 * Every code point has exactly one category, so the categories are one sorted array of runs
 * searched by bisection, Latin-1 (and so ASCII) looked up directly. Case mapping bisects the
 * case ranges; SimpleFold is "the other case" except for the few runes whose orbit under case
 * folding says otherwise (ucd_fold_exceptions). The tables' invariants: unicode_data.h.
 */
#include "unicode_data.h"

#include "utf8.h"

UniCategory uni_category(int32_t r) {
    if ((uint32_t)r < 256) {
        return (UniCategory)ucd_latin1_category[r];
    }
    if ((uint32_t)r > UTF8_MAX_RUNE) {
        return UNI_Cn;
    }
    size_t lo = 0, hi = ucd_ncategory_runs; /* the run at lo starts at or before r */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if ((ucd_category_runs[mid] >> 5) <= (uint32_t)r) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return (UniCategory)(ucd_category_runs[lo] & 31);
}

bool uni_in_categories(int32_t r, uint32_t mask) {
    return (UNI_BIT(uni_category(r)) & mask) != 0;
}

static bool in_ranges(UcdRanges t, int32_t r) {
    uint32_t u = (uint32_t)r;
    size_t lo = 0, hi = t.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (u < t.r[mid][0]) {
            hi = mid;
        } else if (u > t.r[mid][1]) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

bool uni_in_script(UniScript s, int32_t r) {
    return (unsigned)s < UNI_SCRIPT_COUNT && in_ranges(ucd_scripts[s], r);
}

bool uni_is_letter(int32_t r) {
    if ((uint32_t)r < 0x80) {
        return (uint32_t)((r | 0x20) - 'a') < 26;
    }
    return uni_in_categories(r, UNI_L);
}

bool uni_is_digit(int32_t r) {
    if ((uint32_t)r < 0x80) {
        return (uint32_t)(r - '0') < 10;
    }
    return uni_category(r) == UNI_Nd;
}

bool uni_is_number(int32_t r) {
    return uni_in_categories(r, UNI_N);
}
bool uni_is_upper(int32_t r) {
    return uni_category(r) == UNI_Lu;
}
bool uni_is_lower(int32_t r) {
    return uni_category(r) == UNI_Ll;
}
bool uni_is_title(int32_t r) {
    return uni_category(r) == UNI_Lt;
}
bool uni_is_mark(int32_t r) {
    return uni_in_categories(r, UNI_M);
}
bool uni_is_punct(int32_t r) {
    return uni_in_categories(r, UNI_P);
}
bool uni_is_symbol(int32_t r) {
    return uni_in_categories(r, UNI_S);
}
bool uni_is_control(int32_t r) {
    return uni_category(r) == UNI_Cc;
}

bool uni_is_print(int32_t r) {
    if ((uint32_t)r < 0x80) {
        return r >= 0x20 && r < 0x7F;
    }
    return uni_in_categories(r, UNI_L | UNI_M | UNI_N | UNI_P | UNI_S);
}

bool uni_is_graphic(int32_t r) {
    return uni_in_categories(r, UNI_L | UNI_M | UNI_N | UNI_P | UNI_S | UNI_BIT(UNI_Zs));
}

bool uni_is_space(int32_t r) {
    if ((uint32_t)r < 256) {
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    }
    return in_ranges(ucd_white_space, r);
}

int32_t uni_to(UniCase c, int32_t r) {
    if ((unsigned)c > UNI_TITLE) {
        return UTF8_RUNE_ERROR; /* Go's unicode.To with a bad _case */
    }
    size_t lo = 0, hi = ucd_ncase_ranges;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const UcdCaseRange *cr = &ucd_case_ranges[mid];
        if ((uint32_t)r < cr->lo) {
            hi = mid;
        } else if ((uint32_t)r > cr->hi) {
            lo = mid + 1;
        } else if (cr->alternating) {
            return (int32_t)cr->lo + (((r - (int32_t)cr->lo) & ~1) | (int32_t)(c & 1));
        } else {
            return r + cr->delta[c];
        }
    }
    return r;
}

int32_t uni_to_upper(int32_t r) {
    if ((uint32_t)r < 0x80) {
        return (uint32_t)(r - 'a') < 26 ? r - 32 : r;
    }
    return uni_to(UNI_UPPER, r);
}

int32_t uni_to_lower(int32_t r) {
    if ((uint32_t)r < 0x80) {
        return (uint32_t)(r - 'A') < 26 ? r + 32 : r;
    }
    return uni_to(UNI_LOWER, r);
}

int32_t uni_to_title(int32_t r) {
    if ((uint32_t)r < 0x80) {
        return (uint32_t)(r - 'a') < 26 ? r - 32 : r;
    }
    return uni_to(UNI_TITLE, r);
}

int32_t uni_simple_fold(int32_t r) {
    if ((uint32_t)r > UTF8_MAX_RUNE) {
        return r;
    }
    size_t lo = 0, hi = ucd_nfold_exceptions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((uint32_t)r < ucd_fold_exceptions[mid][0]) {
            hi = mid;
        } else if ((uint32_t)r > ucd_fold_exceptions[mid][0]) {
            lo = mid + 1;
        } else {
            return (int32_t)ucd_fold_exceptions[mid][1];
        }
    }
    int32_t l = uni_to_lower(r);
    return l != r ? l : uni_to_upper(r);
}
