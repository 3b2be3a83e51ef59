/* map.h — Go maps: a hash table of slot-run keys and values.
 *
 * A map value is one slot holding a Map * (NULL for a nil map). Keys and values are stored
 * as runs of slots in the layout of type.h; hashing and equality come from the key type
 * (type_hash / type_equal), so any comparable key works, interfaces included.
 *
 * Iteration visits entries in insertion order (deletions leave holes). An iterator keeps
 * working when the map is modified under it, with Go's guarantees: an entry deleted before
 * it is reached is not produced; an entry added during iteration may or may not be.
 */
#ifndef GOSUB_MAP_H
#define GOSUB_MAP_H

#include "type.h"

typedef struct Map Map;

/* A new empty map of map type mtype (mtype->key, mtype->elem), with room for hint entries. */
Map *map_new(const Type *mtype, int64_t hint);
int64_t map_len(const Map *m); /* 0 for NULL */

/* The value slots for key, or NULL when absent. *uncomparable is set (and NULL returned)
 * when the key is an interface holding an unhashable dynamic type. m may be NULL. */
Slot *map_find(Map *m, const Slot *key, const Type **uncomparable);
/* The value slots for key, inserted zeroed when absent. m must not be NULL. */
Slot *map_insert(Map *m, const Slot *key, const Type **uncomparable);
/* Removes key if present. m may be NULL. */
void map_delete(Map *m, const Slot *key, const Type **uncomparable);
/* Removes every entry (Go's clear: NaN keys too). m may be NULL. */
void map_clear(Map *m);
/* A shallow copy (maps.Clone). */
Map *map_clone(const Map *m);
const Type *map_type(const Map *m);

typedef struct MapIter {
    Map *m;
    void *entries; /* the entry array being walked (kept alive if the map regrows) */
    int64_t i, n;
    uint64_t gen;
} MapIter;

MapIter map_iter(Map *m); /* m may be NULL */
/* Advances to the next live entry; false at the end. *key / *val point at its slots. */
bool map_iter_next(MapIter *it, Slot **key, Slot **val);

#endif
