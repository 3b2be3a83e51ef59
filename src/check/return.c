/* return.c — terminating statements (the spec's "Terminating statements"; types2's
 * return.go): whether a function body ends in a return, a panic, an infinite loop without a
 * break, ... so that a function with results needs no "missing return".
 *
 * Breaks are matched to their targets through Stmt.branch.target, which the branch checks
 * (stmt.c) fill in before this runs.
 */
#include "internal.h"

static bool has_break(Stmt *s, Stmt *target);
static bool is_terminating(Stmt *s);

static bool list_has_break(Stmt **stmts, int n, Stmt *target) {
    for (int i = 0; i < n; i++) {
        if (has_break(stmts[i], target)) {
            return true;
        }
    }
    return false;
}

static bool has_break(Stmt *s, Stmt *target) {
    if (!s) {
        return false;
    }
    switch (s->kind) {
    case S_BRANCH: return s->branch.tok == T_BREAK && s->branch.target == target;
    case S_BLOCK: return list_has_break(s->block.block->stmts, s->block.block->n, target);
    case S_LABELED: return has_break(s->labeled.stmt, target);
    case S_IF:
        return list_has_break(s->if_.then->stmts, s->if_.then->n, target) ||
               has_break(s->if_.els, target);
    case S_FOR: return list_has_break(s->for_.body->stmts, s->for_.body->n, target);
    case S_RANGE: return list_has_break(s->range.body->stmts, s->range.body->n, target);
    case S_SWITCH:
        for (int i = 0; i < s->switch_.n; i++) {
            if (list_has_break(s->switch_.clauses[i]->body, s->switch_.clauses[i]->nbody, target)) {
                return true;
            }
        }
        return false;
    case S_TYPESWITCH:
        for (int i = 0; i < s->typeswitch.n; i++) {
            if (list_has_break(s->typeswitch.clauses[i]->body, s->typeswitch.clauses[i]->nbody,
                               target)) {
                return true;
            }
        }
        return false;
    case S_SELECT:
        for (int i = 0; i < s->select.n; i++) {
            if (list_has_break(s->select.clauses[i]->body, s->select.clauses[i]->nbody, target)) {
                return true;
            }
        }
        return false;
    default: return false;
    }
}

bool chk_list_terminating(Stmt **stmts, int n) {
    while (n > 0 && stmts[n - 1]->kind == S_EMPTY) {
        n--;
    }
    return n > 0 && is_terminating(stmts[n - 1]);
}

/* A switch or select s whose every clause terminates without breaking out of s; a switch
 * needs a default clause too. */
static bool clauses_terminating(Stmt *s, CaseClause **clauses, int n, bool need_default) {
    bool def = false;
    for (int i = 0; i < n; i++) {
        CaseClause *cc = clauses[i];
        def = def || cc->is_default;
        if (!chk_list_terminating(cc->body, cc->nbody) || list_has_break(cc->body, cc->nbody, s)) {
            return false;
        }
    }
    return def || !need_default;
}

static bool is_terminating(Stmt *s) {
    switch (s->kind) {
    case S_RETURN: return true;
    case S_BRANCH: return s->branch.tok == T_GOTO || s->branch.tok == T_FALLTHROUGH;
    case S_EXPR: {
        Expr *e = s->expr.x;
        while (e->kind == E_PAREN) {
            e = e->paren.x;
        }
        return e->kind == E_CALL && e->call.call_kind == CALL_BUILTIN &&
               e->call.builtin == BI_PANIC;
    }
    case S_BLOCK: return chk_list_terminating(s->block.block->stmts, s->block.block->n);
    case S_IF:
        return s->if_.els && chk_list_terminating(s->if_.then->stmts, s->if_.then->n) &&
               is_terminating(s->if_.els);
    case S_LABELED: return is_terminating(s->labeled.stmt);
    case S_FOR:
        return !s->for_.cond && !has_break(s, s) &&
               !list_has_break(s->for_.body->stmts, s->for_.body->n, s);
    case S_SWITCH: return clauses_terminating(s, s->switch_.clauses, s->switch_.n, true);
    case S_TYPESWITCH: return clauses_terminating(s, s->typeswitch.clauses, s->typeswitch.n, true);
    case S_SELECT: return clauses_terminating(s, s->select.clauses, s->select.n, false);
    default: return false;
    }
}
