// go: skip (AppendEncode/AppendDecode are Go 1.22, utf16.AppendRune 1.20 and RuneLen 1.23,
// binary.NativeEndian 1.21, ReadUvarint's ErrUnexpectedEOF 1.20; output derived by hand)
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"unicode/utf16"
)

func main() {
	fmt.Printf("%s\n", hex.AppendEncode([]byte("x="), []byte{0xca, 0xfe}))
	b, err := hex.AppendDecode([]byte("y="), []byte("4869zz"))
	fmt.Printf("%q %v\n", b, err)
	fmt.Printf("%s\n", base64.StdEncoding.AppendEncode([]byte("z="), []byte("foob")))
	b, err = base64.RawURLEncoding.AppendDecode([]byte("w="), []byte("Zm9vYg"))
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(utf16.AppendRune(nil, '😀'), utf16.AppendRune([]uint16{1}, 'a'), utf16.AppendRune(nil, 0xd800))
	fmt.Println(utf16.RuneLen('a'), utf16.RuneLen('😀'), utf16.RuneLen(0xdc00), utf16.RuneLen(-1), utf16.RuneLen(0x110000))
	buf := make([]byte, 2)
	binary.NativeEndian.PutUint16(buf, 1)
	fmt.Println(buf, binary.NativeEndian.Uint16([]byte{0, 1}))
	_, err = binary.ReadUvarint(bytes.NewReader([]byte{0x80}))
	fmt.Println(err)
	_, err = binary.ReadUvarint(bytes.NewReader(nil))
	fmt.Println(err)
}
