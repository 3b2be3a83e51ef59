/* labels.c — labels and branch statements (types2's labels.go and the branch part of
 * stmt.go): break and continue matched to their enclosing targets, labels collected before
 * the body is checked (a goto may jump forward), gotos checked once the body's blocks are
 * known (not into a block, not over a variable declaration), unused labels reported.
 */
#include "internal.h"

/* ---- branches ---- */

void chk_branch_stmt(Checker *c, Stmt *s) {
    TokKind tok = s->branch.tok;
    const char *label = s->branch.label ? s->branch.label->ident.name : NULL;
    if (tok == T_GOTO) {
        GotoInfo gi = {s, NULL, c->fs->path.len, NULL};
        gi.blocks = NEW_ARRAY(int, gi.nblocks + 1);
        gi.indices = NEW_ARRAY(int, gi.nblocks + 1);
        memcpy(gi.blocks, c->fs->path.data, sizeof(int) * (size_t)gi.nblocks);
        memcpy(gi.indices, c->fs->path_idx.data, sizeof(int) * (size_t)gi.nblocks);
        vec_push(&c->fs->gotos, gi);
        return;
    }
    if (tok == T_FALLTHROUGH) {
        CaseCtx ctx = c->fs->case_stmt == s ? c->fs->case_ctx : CASE_OUT;
        if (ctx == CASE_FINAL) {
            chk_error(c, s->pos, "cannot fallthrough final case in switch");
        } else if (ctx == CASE_TYPESWITCH) {
            chk_error(c, s->pos, "cannot fallthrough in type switch");
        } else if (ctx == CASE_OUT) {
            chk_error(c, s->pos, "fallthrough statement out of place");
        }
        return;
    }
    Target *t = c->fs->targets;
    if (label) {
        bool exists = false;
        for (int i = 0; i < c->fs->labels.len; i++) {
            if (c->fs->labels.data[i].name == label) {
                exists = true;
                c->fs->labels.data[i].used = true;
            }
        }
        for (; t; t = t->up) {
            if (t->label == label) {
                break;
            }
        }
        if (!t) {
            if (!exists) {
                chk_error(c, s->branch.label->pos, "label %s not defined", label);
            } else {
                chk_error(c, s->branch.label->pos, "invalid %s label %s",
                          tok == T_BREAK ? "break" : "continue", label);
            }
            return;
        }
        if (tok == T_CONTINUE && !t->loop) {
            chk_error(c, s->branch.label->pos, "invalid continue label %s", label);
            return;
        }
        s->branch.target = t->stmt;
        return;
    }
    if (tok == T_BREAK) {
        if (!t) {
            chk_error(c, s->pos, "break is not in a loop, switch, or select");
            return;
        }
        s->branch.target = t->stmt;
        return;
    }
    for (; t && !t->loop; t = t->up) {
    }
    if (!t) {
        chk_error(c, s->pos, "continue is not in a loop");
        return;
    }
    s->branch.target = t->stmt;
}

/* ---- labels ---- */

static void walk_labels(Checker *c, Stmt *s) {
    if (!s) {
        return;
    }
    switch (s->kind) {
    case S_LABELED: {
        const char *name = s->labeled.label->ident.name;
        for (int i = 0; i < c->fs->labels.len; i++) {
            if (c->fs->labels.data[i].name == name) {
                chk_error(c, s->labeled.label->pos, "label %s already defined at %s:%d:%d", name,
                          c->file, c->fs->labels.data[i].pos.line, c->fs->labels.data[i].pos.col);
                return;
            }
        }
        LabelInfo li = {name, s, s->labeled.label->pos, false, -1, -1};
        vec_push(&c->fs->labels, li);
        walk_labels(c, s->labeled.stmt);
        break;
    }
    case S_BLOCK: chk_collect_labels(c, s->block.block->stmts, s->block.block->n); break;
    case S_IF:
        chk_collect_labels(c, s->if_.then->stmts, s->if_.then->n);
        walk_labels(c, s->if_.els);
        break;
    case S_FOR: chk_collect_labels(c, s->for_.body->stmts, s->for_.body->n); break;
    case S_RANGE: chk_collect_labels(c, s->range.body->stmts, s->range.body->n); break;
    case S_SWITCH:
        for (int i = 0; i < s->switch_.n; i++) {
            chk_collect_labels(c, s->switch_.clauses[i]->body, s->switch_.clauses[i]->nbody);
        }
        break;
    case S_TYPESWITCH:
        for (int i = 0; i < s->typeswitch.n; i++) {
            chk_collect_labels(c, s->typeswitch.clauses[i]->body, s->typeswitch.clauses[i]->nbody);
        }
        break;
    case S_SELECT:
        for (int i = 0; i < s->select.n; i++) {
            chk_collect_labels(c, s->select.clauses[i]->body, s->select.clauses[i]->nbody);
        }
        break;
    default: break;
    }
}

void chk_collect_labels(Checker *c, Stmt **stmts, int n) {
    for (int i = 0; i < n; i++) {
        walk_labels(c, stmts[i]);
    }
}

/* Where is the label's statement: the block (by statement array) and index. */
static bool find_in_blocks(FuncState *fs, Stmt *target, int *block, int *index) {
    for (int b = 0; b < fs->blocks.len; b++) {
        BlockInfo *bi = &fs->blocks.data[b];
        for (int i = 0; i < bi->n; i++) {
            if (bi->stmts[i] == target) {
                *block = b;
                *index = i;
                return true;
            }
        }
    }
    return false;
}

void chk_check_gotos(Checker *c) {
    for (int g = 0; g < c->fs->gotos.len; g++) {
        GotoInfo *gi = &c->fs->gotos.data[g];
        Stmt *s = gi->stmt;
        const char *name = s->branch.label ? s->branch.label->ident.name : NULL;
        if (!name) {
            continue;
        }
        LabelInfo *li = NULL;
        for (int i = 0; i < c->fs->labels.len; i++) {
            if (c->fs->labels.data[i].name == name) {
                li = &c->fs->labels.data[i];
            }
        }
        if (!li) {
            chk_error(c, s->branch.label->pos, "label %s not defined", name);
            continue;
        }
        li->used = true;
        s->branch.target = li->stmt;
        int lb, lidx;
        if (!find_in_blocks(c->fs, li->stmt, &lb, &lidx)) {
            continue;
        }
        int depth = -1;
        for (int k = 0; k < gi->nblocks; k++) {
            if (gi->blocks[k] == lb) {
                depth = k;
            }
        }
        if (depth < 0) {
            BlockInfo *bi = &c->fs->blocks.data[lb];
            chk_error(c, s->branch.label->pos, "goto %s jumps into block starting at %s:%d:%d",
                      name, c->file, bi->start.line, bi->start.col);
            continue;
        }
        int from = gi->indices[depth];
        if (lidx > from) {
            BlockInfo *bi = &c->fs->blocks.data[lb];
            for (int i = from + 1; i < lidx; i++) {
                Stmt *d = bi->stmts[i];
                bool decl = (d->kind == S_DECL && d->decl.decl->kind == D_VAR) ||
                            (d->kind == S_ASSIGN && d->assign.tok == T_DEFINE);
                if (decl) {
                    chk_error(c, s->branch.label->pos,
                              "goto %s jumps over variable declaration at line %d", name,
                              d->pos.line);
                    break;
                }
            }
        }
    }
    for (int i = 0; i < c->fs->labels.len; i++) {
        LabelInfo *li = &c->fs->labels.data[i];
        if (!li->used) {
            chk_error(c, li->pos, "label %s defined and not used", li->name);
        }
    }
}
