/* time_zone.h — the natives of package time that read time zones (time_zone.c): zones of the
 * IANA database and Local's. Their Go declarations are in time.c's table; time.go's header
 * says what each does.
 */
#ifndef GOSUB_TIME_ZONE_H
#define GOSUB_TIME_ZONE_H

#include "../native.h"

void lib_time_zone_lookup(G *g, Slot *a);
void lib_time_zone_lookup_name(G *g, Slot *a);
void lib_time_load_zone(G *g, Slot *a);
void lib_time_zone_from_data(G *g, Slot *a);
void lib_time_local_name(G *g, Slot *a);

#endif
