// Package binary: byte orders, varints, and Read/Write of fixed-size values. Pure Go.
//
// Read, Write and Size handle what Go handles without reflection: booleans, fixed-size
// integers and floats, pointers to them (Read) and slices of them. Structs and arrays,
// which Go walks by reflection, are reported as invalid types.
package binary

import (
	"errors"
	"fmt"
	"io"
	"math"
)

// A ByteOrder reads and writes unsigned integers in byte slices.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// An AppendByteOrder appends unsigned integers to byte slices.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

var (
	LittleEndian littleEndian
	BigEndian    bigEndian
	NativeEndian littleEndian // every platform gosub runs on is little-endian
)

type littleEndian struct{}

// Each accessor first touches the last byte it needs, so a short slice panics with Go's
// index-out-of-range message.

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(LittleEndian.Uint32(b)) | uint64(LittleEndian.Uint32(b[4:]))<<32
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v), byte(v>>8)
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	LittleEndian.PutUint32(b, uint32(v))
	LittleEndian.PutUint32(b[4:], uint32(v>>32))
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return LittleEndian.AppendUint32(LittleEndian.AppendUint32(b, uint32(v)), uint32(v>>32))
}

func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }

type bigEndian struct{}

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(BigEndian.Uint32(b))<<32 | uint64(BigEndian.Uint32(b[4:]))
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v>>8), byte(v)
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	BigEndian.PutUint32(b, uint32(v>>32))
	BigEndian.PutUint32(b[4:], uint32(v))
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return BigEndian.AppendUint32(BigEndian.AppendUint32(b, uint32(v>>32)), uint32(v))
}

func (bigEndian) String() string   { return "BigEndian" }
func (bigEndian) GoString() string { return "binary.BigEndian" }

// The longest varint encodings of 16-, 32- and 64-bit values.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// AppendUvarint appends x as a varint: seven bits a byte, low first, the top bit set on
// all bytes but the last.
func AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

// PutUvarint writes x as a varint into buf (which must be long enough) and returns its
// length.
func PutUvarint(buf []byte, x uint64) int {
	i := 0
	for x >= 0x80 {
		buf[i] = byte(x) | 0x80
		x >>= 7
		i++
	}
	buf[i] = byte(x)
	return i + 1
}

// Uvarint decodes a varint from buf: the value and its length; 0 if buf ends first;
// -n if it overflows 64 bits by byte n.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<(7*i), i + 1
		}
		x |= uint64(b&0x7f) << (7 * i)
	}
	return 0, 0
}

// Signed varints are zig-zag encoded: 0, -1, 1, -2, ... become 0, 1, 2, 3, ...
func zigzag(x int64) uint64   { return uint64(x<<1) ^ uint64(x>>63) }
func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }
func PutVarint(buf []byte, x int64) int       { return PutUvarint(buf, zigzag(x)) }

func Varint(buf []byte) (int64, int) {
	u, n := Uvarint(buf)
	return unzigzag(u), n
}

// ReadUvarint reads a varint from r; EOF after some of its bytes is io.ErrUnexpectedEOF.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<(7*i), nil
		}
		x |= uint64(b&0x7f) << (7 * i)
	}
	return x, errOverflow
}

func ReadVarint(r io.ByteReader) (int64, error) {
	u, err := ReadUvarint(r)
	return unzigzag(u), err
}

// Size returns how many bytes Write would write for v, or -1 for a type it cannot
// handle.
func Size(v any) int {
	switch d := v.(type) {
	case bool, int8, uint8, *bool, *int8, *uint8:
		return 1
	case int16, uint16, *int16, *uint16:
		return 2
	case int32, uint32, float32, *int32, *uint32, *float32:
		return 4
	case int64, uint64, float64, *int64, *uint64, *float64:
		return 8
	case []bool:
		return len(d)
	case []int8:
		return len(d)
	case []uint8:
		return len(d)
	case []int16:
		return 2 * len(d)
	case []uint16:
		return 2 * len(d)
	case []int32:
		return 4 * len(d)
	case []uint32:
		return 4 * len(d)
	case []float32:
		return 4 * len(d)
	case []int64:
		return 8 * len(d)
	case []uint64:
		return 8 * len(d)
	case []float64:
		return 8 * len(d)
	}
	return -1
}

// Write writes the binary representation of data to w in the given order.
func Write(w io.Writer, order ByteOrder, data any) error {
	n := Size(data)
	if n < 0 {
		return invalidType("binary.Write", data)
	}
	b := make([]byte, 0, n)
	switch v := data.(type) {
	case *bool, *int8, *uint8, *int16, *uint16, *int32, *uint32, *int64, *uint64, *float32, *float64:
		b = appendValue(b, order, deref(v))
	case []bool:
		b = appendEach(b, order, v)
	case []int8:
		b = appendEach(b, order, v)
	case []uint8:
		b = append(b, v...)
	case []int16:
		b = appendEach(b, order, v)
	case []uint16:
		b = appendEach(b, order, v)
	case []int32:
		b = appendEach(b, order, v)
	case []uint32:
		b = appendEach(b, order, v)
	case []float32:
		b = appendEach(b, order, v)
	case []int64:
		b = appendEach(b, order, v)
	case []uint64:
		b = appendEach(b, order, v)
	case []float64:
		b = appendEach(b, order, v)
	default:
		b = appendValue(b, order, v)
	}
	_, err := w.Write(b)
	return err
}

func invalidType(op string, data any) error {
	return errors.New(op + ": invalid type " + fmt.Sprintf("%T", data))
}

// fixed is the element types Read and Write handle.
type fixed interface {
	bool | int8 | uint8 | int16 | uint16 | int32 | uint32 | int64 | uint64 | float32 | float64
}

func appendEach[T fixed](b []byte, order ByteOrder, s []T) []byte {
	for _, x := range s {
		b = appendValue(b, order, x)
	}
	return b
}

// readEach decodes s's elements from b, size bytes each.
func readEach[T fixed](b []byte, order ByteOrder, s []T, size int) {
	for i := range s {
		store(b[i*size:], order, &s[i])
	}
}

// deref returns the value a pointer to a fixed-size type points to.
func deref(p any) any {
	switch v := p.(type) {
	case *bool:
		return *v
	case *int8:
		return *v
	case *uint8:
		return *v
	case *int16:
		return *v
	case *uint16:
		return *v
	case *int32:
		return *v
	case *uint32:
		return *v
	case *int64:
		return *v
	case *uint64:
		return *v
	case *float32:
		return *v
	}
	return *p.(*float64)
}

// appendValue appends one fixed-size value.
func appendValue(b []byte, order ByteOrder, v any) []byte {
	var buf [8]byte
	switch x := v.(type) {
	case bool:
		if x {
			return append(b, 1)
		}
		return append(b, 0)
	case int8:
		return append(b, byte(x))
	case uint8:
		return append(b, x)
	case int16:
		order.PutUint16(buf[:], uint16(x))
		return append(b, buf[:2]...)
	case uint16:
		order.PutUint16(buf[:], x)
		return append(b, buf[:2]...)
	case int32:
		order.PutUint32(buf[:], uint32(x))
		return append(b, buf[:4]...)
	case uint32:
		order.PutUint32(buf[:], x)
		return append(b, buf[:4]...)
	case float32:
		order.PutUint32(buf[:], math.Float32bits(x))
		return append(b, buf[:4]...)
	case int64:
		order.PutUint64(buf[:], uint64(x))
	case uint64:
		order.PutUint64(buf[:], x)
	case float64:
		order.PutUint64(buf[:], math.Float64bits(x))
	}
	return append(b, buf[:]...)
}

// Read reads the binary representation of data (a pointer to a fixed-size value, or a
// slice of them) from r in the given order; io.ErrUnexpectedEOF if r ends part way. Given
// a value rather than a pointer, it reads its size and then reports an invalid type, as
// Go does.
func Read(r io.Reader, order ByteOrder, data any) error {
	n := Size(data)
	if n < 0 {
		return invalidType("binary.Read", data)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return err
	}
	switch v := data.(type) {
	case bool, int8, uint8, int16, uint16, int32, uint32, int64, uint64, float32, float64:
		return invalidType("binary.Read", data)
	case []bool:
		readEach(b, order, v, 1)
	case []int8:
		readEach(b, order, v, 1)
	case []uint8:
		copy(v, b)
	case []int16:
		readEach(b, order, v, 2)
	case []uint16:
		readEach(b, order, v, 2)
	case []int32:
		readEach(b, order, v, 4)
	case []uint32:
		readEach(b, order, v, 4)
	case []float32:
		readEach(b, order, v, 4)
	case []int64:
		readEach(b, order, v, 8)
	case []uint64:
		readEach(b, order, v, 8)
	case []float64:
		readEach(b, order, v, 8)
	default:
		store(b, order, data)
	}
	return nil
}

// store decodes the value p points to from the start of b.
func store(b []byte, order ByteOrder, p any) {
	switch v := p.(type) {
	case *bool:
		*v = b[0] != 0
	case *int8:
		*v = int8(b[0])
	case *uint8:
		*v = b[0]
	case *int16:
		*v = int16(order.Uint16(b))
	case *uint16:
		*v = order.Uint16(b)
	case *int32:
		*v = int32(order.Uint32(b))
	case *uint32:
		*v = order.Uint32(b)
	case *int64:
		*v = int64(order.Uint64(b))
	case *uint64:
		*v = order.Uint64(b)
	case *float32:
		*v = math.Float32frombits(order.Uint32(b))
	case *float64:
		*v = math.Float64frombits(order.Uint64(b))
	}
}
