// Package time: durations, instants with a monotonic reading, calendar fields and layouts,
// sleeping, timers and tickers.
//
// A Time is the wall clock as seconds since January 1, year 1, 00:00:00 UTC plus
// nanoseconds, an optional monotonic reading, and a Location (nil means UTC). The zero Time
// is therefore year 1 (IsZero). The monotonic reading counts nanoseconds since the process
// started (always >= 1; 0 means "none"): Sub, Before, After, Equal and Compare use it when
// both times have one, so they ignore changes of the wall clock.
//
// Timers live in the runtime (sched.h's runtime timers): a Timer or Ticker holds a pointer
// to one and a channel with a buffer of one, on which a firing timer sends the fire time
// without blocking (the classic Go 1.22 semantics: a stale value may wait in C after Stop or
// Reset). AfterFunc's timer starts a goroutine instead.
//
// Time zones are the IANA database's, read by natives of runtime/lib/time_zone.c; a nil
// *tzData stands for Local's zone, read on first use.
//
// Natives: lib_time_funcs in runtime/lib/time.c.
package time

import "errors"

// ---- Duration ----

// A Duration represents the elapsed time between two instants as an int64 nanosecond
// count. The representation limits the largest representable duration to approximately
// 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s". Leading zero
// units are omitted. Durations less than one second use a smaller unit (ms, µs, ns) so the
// leading digit is non-zero. The zero duration formats as 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var b []byte
	if neg {
		b = append(b, '-')
	}
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			b = appendUint(b, u, 0)
			b = append(b, "ns"...)
		case u < uint64(Millisecond):
			b = appendFrac(b, u, 3)
			b = append(b, "µs"...)
		default:
			b = appendFrac(b, u, 6)
			b = append(b, "ms"...)
		}
		return string(b)
	}
	secs := u / 1e9
	if h := secs / 3600; h > 0 {
		b = appendUint(b, h, 0)
		b = append(b, 'h')
	}
	if secs >= 60 {
		b = appendUint(b, secs/60%60, 0)
		b = append(b, 'm')
	}
	b = appendFrac(b, secs%60*1e9+u%1e9, 9)
	b = append(b, 's')
	return string(b)
}

// appendFrac appends v / 10**prec in decimal, without trailing zeros (nor a lone point).
func appendFrac(b []byte, v uint64, prec int) []byte {
	var p uint64 = 1
	for i := 0; i < prec; i++ {
		p *= 10
	}
	b = appendUint(b, v/p, 0)
	frac := v % p
	if frac == 0 {
		return b
	}
	for frac%10 == 0 {
		frac /= 10
		prec--
	}
	b = append(b, '.')
	return appendUint(b, frac, prec)
}

// appendUint appends v in decimal, zero-padded to width digits.
func appendUint(b []byte, v uint64, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for v >= 10 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	buf[i] = byte('0' + v)
	for n := len(buf) - i; n < width; n++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendInt appends x in decimal (with a minus sign when negative), zero-padded to width.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	return appendUint(b, u, width)
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	whole := d / Second
	rest := d % Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	rest := d % Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	whole := d / Hour
	rest := d % Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m. If m <= 0,
// Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// under reports whether x < y/2 without overflowing.
func under(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m, halfway values away
// from zero. If the result overflows, Round returns the maximum (or minimum) duration. If
// m <= 0, Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if under(r, m) {
			return d + r
		}
		if down := d - m + r; down < d {
			return down
		}
		return minDuration
	}
	if under(r, m) {
		return d - r
	}
	if up := d + m - r; up > d {
		return up
	}
	return maxDuration
}

// Abs returns the absolute value of d. As a special case, the minimum duration is converted
// to the maximum duration.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// quote quotes s as the time package's error messages do: non-ASCII and control bytes
// become \x escapes.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c < ' ':
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	b = append(b, '"')
	return string(b)
}

// unitNs returns the length of a duration unit in nanoseconds (0 if unknown).
func unitNs(u string) uint64 {
	switch u {
	case "ns":
		return uint64(Nanosecond)
	case "us", "µs", "μs": // U+00B5 micro sign, U+03BC Greek mu
		return uint64(Microsecond)
	case "ms":
		return uint64(Millisecond)
	case "s":
		return uint64(Second)
	case "m":
		return uint64(Minute)
	case "h":
		return uint64(Hour)
	}
	return 0
}

// ParseDuration parses a duration string: a possibly signed sequence of decimal numbers,
// each with optional fraction and a unit suffix, such as "300ms", "-1.5h" or "2h45m".
// Valid units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := func() (Duration, error) {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return invalid()
	}
	var total uint64
	for s != "" {
		if s[0] != '.' && (s[0] < '0' || s[0] > '9') {
			return invalid()
		}
		// The integer part.
		i := 0
		var whole uint64
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			if whole > (1<<63)/10 {
				return invalid()
			}
			whole = whole*10 + uint64(s[i]-'0')
			if whole > 1<<63 {
				return invalid()
			}
		}
		hasWhole := i > 0
		s = s[i:]
		// The fraction: digits past what fits are ignored.
		var frac uint64
		scale := 1.0
		hasFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			i = 0
			full := false
			for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
				if full {
					continue
				}
				if frac > (1<<63-1)/10 {
					full = true
					continue
				}
				next := frac*10 + uint64(s[i]-'0')
				if next > 1<<63 {
					full = true
					continue
				}
				frac = next
				scale *= 10
			}
			hasFrac = i > 0
			s = s[i:]
		}
		if !hasWhole && !hasFrac {
			return invalid()
		}
		// The unit.
		i = 0
		for ; i < len(s) && s[i] != '.' && (s[i] < '0' || s[i] > '9'); i++ {
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit := unitNs(u)
		if unit == 0 {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if whole > (1<<63)/unit {
			return invalid()
		}
		whole *= unit
		if frac > 0 {
			whole += uint64(float64(frac) * (float64(unit) / scale))
			if whole > 1<<63 {
				return invalid()
			}
		}
		total += whole
		if total > 1<<63 {
			return invalid()
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return invalid()
	}
	return Duration(total), nil
}

// ---- Month and Weekday ----

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

var shortMonthNames = []string{
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + string(appendUint(nil, uint64(m), 0)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + string(appendUint(nil, uint64(d), 0)) + ")"
}

// ---- Location ----

// A Location maps time instants to the zone in use at that time: UTC, a fixed offset
// (FixedZone), a zone of the IANA database (LoadLocation), or Local (the zone TZ names, or
// /etc/localtime's).
type Location struct {
	name   string
	zone   string  // fixed zones: the abbreviation
	offset int     // fixed zones: seconds east of UTC
	tz     *tzData // IANA zones: their rules, which only the natives see into
	local  bool
}

type tzData struct{}

// The bounds of the zone bounds lookup gives.
const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{local: true}

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

// Local represents the system's local time zone.
var Local *Location = &localLoc

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	if l.local {
		return localName()
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and offset (seconds
// east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation returns the Location with the given name: "" and "UTC" give UTC, "Local"
// gives Local, anything else a zone of the IANA database ("America/New_York"), read from
// $ZONEINFO or the system's copy.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	bad := name[0] == '/' || name[0] == '\\'
	for i := 0; i+1 < len(name); i++ {
		bad = bad || name[i] == '.' && name[i+1] == '.'
	}
	if bad {
		return nil, errors.New("time: invalid location name")
	}
	switch tz, why := loadZone(name); why {
	case 0:
		return &Location{name: name, tz: tz}, nil
	case 2:
		return nil, errors.New("is a directory")
	case 3:
		return nil, errors.New("malformed time zone information")
	}
	return nil, errors.New("unknown time zone " + name)
}

// LoadLocationFromTZData returns a Location with the given name made from the contents of
// a TZif file (as found in /usr/share/zoneinfo).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	tz, ok := zoneFromData(data)
	if !ok {
		return nil, errors.New("malformed time zone information")
	}
	return &Location{name: name, tz: tz}, nil
}

// lookup returns the zone abbreviation and offset in use at the Unix time unix, and the
// instants between which that zone is in force.
func (l *Location) lookup(unix int64) (name string, offset int, start, end int64) {
	switch {
	case l == nil:
		return "UTC", 0, alpha, omega
	case l.local || l.tz != nil:
		return zoneLookup(l.tz, unix)
	}
	return l.zone, l.offset, alpha, omega
}

// lookupName returns the offset of the zone abbreviated name, preferring one in force around
// unix, if l has such a zone.
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	switch {
	case l == nil || l == &utcLoc:
		return 0, false
	case l.local || l.tz != nil:
		return zoneLookupName(l.tz, name, unix)
	}
	if l.zone == name {
		return l.offset, true
	}
	return 0, false
}

// ---- Time ----

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	sec  int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec int64 // [0, 999999999]
	mono int64 // monotonic reading (ns since the process started); 0: none
	loc  *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// Seconds from January 1, year 1 to January 1, 1970 (proleptic Gregorian).
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal

	// Days from the civil-calendar origin used by civil()/daysFrom() (March 1, year 0) to
	// January 1, 1970.
	marchZeroToUnixDays = 719468
)

// Now returns the current local time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec + unixToInternal, nsec, mono, Local}
}

// Unix returns the local Time corresponding to the given Unix time, sec seconds and nsec
// nanoseconds since January 1, 1970 UTC. nsec outside [0, 999999999] is normalised.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec + unixToInternal, nsec, 0, Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time corresponding to the given Unix time in microseconds.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// Since returns the time elapsed since t (Now().Sub(t)).
func Since(t Time) Duration {
	if t.mono != 0 {
		return monoDiff(runtimeNano(), t.mono)
	}
	return Now().Sub(t)
}

// Until returns the duration until t (t.Sub(Now())).
func Until(t Time) Duration {
	if t.mono != 0 {
		return monoDiff(t.mono, runtimeNano())
	}
	return t.Sub(Now())
}

// monoDiff returns t-u for monotonic readings, saturated.
func monoDiff(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// unixSec returns t as Unix seconds.
func (t Time) unixSec() int64 { return t.sec + internalToUnix }

// IsZero reports whether t represents the zero time instant, January 1, year 1, 00:00:00
// UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare compares the time instant t with u: -1 if t is before u, 0 if they are the same
// instant, +1 if t is after u.
func (t Time) Compare(u Time) int {
	var a, b int64
	if t.mono != 0 && u.mono != 0 {
		a, b = t.mono, u.mono
	} else if t.sec != u.sec {
		a, b = t.sec, u.sec
	} else {
		a, b = t.nsec, u.nsec
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

// Equal reports whether t and u represent the same time instant (locations aside).
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			m = 0 // the reading overflowed: drop it
		}
		t.mono = m
	}
	return t
}

// Sub returns the duration t-u, saturated to the Duration range.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return monoDiff(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// AddDate returns the time corresponding to adding the given number of years, months and
// days to t, normalised like Date.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec),
		t.Location())
}

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixNano returns t as a Unix time in nanoseconds (undefined outside about 1678..2262).
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.nsec }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec/1e3 }

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.loc = nil
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.loc = Local
	return t
}

// In returns a copy of t representing the same time instant with the location set to loc.
// In panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t, returning its abbreviation and its
// offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _ = t.loc.lookup(t.unixSec())
	return
}

// local returns t's seconds since year 1 on the wall clock of its location.
func (t Time) local() int64 {
	if t.loc == nil {
		return t.sec
	}
	_, off, _, _ := t.loc.lookup(t.unixSec())
	return t.sec + int64(off)
}

// floorDiv returns the quotient and remainder of a by b rounded toward minus infinity.
func floorDiv(a, b int64) (int64, int64) {
	q := a / b
	r := a % b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// civil converts days since January 1, 1970 to a date of the proleptic Gregorian calendar.
// It counts in 400-year eras starting on March 1 so that the leap day ends each year.
func civil(days int64) (year int, month Month, day int) {
	z := days + marchZeroToUnixDays
	era, doe := floorDiv(z, 146097)                        // day of era [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // year of era [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // day of the March year [0, 365]
	mp := (5*doy + 2) / 153                                // month from March [0, 11]
	day = int(doy - (153*mp+2)/5 + 1)
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), Month(m), day
}

// daysFrom converts a date (month in 1..12, any day) to days since January 1, 1970.
func daysFrom(year int64, month int64, day int64) int64 {
	if month <= 2 {
		year--
	}
	era, yoe := floorDiv(year, 400)
	mp := month - 3
	if mp < 0 {
		mp += 12
	}
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - marchZeroToUnixDays
}

// fields returns t's date and clock on its location's wall clock.
func (t Time) fields() (year int, month Month, day int, days int64, secOfDay int64) {
	days, secOfDay = floorDiv(t.local()+internalToUnix, secondsPerDay)
	year, month, day = civil(days)
	return
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _, _ = t.fields()
	return
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _, _, _ := t.fields()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _, _, _ := t.fields()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d, _, _ := t.fields()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := floorDiv(t.local()+internalToUnix, secondsPerDay)
	_, wd := floorDiv(days+4, 7) // January 1, 1970 was a Thursday
	return Weekday(wd)
}

// YearDay returns the day of the year specified by t, in [1,365] for non-leap years and
// [1,366] in leap years.
func (t Time) YearDay() int {
	y, _, _, days, _ := t.fields()
	return int(days-daysFrom(int64(y), 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	// The week belongs to the year of its Thursday.
	wd := int(t.Weekday()+6) % 7 // Monday = 0
	th := t.AddDate(0, 0, 3-wd)
	return th.Year(), (th.YearDay()-1)/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := floorDiv(t.local(), secondsPerDay)
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % 60)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec) }

// norm normalises lo into [0, base), carrying into hi.
func norm(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in the
// appropriate zone for that time in the given location. Values outside their usual ranges
// are normalised (October 32 is November 1). Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	days := daysFrom(int64(year), int64(m+1), 1) + int64(day-1)
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	// The offset in force at the wall time: the one at the guessed instant, unless the
	// guess corrected by it leaves that zone's span (Go's rule, which settles gaps and
	// overlaps at transitions).
	_, off, start, end := loc.lookup(unix)
	if off != 0 {
		if utc := unix - int64(off); utc < start || utc >= end {
			_, off, _, _ = loc.lookup(utc)
		}
	}
	unix -= int64(off)
	t := Time{unix + unixToInternal, int64(nsec), 0, loc}
	if loc == &utcLoc {
		t.loc = nil
	}
	return t
}

// stripMono drops the monotonic reading.
func (t Time) stripMono() Time {
	t.mono = 0
	return t
}

// mulMod returns a*b mod m for a, b < m.
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// remainder returns t (since the zero time) modulo d, for d > 0: the r in [0, d) with
// t - r a multiple of d.
func (t Time) remainder(d Duration) Duration {
	sec, nsec := t.sec, t.nsec
	neg := sec < 0
	if neg {
		// Work on the absolute value.
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	var r uint64
	ud := uint64(d)
	switch {
	case d < Second && Second%(d+d) == 0:
		r = uint64(nsec) % ud
	case d%Second == 0:
		r = uint64(sec)%(ud/1e9)*1e9 + uint64(nsec)
	default:
		r = (mulMod(uint64(sec)%ud, 1e9%ud, ud) + uint64(nsec)%ud) % ud
	}
	if neg && r != 0 {
		r = ud - r
	}
	return Duration(r)
}

// Truncate returns the result of rounding t down to a multiple of d (since the zero time).
// If d <= 0, Truncate returns t stripped of any monotonic clock reading.
func (t Time) Truncate(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.remainder(d))
}

// Round returns the result of rounding t to the nearest multiple of d (since the zero
// time), halfway values rounding up. If d <= 0, Round returns t stripped of any monotonic
// clock reading.
func (t Time) Round(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.remainder(d)
	if under(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// ---- formatting ----

// Layouts for Format and Parse (the reference time is Mon Jan 2 15:04:05 MST 2006).
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Layout elements.
const (
	elemNone          = iota
	elemLongMonth     // January
	elemMonth         // Jan
	elemNumMonth      // 1
	elemZeroMonth     // 01
	elemLongWeekDay   // Monday
	elemWeekDay       // Mon
	elemDay           // 2
	elemUnderDay      // _2
	elemZeroDay       // 02
	elemUnderYearDay  // __2
	elemZeroYearDay   // 002
	elemHour          // 15
	elemHour12        // 3
	elemZeroHour12    // 03
	elemMinute        // 4
	elemZeroMinute    // 04
	elemSecond        // 5
	elemZeroSecond    // 05
	elemLongYear      // 2006
	elemYear          // 06
	elemPM            // PM
	elemLowerPM       // pm
	elemTZ            // MST
	elemISOTZ         // Z0700
	elemISOSecondsTZ  // Z070000
	elemISOShortTZ    // Z07
	elemISOColonTZ    // Z07:00
	elemISOColonSecTZ // Z07:00:00
	elemNumTZ         // -0700
	elemNumSecondsTZ  // -070000
	elemNumShortTZ    // -07
	elemNumColonTZ    // -07:00
	elemNumColonSecTZ // -07:00:00
	elemFrac0         // .000 (fixed width; the width and separator go with it)
	elemFrac9         // .999 (trailing zeros dropped)
)

// The elements written 01 .. 06.
var zeroElems = [6]int{
	elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear,
}

// layoutElem is one element of a layout: the literal text before it, the element, and for
// fractions the number of digits and the separator ('.' or ',').
type layoutElem struct {
	prefix string
	elem   int
	digits int
	sep    byte
	rest   string
}

func hasAt(s string, i int, word string) bool {
	return len(s)-i >= len(word) && s[i:i+len(word)] == word
}

// nextElem finds the first layout element in layout.
func nextElem(layout string) layoutElem {
	for i := 0; i < len(layout); i++ {
		elem, n := elemNone, 0
		switch c := layout[i]; c {
		case 'J':
			if hasAt(layout, i, "January") {
				elem, n = elemLongMonth, 7
			} else if hasAt(layout, i, "Jan") {
				elem, n = elemMonth, 3
			}
		case 'M':
			if hasAt(layout, i, "Monday") {
				elem, n = elemLongWeekDay, 6
			} else if hasAt(layout, i, "Mon") {
				elem, n = elemWeekDay, 3
			} else if hasAt(layout, i, "MST") {
				elem, n = elemTZ, 3
			}
		case '0':
			if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
				elem, n = zeroElems[layout[i+1]-'1'], 2
			} else if hasAt(layout, i, "002") {
				elem, n = elemZeroYearDay, 3
			}
		case '1':
			if hasAt(layout, i, "15") {
				elem, n = elemHour, 2
			} else {
				elem, n = elemNumMonth, 1
			}
		case '2':
			if hasAt(layout, i, "2006") {
				elem, n = elemLongYear, 4
			} else {
				elem, n = elemDay, 1
			}
		case '_':
			if hasAt(layout, i, "_2") {
				if hasAt(layout, i+1, "2006") {
					// "_2006" is a literal underscore and a year.
					return layoutElem{prefix: layout[:i+1], elem: elemLongYear, rest: layout[i+5:]}
				}
				elem, n = elemUnderDay, 2
			} else if hasAt(layout, i, "__2") {
				elem, n = elemUnderYearDay, 3
			}
		case '3':
			elem, n = elemHour12, 1
		case '4':
			elem, n = elemMinute, 1
		case '5':
			elem, n = elemSecond, 1
		case 'P':
			if hasAt(layout, i, "PM") {
				elem, n = elemPM, 2
			}
		case 'p':
			if hasAt(layout, i, "pm") {
				elem, n = elemLowerPM, 2
			}
		case '-':
			switch {
			case hasAt(layout, i, "-070000"):
				elem, n = elemNumSecondsTZ, 7
			case hasAt(layout, i, "-07:00:00"):
				elem, n = elemNumColonSecTZ, 9
			case hasAt(layout, i, "-0700"):
				elem, n = elemNumTZ, 5
			case hasAt(layout, i, "-07:00"):
				elem, n = elemNumColonTZ, 6
			case hasAt(layout, i, "-07"):
				elem, n = elemNumShortTZ, 3
			}
		case 'Z':
			switch {
			case hasAt(layout, i, "Z070000"):
				elem, n = elemISOSecondsTZ, 7
			case hasAt(layout, i, "Z07:00:00"):
				elem, n = elemISOColonSecTZ, 9
			case hasAt(layout, i, "Z0700"):
				elem, n = elemISOTZ, 5
			case hasAt(layout, i, "Z07:00"):
				elem, n = elemISOColonTZ, 6
			case hasAt(layout, i, "Z07"):
				elem, n = elemISOShortTZ, 3
			}
		case '.', ',':
			// A run of 0s or 9s after the separator, not followed by another digit.
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				d := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == d {
					j++
				}
				if j == len(layout) || layout[j] < '0' || layout[j] > '9' {
					e := elemFrac0
					if d == '9' {
						e = elemFrac9
					}
					return layoutElem{prefix: layout[:i], elem: e, digits: j - (i + 1), sep: c,
						rest: layout[j:]}
				}
			}
		}
		if elem != elemNone {
			return layoutElem{prefix: layout[:i], elem: elem, rest: layout[i+n:]}
		}
	}
	return layoutElem{prefix: layout}
}

// appendZone appends a numeric zone offset: sign, hours, then minutes (and seconds) with
// optional colons. Like Go, the sign is that of the offset in whole minutes and the seconds
// are those of the signed offset (so -37s prints as +00:00:-37).
func appendZone(b []byte, offset int, minutes, seconds, colons bool) []byte {
	zone := offset / 60
	abs := offset
	if zone < 0 {
		b = append(b, '-')
		zone = -zone
		abs = -abs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, zone/60, 2)
	if colons {
		b = append(b, ':')
	}
	if minutes {
		b = appendInt(b, zone%60, 2)
	}
	if seconds {
		if colons {
			b = append(b, ':')
		}
		b = appendInt(b, abs%60, 2)
	}
	return b
}

// appendFraction appends nsec's first digits decimals after sep; trim drops trailing zeros
// (and everything when they are all zeros).
func appendFraction(b []byte, nsec int, digits int, sep byte, trim bool) []byte {
	if digits > 9 {
		digits = 9
	}
	v := uint64(nsec)
	for i := digits; i < 9; i++ {
		v /= 10
	}
	if trim {
		for digits > 0 && v%10 == 0 {
			v /= 10
			digits--
		}
		if digits == 0 {
			return b
		}
	}
	b = append(b, sep)
	return appendUint(b, v, digits)
}

// Format returns a textual representation of the time value formatted according to layout
// (see the Layout constants).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is like Format but appends the textual representation to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	zone, offset, _, _ := t.loc.lookup(t.unixSec())
	days, secOfDay := floorDiv(t.sec+int64(offset)+internalToUnix, secondsPerDay)
	year, month, day := civil(days)
	hour := int(secOfDay / secondsPerHour)
	min := int(secOfDay % secondsPerHour / secondsPerMinute)
	sec := int(secOfDay % 60)
	for layout != "" {
		e := nextElem(layout)
		b = append(b, e.prefix...)
		if e.elem == elemNone {
			break
		}
		layout = e.rest
		switch e.elem {
		case elemYear:
			y := year % 100
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, shortMonthNames[month-1]...)
		case elemLongMonth:
			b = append(b, longMonthNames[month-1]...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			_, wd := floorDiv(days+4, 7)
			b = append(b, shortDayNames[wd]...)
		case elemLongWeekDay:
			_, wd := floorDiv(days+4, 7)
			b = append(b, longDayNames[wd]...)
		case elemDay:
			b = appendInt(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elemZeroDay:
			b = appendInt(b, day, 2)
		case elemUnderYearDay, elemZeroYearDay:
			yday := int(days-daysFrom(int64(year), 1, 1)) + 1
			if e.elem == elemUnderYearDay {
				if yday < 100 {
					b = append(b, ' ')
				}
				if yday < 10 {
					b = append(b, ' ')
				}
				b = appendInt(b, yday, 0)
			} else {
				b = appendInt(b, yday, 3)
			}
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			if e.elem == elemHour12 {
				b = appendInt(b, h, 0)
			} else {
				b = appendInt(b, h, 2)
			}
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, sec, 0)
		case elemZeroSecond:
			b = appendInt(b, sec, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elemLowerPM:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemISOTZ, elemISOSecondsTZ, elemISOShortTZ, elemISOColonTZ, elemISOColonSecTZ:
			if offset == 0 {
				b = append(b, 'Z')
				break
			}
			b = appendZoneElem(b, e.elem, offset)
		case elemNumTZ, elemNumSecondsTZ, elemNumShortTZ, elemNumColonTZ, elemNumColonSecTZ:
			b = appendZoneElem(b, e.elem, offset)
		case elemTZ:
			if zone != "" {
				b = append(b, zone...)
				break
			}
			b = appendZone(b, offset, true, false, false)
		case elemFrac0:
			b = appendFraction(b, int(t.nsec), e.digits, e.sep, false)
		case elemFrac9:
			b = appendFraction(b, int(t.nsec), e.digits, e.sep, true)
		}
	}
	return b
}

func appendZoneElem(b []byte, elem int, offset int) []byte {
	switch elem {
	case elemISOTZ, elemNumTZ:
		return appendZone(b, offset, true, false, false)
	case elemISOSecondsTZ, elemNumSecondsTZ:
		return appendZone(b, offset, true, true, false)
	case elemISOShortTZ, elemNumShortTZ:
		return appendZone(b, offset, false, false, false)
	case elemISOColonTZ, elemNumColonTZ:
		return appendZone(b, offset, true, false, true)
	default:
		return appendZone(b, offset, true, true, true)
	}
}

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by " m=±<value>" (the monotonic reading in seconds) when t has one.
func (t Time) String() string {
	b := t.AppendFormat(make([]byte, 0, 64), "2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := uint64(t.mono)
		b = append(b, " m="...)
		if t.mono < 0 {
			b = append(b, '-')
			m = -m
		} else {
			b = append(b, '+')
		}
		b = appendUint(b, m/1e9, 0)
		b = append(b, '.')
		b = appendUint(b, m%1e9, 9)
	}
	return string(b)
}

// GoString implements fmt.GoStringer.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	b = append(b, ", time."...)
	if January <= month && month <= December {
		b = append(b, longMonthNames[month-1]...)
	} else {
		b = appendInt(b, int(month), 0)
	}
	for _, v := range []int{day, hour, min, sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch {
	case t.loc == nil || t.loc == &utcLoc:
		b = append(b, "time.UTC"...)
	case t.loc == &localLoc:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(t.loc.name)...)
		b = append(b, ')')
	}
	b = append(b, ')')
	return string(b)
}

// MarshalText formats t as RFC 3339 with nanoseconds (encoding.TextMarshaler).
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return t.AppendFormat(nil, RFC3339Nano), nil
}

// MarshalJSON formats t as a quoted RFC 3339 string with nanoseconds (json.Marshaler).
func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	b := append(t.AppendFormat([]byte{'"'}, RFC3339Nano), '"')
	return b, nil
}

// UnmarshalText parses an RFC 3339 time into t (encoding.TextUnmarshaler).
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// UnmarshalJSON parses a quoted RFC 3339 time into t; null leaves t alone (json.Unmarshaler).
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var err error
	*t, err = Parse(`"`+RFC3339+`"`, string(data))
	return err
}

// ---- parsing ----

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

// getDigits parses exactly n digits (or 1..n when lax) at the start of s.
func getDigits(s string, n int, lax bool) (int, string, error) {
	v, i := 0, 0
	for ; i < n && i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		v = v*10 + int(s[i]-'0')
	}
	if i == 0 || (!lax && i < n) {
		return 0, s, errBad
	}
	return v, s[i:], nil
}

// lookupName matches one of names (case-insensitively) at the start of s.
func lookupName(names []string, s string) (int, string, error) {
	for i, name := range names {
		if len(s) >= len(name) && equalFold(s[:len(name)], name) {
			return i, s[len(name):], nil
		}
	}
	return -1, s, errBad
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// atoi parses an optionally signed decimal number; all of s must be used (an empty s is 0).
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	x := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || x > (1<<62)/10 {
			return 0, errBad
		}
		x = x*10 + int(s[i]-'0')
	}
	if neg {
		x = -x
	}
	return x, nil
}

// parseZone parses a numeric zone offset for elem at the start of s: fixed-width fields at
// fixed places, as Go reads them.
func parseZone(elem int, s string) (int, string, error) {
	var sign, hh, mm, ss string
	switch elem {
	case elemNumColonTZ, elemISOColonTZ:
		if len(s) < 6 || s[3] != ':' {
			return 0, s, errBad
		}
		sign, hh, mm, ss, s = s[:1], s[1:3], s[4:6], "00", s[6:]
	case elemNumShortTZ, elemISOShortTZ:
		if len(s) < 3 {
			return 0, s, errBad
		}
		sign, hh, mm, ss, s = s[:1], s[1:3], "00", "00", s[3:]
	case elemNumColonSecTZ, elemISOColonSecTZ:
		if len(s) < 9 || s[3] != ':' || s[6] != ':' {
			return 0, s, errBad
		}
		sign, hh, mm, ss, s = s[:1], s[1:3], s[4:6], s[7:9], s[9:]
	case elemNumSecondsTZ, elemISOSecondsTZ:
		if len(s) < 7 {
			return 0, s, errBad
		}
		sign, hh, mm, ss, s = s[:1], s[1:3], s[3:5], s[5:7], s[7:]
	default:
		if len(s) < 5 {
			return 0, s, errBad
		}
		sign, hh, mm, ss, s = s[:1], s[1:3], s[3:5], "00", s[5:]
	}
	h, err := atoi(hh)
	m, err2 := atoi(mm)
	sec, err3 := atoi(ss)
	if err != nil || err2 != nil || err3 != nil {
		return 0, s, errBad
	}
	off := (h*60+m)*60 + sec
	switch sign {
	case "+":
		return off, s, nil
	case "-":
		return -off, s, nil
	}
	return 0, s, errBad
}

// Parse parses a formatted string and returns the time value it represents (see the Layout
// constants). Without a zone in the value the time is UTC.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without zone information in loc, and
// a zone abbreviation through loc when it matches loc's.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	alayout, avalue := layout, value
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	pmSet, amSet := false, false
	zoneOffset, zoneSet := 0, false
	zoneName := ""
	var z *Location // set by "Z" and "UTC"
	for {
		e := nextElem(layout)
		lit := e.prefix
		var ok bool
		if value, ok = skipLiteral(value, lit); !ok {
			return Time{}, &ParseError{alayout, avalue, lit, value, ""}
		}
		if e.elem == elemNone {
			if value != "" {
				return Time{}, &ParseError{alayout, avalue, "", value,
					": extra text: " + quote(value)}
			}
			break
		}
		elemText := layout[len(lit) : len(layout)-len(e.rest)]
		layout = e.rest
		var err error
		rangeErr := ""
		switch e.elem {
		case elemYear:
			var y int
			y, value, err = getDigits(value, 2, false)
			if err == nil {
				if y >= 69 {
					year = 1900 + y
				} else {
					year = 2000 + y
				}
			}
		case elemLongYear:
			if len(value) < 4 || value[0] < '0' || value[0] > '9' {
				err = errBad
				break
			}
			year, err = atoi(value[:4])
			value = value[4:]
		case elemMonth:
			month, value, err = lookupName(shortMonthNames, value)
			month++
		case elemLongMonth:
			month, value, err = lookupName(longMonthNames, value)
			month++
		case elemNumMonth, elemZeroMonth:
			month, value, err = getDigits(value, 2, e.elem == elemNumMonth)
			if err == nil && (month <= 0 || month > 12) {
				rangeErr = "month"
			}
		case elemWeekDay:
			_, value, err = lookupName(shortDayNames, value)
		case elemLongWeekDay:
			_, value, err = lookupName(longDayNames, value)
		case elemDay, elemUnderDay, elemZeroDay:
			if e.elem == elemUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getDigits(value, 2, e.elem != elemZeroDay)
		case elemUnderYearDay, elemZeroYearDay:
			for i := 0; i < 2 && e.elem == elemUnderYearDay && value != "" && value[0] == ' '; i++ {
				value = value[1:]
			}
			yday, value, err = getDigits(value, 3, e.elem == elemUnderYearDay)
			if err == nil && (yday < 1 || yday > 366) {
				rangeErr = "day-of-year"
			}
		case elemHour:
			hour, value, err = getDigits(value, 2, true)
			if err == nil && (hour < 0 || hour >= 24) {
				rangeErr = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, value, err = getDigits(value, 2, e.elem == elemHour12)
			if err == nil && (hour < 0 || hour > 12) {
				rangeErr = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, value, err = getDigits(value, 2, e.elem == elemMinute)
			if err == nil && (min < 0 || min >= 60) {
				rangeErr = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, value, err = getDigits(value, 2, e.elem == elemSecond)
			if err == nil && (sec < 0 || sec >= 60) {
				rangeErr = "second"
				break
			}
			// A fraction not in the layout is accepted after the seconds.
			if err == nil && len(value) >= 2 && (value[0] == '.' || value[0] == ',') &&
				value[1] >= '0' && value[1] <= '9' {
				if next := nextElem(layout).elem; next == elemFrac0 || next == elemFrac9 {
					break
				}
				i := 1
				for i < len(value) && '0' <= value[i] && value[i] <= '9' {
					i++
				}
				nsec = parseNanos(value[1:i])
				value = value[i:]
			}
		case elemPM, elemLowerPM:
			if len(value) < 2 {
				err = errBad
				break
			}
			pm, am := "PM", "AM"
			if e.elem == elemLowerPM {
				pm, am = "pm", "am"
			}
			switch value[:2] {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				err = errBad
			}
			value = value[2:]
		case elemISOTZ, elemISOSecondsTZ, elemISOShortTZ, elemISOColonTZ, elemISOColonSecTZ:
			if value != "" && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			zoneOffset, value, err = parseZone(e.elem, value)
			zoneSet = err == nil
		case elemNumTZ, elemNumSecondsTZ, elemNumShortTZ, elemNumColonTZ, elemNumColonSecTZ:
			zoneOffset, value, err = parseZone(e.elem, value)
			zoneSet = err == nil
		case elemTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n := zoneNameLen(value)
			if n == 0 {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case elemFrac0:
			// Exactly the layout's number of digits.
			n := 1 + e.digits
			if len(value) < n {
				err = errBad
				break
			}
			if value[0] != '.' && value[0] != ',' {
				err = errBad
			} else if _, err = atoi(value[1:n]); err == nil {
				nsec = parseNanos(value[1:n])
			}
			value = value[n:]
		case elemFrac9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') ||
				value[1] < '0' || value[1] > '9' {
				break // the fraction is optional
			}
			i := 1
			for i < len(value) && '0' <= value[i] && value[i] <= '9' {
				i++
			}
			nsec = parseNanos(value[1:i])
			value = value[i:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, elemText, value,
				": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, elemText, value, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		y, m, dd := civil(daysFrom(int64(year), 1, 1) + int64(yday-1))
		if y != year {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		if month >= 0 && Month(month) != m {
			return Time{}, &ParseError{alayout, avalue, "", value,
				": day-of-year does not match month"}
		}
		if day >= 0 && day != dd {
			return Time{}, &ParseError{alayout, avalue, "", value,
				": day-of-year does not match day"}
		}
		month, day = int(m), dd
	}
	if month < 0 {
		month = 1
	}
	if day < 0 {
		day = 1
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneSet {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// A zone matching the local one reports as Local.
		name, off, _, _ := local.lookup(t.unixSec())
		if off == zoneOffset && (zoneName == "" || name == zoneName) {
			t.loc = local
			if local == &utcLoc {
				t.loc = nil
			}
			return t, nil
		}
		t.loc = FixedZone(zoneName, zoneOffset)
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		// A known abbreviation of the local zone: use its offset.
		off, ok := local.lookupName(zoneName, t.unixSec())
		if ok {
			t.sec -= int64(off)
			t.loc = local
			return t, nil
		}
		// An unknown abbreviation: fabricate a location with that name and offset 0, or
		// GMT+N's N hours (the clock reading is then taken as UTC's, as Go does).
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			off, _ = atoi(zoneName[3:])
			off *= 3600
		}
		t.loc = FixedZone(zoneName, off)
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLoc), nil
}

// zoneNameLen is the length of the zone abbreviation (MST) at the start of value, or 0: three
// upper-case letters, four or five ending in T (and WITA, ChST, MeST), GMT with an optional
// signed hour offset, or a bare signed hour offset (+03).
func zoneNameLen(value string) int {
	if len(value) < 3 {
		return 0
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4
	}
	if value[:3] == "GMT" {
		return 3 + signedHoursLen(value[3:])
	}
	if value[0] == '+' || value[0] == '-' {
		return signedHoursLen(value)
	}
	n := 0
	for n < len(value) && n < 6 && 'A' <= value[n] && value[n] <= 'Z' {
		n++
	}
	switch {
	case n == 3,
		n == 4 && (value[3] == 'T' || value[:4] == "WITA"),
		n == 5 && value[4] == 'T':
		return n
	}
	return 0
}

// signedHoursLen is the length of a signed hour offset from -23 to +23 (+3, -04) at the start
// of s, or 0.
func signedHoursLen(s string) int {
	if s == "" || (s[0] != '+' && s[0] != '-') {
		return 0
	}
	i := 1
	x := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		x = x*10 + int(s[i]-'0')
		if x > 23 {
			return 0
		}
		i++
	}
	if i == 1 {
		return 0
	}
	return i
}

// skipLiteral matches the literal layout text lit at the start of value; a run of spaces
// in lit matches any run of spaces in value.
func skipLiteral(value, lit string) (string, bool) {
	for lit != "" {
		if lit[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, false
			}
			for lit != "" && lit[0] == ' ' {
				lit = lit[1:]
			}
			for value != "" && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if value == "" || value[0] != lit[0] {
			return value, false
		}
		lit = lit[1:]
		value = value[1:]
	}
	return value, true
}

// parseNanos converts up to 9 fractional digits to nanoseconds.
func parseNanos(digits string) int {
	n := 0
	i := 0
	for ; i < len(digits) && i < 9; i++ {
		n = n*10 + int(digits[i]-'0')
	}
	for ; i < 9; i++ {
		n *= 10
	}
	return n
}

// daysIn returns the number of days in month m of year.
func daysIn(m Month, year int) int {
	if m == February {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 30 + int((m+m/8)%2)
}

// ---- sleeping, timers and tickers ----

// runtimeTimer stands for the runtime's timer (sched.h's RtTimer); Go code only holds
// pointers to it.
type runtimeTimer struct {
	opaque int
}

// The Timer type represents a single event. When the Timer expires, the current time will
// be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: newTimer(c, d, 0, Local)}
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer, false
// if the timer has already expired or been stopped. Stop does not close the channel.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset changes the timer to expire after duration d. It returns true if the timer had been
// active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, d, 0)
}

// After waits for the duration to elapse and then sends the current time on the returned
// channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine. It
// returns a Timer that can be used to cancel the call using its Stop method. The Timer's C
// field is not used and is nil.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: newFuncTimer(f, d)}
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals. Ticks a slow
// receiver has not taken are dropped.
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTicker returns a new Ticker containing a channel that will send the current time on
// the channel after each tick. The period of the ticks is specified by the duration
// argument. The duration d must be greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: newTimer(c, d, d, Local)}
}

// Stop turns off a ticker. After Stop, no more ticks will be sent. Stop does not close the
// channel.
func (t *Ticker) Stop() {
	if t.r != nil {
		stopTimer(t.r)
	}
}

// Reset stops a ticker and resets its period to the specified duration. The next tick will
// arrive after the new period elapses. The duration d must be greater than zero.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, d, d)
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel only.
// It returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
