/* time_zone.c — time zones from the IANA database, as Go's time package reads them: TZif
 * files (RFC 8536: transitions, zone types, and a POSIX TZ rule for the instants after the
 * last transition) found under $ZONEINFO, /usr/share/zoneinfo and the other places Go looks.
 * LoadLocation's zones are made of these, and so is Local: the zone TZ names, or
 * /etc/localtime, with Go's rules for its name ("Local", the TZ value, or "UTC" when neither
 * can be read).
 *
 * A Zone is built once and never changes afterwards, so lookups take no lock. Local's is
 * read on first use (pthread_once). To time.go a Zone is an opaque *tzData.
 */
#include "time_zone.h"

#include "../../src/common.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define ALPHA INT64_MIN /* the start of time, for zone bounds */
#define OMEGA INT64_MAX
#define SECONDS_PER_DAY 86400
#define SECONDS_PER_HOUR 3600

typedef struct ZoneType {
    int32_t offset; /* seconds east of UTC */
    bool isdst;
    const char *abbr;
} ZoneType;

enum { RULE_JULIAN, RULE_DOY, RULE_MWD };

/* One end of daylight saving time in a POSIX TZ rule: Jn, n or Mm.w.d, at time seconds. */
typedef struct TzRule {
    int kind, day, week, mon, time;
} TzRule;

typedef struct Zone {
    ZoneType *types;
    int ntypes;
    int64_t *tx; /* transition instants (Unix seconds), ascending */
    uint8_t *tx_type;
    int ntx;
    /* The footer's rule (POSIX TZ), for instants after the last transition. */
    bool extend, has_dst;
    const char *std_name, *dst_name;
    int std_off, dst_off;
    TzRule start, end;
} Zone;

/* ---- the POSIX TZ rule ----------------------------------------------------------------------- */

/* A zone name: letters (at least three), or anything between < and >. */
static bool tz_name(const char **s, const char **name) {
    const char *p = *s;
    if (*p == '<') {
        const char *q = strchr(p, '>');
        if (!q) {
            return false;
        }
        *name = str_printf("%.*s", (int)(q - p - 1), p + 1);
        *s = q + 1;
        return true;
    }
    const char *q = p;
    while (*q && !strchr("0123456789,-+", *q)) {
        q++;
    }
    if (q - p < 3) {
        return false;
    }
    *name = str_printf("%.*s", (int)(q - p), p);
    *s = q;
    return true;
}

static bool tz_num(const char **s, int *out, int max) {
    const char *p = *s;
    int n = 0;
    if (*p < '0' || *p > '9') {
        return false;
    }
    for (; *p >= '0' && *p <= '9'; p++) {
        n = n * 10 + (*p - '0');
        if (n > max) {
            return false;
        }
    }
    *out = n;
    *s = p;
    return true;
}

/* [+-]hh[:mm[:ss]] in seconds, as the rule writes it (west of UTC positive). */
static bool tz_offset(const char **s, int *out) {
    int sign = 1;
    if (**s == '+' || **s == '-') {
        sign = **s == '-' ? -1 : 1;
        ++*s;
    }
    int h, m = 0, sec = 0;
    if (!tz_num(s, &h, 24 * 7)) {
        return false;
    }
    if (**s == ':') {
        ++*s;
        if (!tz_num(s, &m, 59)) {
            return false;
        }
        if (**s == ':') {
            ++*s;
            if (!tz_num(s, &sec, 59)) {
                return false;
            }
        }
    }
    *out = sign * (h * SECONDS_PER_HOUR + m * 60 + sec);
    return true;
}

static bool tz_rule(const char **s, TzRule *r) {
    *r = (TzRule){.time = 2 * SECONDS_PER_HOUR};
    if (**s == 'J') {
        ++*s;
        r->kind = RULE_JULIAN;
        if (!tz_num(s, &r->day, 365) || r->day < 1) {
            return false;
        }
    } else if (**s == 'M') {
        ++*s;
        r->kind = RULE_MWD;
        if (!tz_num(s, &r->mon, 12) || r->mon < 1 || *(*s)++ != '.' || !tz_num(s, &r->week, 5) ||
            r->week < 1 || *(*s)++ != '.' || !tz_num(s, &r->day, 6)) {
            return false;
        }
    } else {
        r->kind = RULE_DOY;
        if (!tz_num(s, &r->day, 365)) {
            return false;
        }
    }
    if (**s == '/') {
        ++*s;
        return tz_offset(s, &r->time);
    }
    return true;
}

/* Parses a footer such as "EST5EDT,M3.2.0,M11.1.0" into z. */
static bool parse_extend(Zone *z, const char *s) {
    if (!tz_name(&s, &z->std_name) || !tz_offset(&s, &z->std_off)) {
        return false;
    }
    z->std_off = -z->std_off;
    if (*s == 0 || *s == ',') {
        return true; /* no daylight saving time */
    }
    if (!tz_name(&s, &z->dst_name)) {
        return false;
    }
    if (*s == 0 || *s == ',') {
        z->dst_off = z->std_off + SECONDS_PER_HOUR;
    } else if (tz_offset(&s, &z->dst_off)) {
        z->dst_off = -z->dst_off;
    } else {
        return false;
    }
    if (*s == 0) {
        s = ",M3.2.0,M11.1.0"; /* tzcode's default rules */
    }
    if (*s != ',' && *s != ';') {
        return false;
    }
    s++;
    if (!tz_rule(&s, &z->start) || *s++ != ',' || !tz_rule(&s, &z->end) || *s != 0) {
        return false;
    }
    z->has_dst = true;
    return true;
}

static bool is_leap(int64_t y) {
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/* Days from 1970-01-01 to the civil date y-m-d (proleptic Gregorian). */
static int64_t days_from_civil(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int days_in_month(int m, int64_t y) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[m - 1] + (m == 2 && is_leap(y));
}

/* When rule r happens in year, in seconds from the start of the year (UTC), the offset off
 * being in force until then. */
static int64_t rule_time(int64_t year, const TzRule *r, int off) {
    int64_t day = 0; /* days from January 1 */
    switch (r->kind) {
    case RULE_JULIAN: /* 1..365, February 29 never counted */
        day = r->day - 1 + (is_leap(year) && r->day >= 60);
        break;
    case RULE_DOY: day = r->day; break;
    default: { /* the week-th weekday `day` of month mon (week 5: the last) */
        int64_t first = days_from_civil(year, r->mon, 1);
        int dow = (int)(((first + 4) % 7 + 7) % 7); /* 1970-01-01 was a Thursday */
        int d = ((r->day - dow) % 7 + 7) % 7;
        for (int i = 1; i < r->week && d + 7 < days_in_month(r->mon, year); i++) {
            d += 7;
        }
        day = first + d - days_from_civil(year, 1, 1);
        break;
    }
    }
    return day * SECONDS_PER_DAY + r->time - off;
}

static int64_t floor_div(int64_t a, int64_t b) {
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

typedef struct ZoneAt {
    const char *name;
    int offset;
    int64_t start, end; /* the instants between which the zone is in force (or wider) */
} ZoneAt;

/* The footer rule's zone at sec, the last transition being at last. */
static ZoneAt extend_at(const Zone *z, int64_t last, int64_t sec) {
    if (!z->has_dst) {
        return (ZoneAt){z->std_name, z->std_off, last, OMEGA};
    }
    int64_t days = floor_div(sec, SECONDS_PER_DAY);
    /* The year of sec: from the civil date of its day. */
    int64_t z0 = days + 719468;
    int64_t era = (z0 >= 0 ? z0 : z0 - 146096) / 146097;
    int64_t doe = z0 - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t year = yoe + era * 400 + (mp >= 10);
    int64_t year_start = days_from_civil(year, 1, 1) * SECONDS_PER_DAY;
    int64_t ysec = sec - year_start;
    const char *std_name = z->std_name, *dst_name = z->dst_name;
    int std_off = z->std_off, dst_off = z->dst_off;
    int64_t start = rule_time(year, &z->start, std_off);
    int64_t end = rule_time(year, &z->end, dst_off);
    if (end < start) { /* the southern hemisphere: "daylight" time spans the new year */
        int64_t t = start;
        start = end;
        end = t;
        const char *n = std_name;
        std_name = dst_name;
        dst_name = n;
        int o = std_off;
        std_off = dst_off;
        dst_off = o;
    }
    if (ysec < start) {
        return (ZoneAt){std_name, std_off, year_start, start + year_start};
    }
    if (ysec >= end) {
        return (ZoneAt){std_name, std_off, end + year_start, year_start + 365 * SECONDS_PER_DAY};
    }
    return (ZoneAt){dst_name, dst_off, start + year_start, end + year_start};
}

/* ---- lookups -----------------------------------------------------------------------------------
 */

/* Go's lookupFirstZone: the zone before the first transition. */
static int first_zone(const Zone *z) {
    bool first_used = false;
    for (int i = 0; i < z->ntx; i++) {
        first_used |= z->tx_type[i] == 0;
    }
    if (!first_used) {
        return 0;
    }
    if (z->ntx > 0 && z->types[z->tx_type[0]].isdst) {
        for (int i = z->tx_type[0] - 1; i >= 0; i--) {
            if (!z->types[i].isdst) {
                return i;
            }
        }
    }
    for (int i = 0; i < z->ntypes; i++) {
        if (!z->types[i].isdst) {
            return i;
        }
    }
    return 0;
}

static ZoneAt zone_at(const Zone *z, int64_t sec) {
    if (z->ntx == 0 || sec < z->tx[0]) {
        const ZoneType *t = &z->types[first_zone(z)];
        return (ZoneAt){t->abbr, t->offset, ALPHA, z->ntx > 0 ? z->tx[0] : OMEGA};
    }
    int lo = 0, hi = z->ntx;
    int64_t end = OMEGA;
    while (hi - lo > 1) {
        int m = lo + (hi - lo) / 2;
        if (sec < z->tx[m]) {
            end = z->tx[m];
            hi = m;
        } else {
            lo = m;
        }
    }
    if (lo == z->ntx - 1 && z->extend) {
        return extend_at(z, z->tx[lo], sec);
    }
    const ZoneType *t = &z->types[z->tx_type[lo]];
    return (ZoneAt){t->abbr, t->offset, z->tx[lo], end};
}

/* ---- reading TZif data --------------------------------------------------------------------------
 */

typedef struct Bytes {
    const unsigned char *p;
    size_t n;
} Bytes;

static bool take(Bytes *b, size_t n, const unsigned char **out) {
    if (b->n < n) {
        return false;
    }
    *out = b->p;
    b->p += n;
    b->n -= n;
    return true;
}

static uint32_t be32(const unsigned char *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int64_t be64(const unsigned char *p) {
    return (int64_t)((uint64_t)be32(p) << 32 | be32(p + 4));
}

enum { N_UTC, N_STD, N_LEAP, N_TIME, N_TYPE, N_CHAR };

static bool read_header(Bytes *b, int *version, uint32_t n[6]) {
    const unsigned char *h;
    if (!take(b, 44, &h) || memcmp(h, "TZif", 4) != 0) {
        return false;
    }
    *version = h[4] == 0 ? 1 : h[4] - '0';
    for (int i = 0; i < 6; i++) {
        n[i] = be32(h + 20 + 4 * i);
    }
    return true;
}

/* A Zone from the contents of a TZif file (Go's LoadLocationFromTZData), or NULL. */
static Zone *zone_from_tzif(const unsigned char *data, size_t len) {
    Bytes b = {data, len};
    int version;
    uint32_t n[6];
    if (!read_header(&b, &version, n)) {
        return NULL;
    }
    size_t tsize = 4;
    if (version > 1) {
        /* Skip the 32-bit data; the 64-bit copy follows with its own header. */
        size_t skip = (size_t)n[N_TIME] * 5 + (size_t)n[N_TYPE] * 6 + n[N_CHAR] +
                      (size_t)n[N_LEAP] * 8 + n[N_STD] + n[N_UTC];
        const unsigned char *ignored;
        if (!take(&b, skip, &ignored) || !read_header(&b, &version, n)) {
            return NULL;
        }
        tsize = 8;
    }
    const unsigned char *tx, *idx, *types, *chars, *ignored;
    if (n[N_TYPE] == 0 || n[N_TYPE] > 256 || !take(&b, n[N_TIME] * tsize, &tx) ||
        !take(&b, n[N_TIME], &idx) || !take(&b, (size_t)n[N_TYPE] * 6, &types) ||
        !take(&b, n[N_CHAR], &chars) ||
        !take(&b, (size_t)n[N_LEAP] * (tsize + 4) + n[N_STD] + n[N_UTC], &ignored)) {
        return NULL;
    }
    Zone *z = NEW(Zone);
    z->ntypes = (int)n[N_TYPE];
    z->types = GC_MALLOC(sizeof(ZoneType) * (size_t)z->ntypes);
    for (int i = 0; i < z->ntypes; i++) {
        const unsigned char *t = types + 6 * i;
        uint8_t ai = t[5];
        if (ai >= n[N_CHAR]) {
            return NULL;
        }
        size_t alen = strnlen((const char *)chars + ai, n[N_CHAR] - ai);
        z->types[i] = (ZoneType){(int32_t)be32(t), t[4] != 0,
                                 str_printf("%.*s", (int)alen, (const char *)chars + ai)};
    }
    z->ntx = (int)n[N_TIME];
    z->tx = GC_MALLOC_ATOMIC(sizeof(int64_t) * (size_t)(z->ntx + 1));
    z->tx_type = GC_MALLOC_ATOMIC((size_t)z->ntx + 1);
    for (int i = 0; i < z->ntx; i++) {
        z->tx[i] = tsize == 8 ? be64(tx + 8 * i) : (int64_t)(int32_t)be32(tx + 4 * i);
        z->tx_type[i] = idx[i];
        if (idx[i] >= z->ntypes) {
            return NULL;
        }
    }
    if (z->ntx == 0) { /* one transition at the start of time, as Go builds it */
        z->ntx = 1;
        z->tx[0] = ALPHA;
        z->tx_type[0] = 0;
    }
    /* The footer: "\nRULE\n". */
    if (version > 1 && b.n > 2 && b.p[0] == '\n') {
        const unsigned char *nl = memchr(b.p + 1, '\n', b.n - 1);
        if (nl && nl > b.p + 1) {
            const char *rule = str_printf("%.*s", (int)(nl - b.p - 1), (const char *)b.p + 1);
            z->extend = parse_extend(z, rule);
        }
    }
    return z;
}

/* Why a zone could not be read, as LoadLocation reports it (Go keeps the first error that
 * is not "no such file"). */
typedef enum ZoneErr { ZONE_OK, ZONE_MISSING, ZONE_DIRECTORY, ZONE_MALFORMED } ZoneErr;

static Zone *zone_from_file(const char *path, ZoneErr *why) {
    struct stat st;
    if (stat(path, &st) != 0) {
        *why = ZONE_MISSING;
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        *why = ZONE_DIRECTORY;
        return NULL;
    }
    size_t len;
    const char *err;
    char *data = read_file(path, &len, &err);
    Zone *z = data ? zone_from_tzif((const unsigned char *)data, len) : NULL;
    *why = z ? ZONE_OK : data ? ZONE_MALFORMED : ZONE_MISSING;
    return z;
}

/* The named zone from the first place that has it: $ZONEINFO, then the system's. */
static Zone *zone_by_name(const char *name, ZoneErr *why) {
    static const char *const dirs[] = {"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/",
                                       "/usr/lib/locale/TZ/"};
    const char *zi = getenv("ZONEINFO");
    *why = ZONE_MISSING;
    for (int i = zi && *zi ? -1 : 0; i < (int)(sizeof dirs / sizeof dirs[0]); i++) {
        ZoneErr e;
        Zone *z = zone_from_file(
            i < 0 ? str_printf("%s/%s", zi, name) : str_printf("%s%s", dirs[i], name), &e);
        if (z) {
            *why = ZONE_OK;
            return z;
        }
        if (*why == ZONE_MISSING) {
            *why = e;
        }
    }
    return NULL;
}

/* ---- Local ------------------------------------------------------------------------------------
 */

static pthread_once_t local_once = PTHREAD_ONCE_INIT;
static Zone *local_zone; /* NULL: UTC */
static const char *local_name;

/* Go's initLocal: TZ unset reads /etc/localtime ("Local"); TZ names a file (":" and "/" forms)
 * or a zone (its name); anything else, or a zone that cannot be read, is UTC. */
static void local_init(void) {
    const char *tz = getenv("TZ");
    ZoneErr why;
    local_name = "UTC";
    if (!tz) {
        local_zone = zone_from_file("/etc/localtime", &why);
        if (local_zone) {
            local_name = "Local";
        }
        return;
    }
    if (*tz == ':') {
        tz++;
    }
    if (*tz == '/') {
        local_zone = zone_from_file(tz, &why);
        if (local_zone) {
            local_name = strcmp(tz, "/etc/localtime") == 0 ? "Local" : tz;
        }
    } else if (*tz && strcmp(tz, "UTC") != 0) {
        local_zone = zone_by_name(tz, &why);
        if (local_zone) {
            local_name = tz;
        }
    }
}

/* The receiver's Zone: z itself, or Local's when z is nil. Returns NULL for UTC. */
static const Zone *zone_or_local(void *z) {
    if (z) {
        return z;
    }
    pthread_once(&local_once, local_init);
    return local_zone;
}

/* ---- natives ----------------------------------------------------------------------------------
 */

/* zoneLookup(z *tzData, unix int64) (name string, offset int, start, end int64): the zone in
 * force at unix (nil z: Local). */
void lib_time_zone_lookup(G *g, Slot *a) {
    const Zone *z = zone_or_local(a[0].p);
    ZoneAt at = z ? zone_at(z, a[1].i) : (ZoneAt){"UTC", 0, ALPHA, OMEGA};
    rt_set_str(a, (GoString){at.name, (int64_t)strlen(at.name)});
    a[2].i = at.offset;
    a[3].i = at.start;
    a[4].i = at.end;
}

/* zoneLookupName(z *tzData, name string, unix int64) (offset int, ok bool): the offset of the
 * zone abbreviated name, preferring one in force around unix (Go's lookupName). */
void lib_time_zone_lookup_name(G *g, Slot *a) {
    const Zone *z = zone_or_local(a[0].p);
    GoString name = rt_str(a + 1);
    int64_t when = a[3].i;
    a[0].i = 0;
    a[1].u = false;
    if (!z) {
        return;
    }
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < z->ntypes; i++) {
            const ZoneType *t = &z->types[i];
            if (strlen(t->abbr) != (size_t)name.len || memcmp(t->abbr, name.ptr, name.len) != 0) {
                continue;
            }
            ZoneAt at = zone_at(z, when - t->offset);
            if (pass == 1 || strcmp(at.name, t->abbr) == 0) {
                a[0].i = pass == 0 ? at.offset : t->offset;
                a[1].u = true;
                return;
            }
        }
    }
}

/* loadZone(name string) (*tzData, int): the zone, or why not: 1 no such zone, 2 a directory,
 * 3 malformed data. */
void lib_time_load_zone(G *g, Slot *a) {
    GoString name = rt_str(a);
    ZoneErr why = ZONE_MISSING;
    Zone *z = memchr(name.ptr, 0, (size_t)name.len)
                  ? NULL
                  : zone_by_name(str_printf("%.*s", (int)name.len, name.ptr), &why);
    a[0].p = z;
    a[1].i = why;
}

/* zoneFromData(data []byte) (*tzData, bool) */
void lib_time_zone_from_data(G *g, Slot *a) {
    GoSlice b = rt_slice(a);
    unsigned char *data = GC_MALLOC_ATOMIC((size_t)b.len + 1);
    for (int64_t i = 0; i < b.len; i++) {
        data[i] = (unsigned char)b.ptr[i].u;
    }
    Zone *z = zone_from_tzif(data, (size_t)b.len);
    a[0].p = z;
    a[1].u = z != NULL;
}

/* localName() string: Local's name. */
void lib_time_local_name(G *g, Slot *a) {
    pthread_once(&local_once, local_init);
    rt_set_str(a, (GoString){local_name, (int64_t)strlen(local_name)});
}
