/* regexp_re2.cc — the C interface of regexp_re2.h over RE2's C++ API: compile, read the
 * error and the group names, search. Nothing of Go's syntax or semantics is decided here
 * (runtime/lib/regexp.c does that); this file only translates types.
 *
 * An Re2 is an RE2 object. RE2 objects allocate with new/malloc, not libgc: the owner
 * deletes them (regexp.c does it from a libgc finalizer once the Go value is unreachable).
 * Search allocates its submatch pieces on the stack for small counts, else on the heap.
 */
#include "regexp_re2.h"

#include <re2/re2.h>

#include <vector>

struct Re2 {
    re2::RE2 re;
    Re2(const re2::StringPiece &pat, const re2::RE2::Options &opts) : re(pat, opts) {}
};

Re2 *re2shim_compile(const char *pat, size_t n, bool longest, int64_t max_mem) {
    re2::RE2::Options opts;
    opts.set_log_errors(false);
    opts.set_longest_match(longest);
    opts.set_max_mem(max_mem);
    return new Re2(re2::StringPiece(pat, n), opts);
}

int re2shim_error(const Re2 *re, const char **arg, size_t *arg_len) {
    const std::string &a = re->re.error_arg();
    *arg = a.data();
    *arg_len = a.size();
    return (int)re->re.error_code();
}

int re2shim_groups(const Re2 *re) {
    return re->re.NumberOfCapturingGroups();
}

const char *re2shim_group_name(const Re2 *re, int i, size_t *len) {
    const std::map<int, std::string> &names = re->re.CapturingGroupNames();
    auto it = names.find(i);
    if (it == names.end()) {
        return nullptr;
    }
    *len = it->second.size();
    return it->second.data();
}

bool re2shim_search(const Re2 *re, const char *text, size_t n, size_t pos, int nsub,
                    int64_t *caps) {
    enum { SMALL = 16 };
    re2::StringPiece small[SMALL];
    std::vector<re2::StringPiece> big;
    re2::StringPiece *sub = small;
    if (nsub > SMALL) {
        big.resize((size_t)nsub);
        sub = big.data();
    }
    if (!re->re.Match(re2::StringPiece(text, n), pos, n, re2::RE2::UNANCHORED, sub, nsub)) {
        return false;
    }
    for (int i = 0; i < nsub; i++) {
        if (sub[i].data() == nullptr) {
            caps[2 * i] = caps[2 * i + 1] = -1;
        } else {
            caps[2 * i] = sub[i].data() - text;
            caps[2 * i + 1] = caps[2 * i] + (int64_t)sub[i].size();
        }
    }
    return true;
}

void re2shim_delete(Re2 *re) {
    delete re;
}
