package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint16(b, 0x1234)
	fmt.Println(b[:2], binary.BigEndian.Uint16(b), binary.LittleEndian.Uint16(b))
	binary.LittleEndian.PutUint32(b, 0xdeadbeef)
	fmt.Println(b[:4], binary.LittleEndian.Uint32(b), binary.BigEndian.Uint32(b))
	binary.BigEndian.PutUint64(b, 0x0102030405060708)
	fmt.Println(b, binary.BigEndian.Uint64(b), binary.LittleEndian.Uint64(b))
	binary.LittleEndian.PutUint64(b, math.MaxUint64-1)
	fmt.Println(b)
	fmt.Println(binary.BigEndian, binary.LittleEndian)
	fmt.Printf("%v %#v %s\n", binary.BigEndian, binary.LittleEndian, binary.BigEndian.String())
	var order binary.ByteOrder = binary.BigEndian
	var app binary.AppendByteOrder = binary.LittleEndian
	fmt.Println(order.Uint32([]byte{0, 0, 1, 0}), app.AppendUint16(nil, 0x0102), app.AppendUint32([]byte{9}, 1), binary.BigEndian.AppendUint64(nil, 258))

	for _, x := range []uint64{0, 1, 127, 128, 300, 16384, 1<<63 - 1, math.MaxUint64} {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, x)
		v, m := binary.Uvarint(buf[:n])
		fmt.Println(x, buf[:n], v, m, binary.AppendUvarint([]byte{0xaa}, x))
	}
	for _, x := range []int64{0, -1, 1, -64, 64, math.MinInt64, math.MaxInt64} {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutVarint(buf, x)
		v, m := binary.Varint(buf[:n])
		fmt.Println(x, buf[:n], v, m, len(binary.AppendVarint(nil, x)))
	}
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	fmt.Println(binary.Varint(nil))
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32)

	r := bytes.NewReader([]byte{0xac, 0x02, 0x03, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	u, err := binary.ReadUvarint(r)
	fmt.Println(u, err)
	s, err := binary.ReadVarint(r)
	fmt.Println(s, err)
	u, err = binary.ReadUvarint(r)
	fmt.Println(u, err)
	u, err = binary.ReadUvarint(r)
	fmt.Println(u, err)

	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.LittleEndian, uint16(0xabcd)))
	binary.Write(&buf, binary.BigEndian, int32(-2))
	binary.Write(&buf, binary.BigEndian, math.Pi)
	binary.Write(&buf, binary.LittleEndian, float32(1.5))
	binary.Write(&buf, binary.LittleEndian, []int16{1, -1, 256})
	binary.Write(&buf, binary.BigEndian, true)
	x := uint64(7)
	binary.Write(&buf, binary.BigEndian, &x)
	binary.Write(&buf, binary.BigEndian, []byte("raw"))
	fmt.Println(buf.Len(), buf.Bytes())
	fmt.Println(binary.Size(uint16(1)), binary.Size([]float64{1, 2}), binary.Size(&x), binary.Size("str"), binary.Size([]int{1}))

	var (
		a  uint16
		i  int32
		f  float64
		g  float32
		sl = make([]int16, 3)
		t  bool
		y  uint64
		rw = make([]byte, 3)
	)
	fmt.Println(binary.Read(&buf, binary.LittleEndian, &a), a)
	binary.Read(&buf, binary.BigEndian, &i)
	binary.Read(&buf, binary.BigEndian, &f)
	binary.Read(&buf, binary.LittleEndian, &g)
	binary.Read(&buf, binary.LittleEndian, sl)
	binary.Read(&buf, binary.BigEndian, &t)
	binary.Read(&buf, binary.BigEndian, &y)
	binary.Read(&buf, binary.BigEndian, rw)
	fmt.Println(i, f, g, sl, t, y, string(rw))
	fmt.Println(binary.Read(&buf, binary.BigEndian, &y))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), binary.BigEndian, &y))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), binary.BigEndian, y))
	fmt.Println(binary.Write(io.Discard, binary.BigEndian, "str"))
	fmt.Println(binary.Write(io.Discard, binary.BigEndian, 5))

	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		binary.BigEndian.Uint32([]byte{1, 2})
	}()
}
