// Package crc32: the 32-bit cyclic redundancy check, reflected (bit-reversed) as in
// Ethernet and zip, with table-driven updates. The byte loop is native
// (runtime/lib/crc32.c).
//
// Natives: lib_crc32_funcs in runtime/lib/crc32.c.
package crc32

import "hash"

// Size is the size of a CRC-32 checksum in bytes.
const Size = 4

// Predefined polynomials, reversed notation.
const (
	IEEE       = 0xedb88320 // the most common one: Ethernet, zip, PNG
	Castagnoli = 0x82f63b78 // iSCSI, with better error detection
	Koopman    = 0xeb31d82e // good error detection too
)

// A Table holds the CRC of every byte value, for updating a byte at a time.
type Table [256]uint32

// IEEETable is the table of the IEEE polynomial.
var IEEETable = MakeTable(IEEE)

// MakeTable returns the table of the polynomial poly (reversed notation).
func MakeTable(poly uint32) *Table {
	t := new(Table)
	for i := range t {
		crc := uint32(i)
		for j := 0; j < 8; j++ {
			if crc&1 == 1 {
				crc = crc>>1 ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

// Update returns crc updated with the bytes of p.
func Update(crc uint32, tab *Table, p []byte) uint32 { return update(crc, tab, p) }

// Checksum returns the CRC of data with the polynomial of tab.
func Checksum(data []byte, tab *Table) uint32 { return update(0, tab, data) }

// ChecksumIEEE returns the CRC of data with the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return update(0, IEEETable, data) }

// New returns a running CRC-32 with the polynomial of tab; Sum appends it big-endian.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE returns a running CRC-32 with the IEEE polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

type digest struct {
	crc uint32
	tab *Table
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum32() uint32  { return d.crc }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := d.crc
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}
