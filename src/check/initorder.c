/* initorder.c — the initialisation order of package variables.
 *
 * As types2's initorder.go: the package-level constants, variables and functions are the
 * nodes of a graph whose edges are the references of their declarations (Obj.deps).
 * Functions are eliminated first, their dependents inheriting their dependencies. Then the
 * node with the fewest outstanding dependencies (the earliest declared on a tie) is removed,
 * repeatedly; one removed with dependencies left lies on a cycle, which is reported. */
#include "internal.h"

typedef struct InitNode InitNode;

typedef VEC(InitNode *) InitNodes;

struct InitNode {
    Obj *obj;
    InitNodes pred, succ; /* sets: the nodes depending on it, the nodes it depends on */
    int ndeps;            /* dependencies not yet removed */
    int order;            /* declaration order */
    bool removed;
};

static bool nodes_has(const InitNodes *v, const InitNode *n) {
    for (int i = 0; i < v->len; i++) {
        if (v->data[i] == n) {
            return true;
        }
    }
    return false;
}

static void nodes_add(InitNodes *v, InitNode *n) {
    if (!nodes_has(v, n)) {
        vec_push(v, n);
    }
}

static void nodes_del(InitNodes *v, const InitNode *n) {
    for (int i = 0; i < v->len; i++) {
        if (v->data[i] == n) {
            memmove(&v->data[i], &v->data[i + 1], sizeof(InitNode *) * (size_t)(v->len - i - 1));
            v->len--;
            return;
        }
    }
}

static InitNode *node_of(const InitNodes *all, const Obj *o) {
    for (int i = 0; i < all->len; i++) {
        if (all->data[i]->obj == o) {
            return all->data[i];
        }
    }
    return NULL;
}

/* Function n leaves the graph: what depends on it depends on its dependencies instead. */
static void eliminate_func(InitNode *n) {
    for (int i = 0; i < n->pred.len; i++) {
        InitNode *p = n->pred.data[i];
        if (p == n) {
            continue;
        }
        for (int k = 0; k < n->succ.len; k++) {
            InitNode *s = n->succ.data[k];
            if (s != n) {
                nodes_add(&p->succ, s);
                nodes_add(&s->pred, p);
            }
        }
        nodes_del(&p->succ, n);
    }
    for (int k = 0; k < n->succ.len; k++) {
        nodes_del(&n->succ.data[k]->pred, n);
    }
    n->removed = true;
}

static InitNodes init_graph(Package *p) {
    InitNodes all = {0};
    for (int i = 0; i < p->objs.len; i++) {
        InitNode *n = NEW(InitNode);
        n->obj = p->objs.data[i];
        n->order = i;
        vec_push(&all, n);
    }
    for (int i = 0; i < all.len; i++) {
        InitNode *n = all.data[i];
        for (int k = 0; k < n->obj->deps.len; k++) {
            InitNode *d = node_of(&all, n->obj->deps.data[k]);
            if (d) {
                nodes_add(&n->succ, d);
                nodes_add(&d->pred, n);
            }
        }
    }
    for (int i = 0; i < all.len; i++) {
        if (all.data[i]->obj->kind == OBJ_FUNC) {
            eliminate_func(all.data[i]);
        }
    }
    for (int i = 0; i < all.len; i++) {
        all.data[i]->ndeps = all.data[i]->succ.len;
    }
    return all;
}

/* A path of references from `from` to `to`, reversed (to first), as types2's findPath;
 * dependencies are tried in declaration order. */
static bool find_path(const InitNodes *all, Obj *from, Obj *to, ObjVec *seen, ObjVec *path) {
    for (int i = 0; i < seen->len; i++) {
        if (seen->data[i] == from) {
            return false;
        }
    }
    vec_push(seen, from);
    InitNodes deps = {0};
    for (int i = 0; i < from->deps.len; i++) {
        InitNode *d = node_of(all, from->deps.data[i]);
        int k = deps.len;
        if (!d) {
            continue;
        }
        vec_push(&deps, d);
        for (; k > 0 && deps.data[k - 1]->order > d->order; k--) {
            deps.data[k] = deps.data[k - 1];
        }
        deps.data[k] = d;
    }
    for (int i = 0; i < deps.len; i++) {
        Obj *d = deps.data[i]->obj;
        if (d == to || find_path(all, d, to, seen, path)) {
            vec_push(path, d);
            return true;
        }
    }
    return false;
}

/* "initialization cycle for a" and the "a refers to b" chain, at the objects. */
static void report_init_cycle(Checker *c, const InitNodes *all, Obj *o) {
    ObjVec seen = {0}, cycle = {0};
    if (!find_path(all, o, o, &seen, &cycle)) {
        return; /* o only leads into a cycle: reported at one of its members */
    }
    if (cycle.len == 1) {
        chk_error(c, o->pos, "initialization cycle: %s refers to itself", o->name);
        return;
    }
    StrBuf b = {0};
    sb_printf(&b, "initialization cycle for %s", o->name);
    Obj *from = o;
    for (int j = cycle.len - 1; j >= 0; j--) {
        Obj *next = cycle.data[j];
        sb_printf(&b, "\n\t%s:%d:%d: %s refers to %s", c->file, from->pos.line, from->pos.col,
                  from->name, next->name);
        from = next;
    }
    chk_error(c, o->pos, "%s", sb_cstr(&b));
}

/* The next node to remove: the fewest outstanding dependencies, then the earliest. */
static InitNode *next_init_node(const InitNodes *all) {
    InitNode *n = NULL;
    for (int i = 0; i < all->len; i++) {
        InitNode *m = all->data[i];
        if (!m->removed && (!n || m->ndeps < n->ndeps)) {
            n = m;
        }
    }
    return n;
}

/* The lazy functions (std packages) that a variable's initialiser reaches are checked first:
 * their references order the variables. */
static void check_reached_funcs(Checker *c, Package *p) {
    ObjVec seen = {0}; /* the variables, then the functions reached: a work list */
    for (int i = 0; i < p->objs.len; i++) {
        if (p->objs.data[i]->kind == OBJ_VAR) {
            vec_push(&seen, p->objs.data[i]);
        }
    }
    for (int i = 0; i < seen.len; i++) {
        ObjVec deps = seen.data[i]->deps;
        for (int k = 0; k < deps.len; k++) {
            Obj *d = deps.data[k];
            bool known = d->kind != OBJ_FUNC || d->pkg != p;
            for (int j = 0; j < seen.len && !known; j++) {
                known = seen.data[j] == d;
            }
            if (!known) {
                chk_lazy_func(c, d);
                vec_push(&seen, d);
            }
        }
    }
}

/* Fills the package's var_order (the first variable of each spec, in the order the specs
 * run) and reports initialisation cycles. */
void chk_init_order(Checker *c) {
    Package *p = c->pkg;
    if (p->native) {
        check_reached_funcs(c, p);
    }
    InitNodes all = init_graph(p);
    VEC(ValueSpec *) done = {0};
    for (InitNode *n; (n = next_init_node(&all));) {
        n->removed = true;
        if (n->ndeps > 0) {
            report_init_cycle(c, &all, n->obj);
        }
        for (int i = 0; i < n->pred.len; i++) {
            n->pred.data[i]->ndeps--;
        }
        if (n->obj->kind != OBJ_VAR) {
            continue;
        }
        bool emitted = false;
        for (int i = 0; i < done.len && !emitted; i++) {
            emitted = done.data[i] == n->obj->vspec;
        }
        if (!emitted) {
            vec_push(&done, n->obj->vspec);
            vec_push(&p->var_order, n->obj);
        }
    }
}
