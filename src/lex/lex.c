/* lex.c — the Go scanner: source bytes to tokens, with automatic semicolons.
 *
 * It follows cmd/compile/internal/syntax (scanner.go, source.go): the same token boundaries,
 * the same error wording and positions. The reader keeps one current character `ch` at
 * src[off]; a NUL byte, an invalid UTF-8 byte and a byte order mark after the start are
 * reported and then skipped wherever they appear (between tokens, in literals, in comments),
 * so the scanner proper never sees them. Columns are 1-based byte offsets in the line.
 *
 * insert_semi is set after a token that may end a statement (a name, a literal, `)` `]` `}`,
 * `++` `--`, break/continue/fallthrough/return); a newline, the end of input, or a comment
 * spanning lines then yields a T_SEMICOLON whose text says what it was.
 */
#include "lex.h"

#include <stdio.h>

/* Past this many errors the lexer stays silent (binary garbage would otherwise produce one
 * error per byte); the driver stops long before anyway. */
#define LEX_MAX_ERRORS 200

static const char *const tok_names[] = {
#define X(name, text) text,
    TOKENS(X)
#undef X
};

const char *tok_str(TokKind k) { return (unsigned)k < T_COUNT ? tok_names[k] : "?"; }

/* ---- character classes (Unicode for identifiers, as Go's unicode.IsLetter/IsDigit) ---- */

static const int32_t letter_ranges[][2] = {
    {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0x2C1},
    {0x2C6, 0x2D1}, {0x2E0, 0x2E4}, {0x2EC, 0x2EC}, {0x2EE, 0x2EE}, {0x370, 0x374}, {0x376, 0x377},
    {0x37A, 0x37D}, {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A}, {0x38C, 0x38C}, {0x38E, 0x3A1},
    {0x3A3, 0x3F5}, {0x3F7, 0x481}, {0x48A, 0x52F}, {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588},
    {0x5D0, 0x5EA}, {0x5EF, 0x5F2}, {0x620, 0x64A}, {0x66E, 0x66F}, {0x671, 0x6D3}, {0x6D5, 0x6D5},
    {0x6E5, 0x6E6}, {0x6EE, 0x6EF}, {0x6FA, 0x6FC}, {0x6FF, 0x6FF}, {0x710, 0x710}, {0x712, 0x72F},
    {0x74D, 0x7A5}, {0x7B1, 0x7B1}, {0x7CA, 0x7EA}, {0x7F4, 0x7F5}, {0x7FA, 0x7FA}, {0x800, 0x815},
    {0x81A, 0x81A}, {0x824, 0x824}, {0x828, 0x828}, {0x840, 0x858}, {0x860, 0x86A}, {0x870, 0x887},
    {0x889, 0x88E}, {0x8A0, 0x8C9}, {0x904, 0x939}, {0x93D, 0x93D}, {0x950, 0x950}, {0x958, 0x961},
    {0x971, 0x980}, {0x985, 0x98C}, {0x98F, 0x990}, {0x993, 0x9A8}, {0x9AA, 0x9B0}, {0x9B2, 0x9B2},
    {0x9B6, 0x9B9}, {0x9BD, 0x9BD}, {0x9CE, 0x9CE}, {0x9DC, 0x9DD}, {0x9DF, 0x9E1}, {0x9F0, 0x9F1},
    {0x9FC, 0x9FC}, {0xA05, 0xA0A}, {0xA0F, 0xA10}, {0xA13, 0xA28}, {0xA2A, 0xA30}, {0xA32, 0xA33},
    {0xA35, 0xA36}, {0xA38, 0xA39}, {0xA59, 0xA5C}, {0xA5E, 0xA5E}, {0xA72, 0xA74}, {0xA85, 0xA8D},
    {0xA8F, 0xA91}, {0xA93, 0xAA8}, {0xAAA, 0xAB0}, {0xAB2, 0xAB3}, {0xAB5, 0xAB9}, {0xABD, 0xABD},
    {0xAD0, 0xAD0}, {0xAE0, 0xAE1}, {0xAF9, 0xAF9}, {0xB05, 0xB0C}, {0xB0F, 0xB10}, {0xB13, 0xB28},
    {0xB2A, 0xB30}, {0xB32, 0xB33}, {0xB35, 0xB39}, {0xB3D, 0xB3D}, {0xB5C, 0xB5D}, {0xB5F, 0xB61},
    {0xB71, 0xB71}, {0xB83, 0xB83}, {0xB85, 0xB8A}, {0xB8E, 0xB90}, {0xB92, 0xB95}, {0xB99, 0xB9A},
    {0xB9C, 0xB9C}, {0xB9E, 0xB9F}, {0xBA3, 0xBA4}, {0xBA8, 0xBAA}, {0xBAE, 0xBB9}, {0xBD0, 0xBD0},
    {0xC05, 0xC0C}, {0xC0E, 0xC10}, {0xC12, 0xC28}, {0xC2A, 0xC39}, {0xC3D, 0xC3D}, {0xC58, 0xC5A},
    {0xC5D, 0xC5D}, {0xC60, 0xC61}, {0xC80, 0xC80}, {0xC85, 0xC8C}, {0xC8E, 0xC90}, {0xC92, 0xCA8},
    {0xCAA, 0xCB3}, {0xCB5, 0xCB9}, {0xCBD, 0xCBD}, {0xCDD, 0xCDE}, {0xCE0, 0xCE1}, {0xCF1, 0xCF2},
    {0xD04, 0xD0C}, {0xD0E, 0xD10}, {0xD12, 0xD3A}, {0xD3D, 0xD3D}, {0xD4E, 0xD4E}, {0xD54, 0xD56},
    {0xD5F, 0xD61}, {0xD7A, 0xD7F}, {0xD85, 0xD96}, {0xD9A, 0xDB1}, {0xDB3, 0xDBB}, {0xDBD, 0xDBD},
    {0xDC0, 0xDC6}, {0xE01, 0xE30}, {0xE32, 0xE33}, {0xE40, 0xE46}, {0xE81, 0xE82}, {0xE84, 0xE84},
    {0xE86, 0xE8A}, {0xE8C, 0xEA3}, {0xEA5, 0xEA5}, {0xEA7, 0xEB0}, {0xEB2, 0xEB3}, {0xEBD, 0xEBD},
    {0xEC0, 0xEC4}, {0xEC6, 0xEC6}, {0xEDC, 0xEDF}, {0xF00, 0xF00}, {0xF40, 0xF47}, {0xF49, 0xF6C},
    {0xF88, 0xF8C}, {0x1000, 0x102A}, {0x103F, 0x103F}, {0x1050, 0x1055}, {0x105A, 0x105D},
    {0x1061, 0x1061}, {0x1065, 0x1066}, {0x106E, 0x1070}, {0x1075, 0x1081}, {0x108E, 0x108E},
    {0x10A0, 0x10C5}, {0x10C7, 0x10C7}, {0x10CD, 0x10CD}, {0x10D0, 0x10FA}, {0x10FC, 0x1248},
    {0x124A, 0x124D}, {0x1250, 0x1256}, {0x1258, 0x1258}, {0x125A, 0x125D}, {0x1260, 0x1288},
    {0x128A, 0x128D}, {0x1290, 0x12B0}, {0x12B2, 0x12B5}, {0x12B8, 0x12BE}, {0x12C0, 0x12C0},
    {0x12C2, 0x12C5}, {0x12C8, 0x12D6}, {0x12D8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135A},
    {0x1380, 0x138F}, {0x13A0, 0x13F5}, {0x13F8, 0x13FD}, {0x1401, 0x166C}, {0x166F, 0x167F},
    {0x1681, 0x169A}, {0x16A0, 0x16EA}, {0x16F1, 0x16F8}, {0x1700, 0x1711}, {0x171F, 0x1731},
    {0x1740, 0x1751}, {0x1760, 0x176C}, {0x176E, 0x1770}, {0x1780, 0x17B3}, {0x17D7, 0x17D7},
    {0x17DC, 0x17DC}, {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18A8}, {0x18AA, 0x18AA},
    {0x18B0, 0x18F5}, {0x1900, 0x191E}, {0x1950, 0x196D}, {0x1970, 0x1974}, {0x1980, 0x19AB},
    {0x19B0, 0x19C9}, {0x1A00, 0x1A16}, {0x1A20, 0x1A54}, {0x1AA7, 0x1AA7}, {0x1B05, 0x1B33},
    {0x1B45, 0x1B4C}, {0x1B83, 0x1BA0}, {0x1BAE, 0x1BAF}, {0x1BBA, 0x1BE5}, {0x1C00, 0x1C23},
    {0x1C4D, 0x1C4F}, {0x1C5A, 0x1C7D}, {0x1C80, 0x1C88}, {0x1C90, 0x1CBA}, {0x1CBD, 0x1CBF},
    {0x1CE9, 0x1CEC}, {0x1CEE, 0x1CF3}, {0x1CF5, 0x1CF6}, {0x1CFA, 0x1CFA}, {0x1D00, 0x1DBF},
    {0x1E00, 0x1F15}, {0x1F18, 0x1F1D}, {0x1F20, 0x1F45}, {0x1F48, 0x1F4D}, {0x1F50, 0x1F57},
    {0x1F59, 0x1F59}, {0x1F5B, 0x1F5B}, {0x1F5D, 0x1F5D}, {0x1F5F, 0x1F7D}, {0x1F80, 0x1FB4},
    {0x1FB6, 0x1FBC}, {0x1FBE, 0x1FBE}, {0x1FC2, 0x1FC4}, {0x1FC6, 0x1FCC}, {0x1FD0, 0x1FD3},
    {0x1FD6, 0x1FDB}, {0x1FE0, 0x1FEC}, {0x1FF2, 0x1FF4}, {0x1FF6, 0x1FFC}, {0x2071, 0x2071},
    {0x207F, 0x207F}, {0x2090, 0x209C}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210A, 0x2113},
    {0x2115, 0x2115}, {0x2119, 0x211D}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128},
    {0x212A, 0x212D}, {0x212F, 0x2139}, {0x213C, 0x213F}, {0x2145, 0x2149}, {0x214E, 0x214E},
    {0x2183, 0x2184}, {0x2C00, 0x2CE4}, {0x2CEB, 0x2CEE}, {0x2CF2, 0x2CF3}, {0x2D00, 0x2D25},
    {0x2D27, 0x2D27}, {0x2D2D, 0x2D2D}, {0x2D30, 0x2D67}, {0x2D6F, 0x2D6F}, {0x2D80, 0x2D96},
    {0x2DA0, 0x2DA6}, {0x2DA8, 0x2DAE}, {0x2DB0, 0x2DB6}, {0x2DB8, 0x2DBE}, {0x2DC0, 0x2DC6},
    {0x2DC8, 0x2DCE}, {0x2DD0, 0x2DD6}, {0x2DD8, 0x2DDE}, {0x2E2F, 0x2E2F}, {0x3005, 0x3006},
    {0x3031, 0x3035}, {0x303B, 0x303C}, {0x3041, 0x3096}, {0x309D, 0x309F}, {0x30A1, 0x30FA},
    {0x30FC, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E}, {0x31A0, 0x31BF}, {0x31F0, 0x31FF},
    {0x3400, 0x4DBF}, {0x4E00, 0xA48C}, {0xA4D0, 0xA4FD}, {0xA500, 0xA60C}, {0xA610, 0xA61F},
    {0xA62A, 0xA62B}, {0xA640, 0xA66E}, {0xA67F, 0xA69D}, {0xA6A0, 0xA6E5}, {0xA717, 0xA71F},
    {0xA722, 0xA788}, {0xA78B, 0xA7CA}, {0xA7D0, 0xA7D1}, {0xA7D3, 0xA7D3}, {0xA7D5, 0xA7D9},
    {0xA7F2, 0xA801}, {0xA803, 0xA805}, {0xA807, 0xA80A}, {0xA80C, 0xA822}, {0xA840, 0xA873},
    {0xA882, 0xA8B3}, {0xA8F2, 0xA8F7}, {0xA8FB, 0xA8FB}, {0xA8FD, 0xA8FE}, {0xA90A, 0xA925},
    {0xA930, 0xA946}, {0xA960, 0xA97C}, {0xA984, 0xA9B2}, {0xA9CF, 0xA9CF}, {0xA9E0, 0xA9E4},
    {0xA9E6, 0xA9EF}, {0xA9FA, 0xA9FE}, {0xAA00, 0xAA28}, {0xAA40, 0xAA42}, {0xAA44, 0xAA4B},
    {0xAA60, 0xAA76}, {0xAA7A, 0xAA7A}, {0xAA7E, 0xAAAF}, {0xAAB1, 0xAAB1}, {0xAAB5, 0xAAB6},
    {0xAAB9, 0xAABD}, {0xAAC0, 0xAAC0}, {0xAAC2, 0xAAC2}, {0xAADB, 0xAADD}, {0xAAE0, 0xAAEA},
    {0xAAF2, 0xAAF4}, {0xAB01, 0xAB06}, {0xAB09, 0xAB0E}, {0xAB11, 0xAB16}, {0xAB20, 0xAB26},
    {0xAB28, 0xAB2E}, {0xAB30, 0xAB5A}, {0xAB5C, 0xAB69}, {0xAB70, 0xABE2}, {0xAC00, 0xD7A3},
    {0xD7B0, 0xD7C6}, {0xD7CB, 0xD7FB}, {0xF900, 0xFA6D}, {0xFA70, 0xFAD9}, {0xFB00, 0xFB06},
    {0xFB13, 0xFB17}, {0xFB1D, 0xFB1D}, {0xFB1F, 0xFB28}, {0xFB2A, 0xFB36}, {0xFB38, 0xFB3C},
    {0xFB3E, 0xFB3E}, {0xFB40, 0xFB41}, {0xFB43, 0xFB44}, {0xFB46, 0xFBB1}, {0xFBD3, 0xFD3D},
    {0xFD50, 0xFD8F}, {0xFD92, 0xFDC7}, {0xFDF0, 0xFDFB}, {0xFE70, 0xFE74}, {0xFE76, 0xFEFC},
    {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}, {0xFF66, 0xFFBE}, {0xFFC2, 0xFFC7}, {0xFFCA, 0xFFCF},
    {0xFFD2, 0xFFD7}, {0xFFDA, 0xFFDC}, {0x10000, 0x1000B}, {0x1000D, 0x10026}, {0x10028, 0x1003A},
    {0x1003C, 0x1003D}, {0x1003F, 0x1004D}, {0x10050, 0x1005D}, {0x10080, 0x100FA},
    {0x10280, 0x1029C}, {0x102A0, 0x102D0}, {0x10300, 0x1031F}, {0x1032D, 0x10340},
    {0x10342, 0x10349}, {0x10350, 0x10375}, {0x10380, 0x1039D}, {0x103A0, 0x103C3},
    {0x103C8, 0x103CF}, {0x10400, 0x1049D}, {0x104B0, 0x104D3}, {0x104D8, 0x104FB},
    {0x10500, 0x10527}, {0x10530, 0x10563}, {0x10570, 0x1057A}, {0x1057C, 0x1058A},
    {0x1058C, 0x10592}, {0x10594, 0x10595}, {0x10597, 0x105A1}, {0x105A3, 0x105B1},
    {0x105B3, 0x105B9}, {0x105BB, 0x105BC}, {0x10600, 0x10736}, {0x10740, 0x10755},
    {0x10760, 0x10767}, {0x10780, 0x10785}, {0x10787, 0x107B0}, {0x107B2, 0x107BA},
    {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080A, 0x10835}, {0x10837, 0x10838},
    {0x1083C, 0x1083C}, {0x1083F, 0x10855}, {0x10860, 0x10876}, {0x10880, 0x1089E},
    {0x108E0, 0x108F2}, {0x108F4, 0x108F5}, {0x10900, 0x10915}, {0x10920, 0x10939},
    {0x10980, 0x109B7}, {0x109BE, 0x109BF}, {0x10A00, 0x10A00}, {0x10A10, 0x10A13},
    {0x10A15, 0x10A17}, {0x10A19, 0x10A35}, {0x10A60, 0x10A7C}, {0x10A80, 0x10A9C},
    {0x10AC0, 0x10AC7}, {0x10AC9, 0x10AE4}, {0x10B00, 0x10B35}, {0x10B40, 0x10B55},
    {0x10B60, 0x10B72}, {0x10B80, 0x10B91}, {0x10C00, 0x10C48}, {0x10C80, 0x10CB2},
    {0x10CC0, 0x10CF2}, {0x10D00, 0x10D23}, {0x10E80, 0x10EA9}, {0x10EB0, 0x10EB1},
    {0x10F00, 0x10F1C}, {0x10F27, 0x10F27}, {0x10F30, 0x10F45}, {0x10F70, 0x10F81},
    {0x10FB0, 0x10FC4}, {0x10FE0, 0x10FF6}, {0x11003, 0x11037}, {0x11071, 0x11072},
    {0x11075, 0x11075}, {0x11083, 0x110AF}, {0x110D0, 0x110E8}, {0x11103, 0x11126},
    {0x11144, 0x11144}, {0x11147, 0x11147}, {0x11150, 0x11172}, {0x11176, 0x11176},
    {0x11183, 0x111B2}, {0x111C1, 0x111C4}, {0x111DA, 0x111DA}, {0x111DC, 0x111DC},
    {0x11200, 0x11211}, {0x11213, 0x1122B}, {0x11280, 0x11286}, {0x11288, 0x11288},
    {0x1128A, 0x1128D}, {0x1128F, 0x1129D}, {0x1129F, 0x112A8}, {0x112B0, 0x112DE},
    {0x11305, 0x1130C}, {0x1130F, 0x11310}, {0x11313, 0x11328}, {0x1132A, 0x11330},
    {0x11332, 0x11333}, {0x11335, 0x11339}, {0x1133D, 0x1133D}, {0x11350, 0x11350},
    {0x1135D, 0x11361}, {0x11400, 0x11434}, {0x11447, 0x1144A}, {0x1145F, 0x11461},
    {0x11480, 0x114AF}, {0x114C4, 0x114C5}, {0x114C7, 0x114C7}, {0x11580, 0x115AE},
    {0x115D8, 0x115DB}, {0x11600, 0x1162F}, {0x11644, 0x11644}, {0x11680, 0x116AA},
    {0x116B8, 0x116B8}, {0x11700, 0x1171A}, {0x11740, 0x11746}, {0x11800, 0x1182B},
    {0x118A0, 0x118DF}, {0x118FF, 0x11906}, {0x11909, 0x11909}, {0x1190C, 0x11913},
    {0x11915, 0x11916}, {0x11918, 0x1192F}, {0x1193F, 0x1193F}, {0x11941, 0x11941},
    {0x119A0, 0x119A7}, {0x119AA, 0x119D0}, {0x119E1, 0x119E1}, {0x119E3, 0x119E3},
    {0x11A00, 0x11A00}, {0x11A0B, 0x11A32}, {0x11A3A, 0x11A3A}, {0x11A50, 0x11A50},
    {0x11A5C, 0x11A89}, {0x11A9D, 0x11A9D}, {0x11AB0, 0x11AF8}, {0x11C00, 0x11C08},
    {0x11C0A, 0x11C2E}, {0x11C40, 0x11C40}, {0x11C72, 0x11C8F}, {0x11D00, 0x11D06},
    {0x11D08, 0x11D09}, {0x11D0B, 0x11D30}, {0x11D46, 0x11D46}, {0x11D60, 0x11D65},
    {0x11D67, 0x11D68}, {0x11D6A, 0x11D89}, {0x11D98, 0x11D98}, {0x11EE0, 0x11EF2},
    {0x11FB0, 0x11FB0}, {0x12000, 0x12399}, {0x12480, 0x12543}, {0x12F90, 0x12FF0},
    {0x13000, 0x1342E}, {0x14400, 0x14646}, {0x16800, 0x16A38}, {0x16A40, 0x16A5E},
    {0x16A70, 0x16ABE}, {0x16AD0, 0x16AED}, {0x16B00, 0x16B2F}, {0x16B40, 0x16B43},
    {0x16B63, 0x16B77}, {0x16B7D, 0x16B8F}, {0x16E40, 0x16E7F}, {0x16F00, 0x16F4A},
    {0x16F50, 0x16F50}, {0x16F93, 0x16F9F}, {0x16FE0, 0x16FE1}, {0x16FE3, 0x16FE3},
    {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18D00, 0x18D08}, {0x1AFF0, 0x1AFF3},
    {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE}, {0x1B000, 0x1B122}, {0x1B150, 0x1B152},
    {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB}, {0x1BC00, 0x1BC6A}, {0x1BC70, 0x1BC7C},
    {0x1BC80, 0x1BC88}, {0x1BC90, 0x1BC99}, {0x1D400, 0x1D454}, {0x1D456, 0x1D49C},
    {0x1D49E, 0x1D49F}, {0x1D4A2, 0x1D4A2}, {0x1D4A5, 0x1D4A6}, {0x1D4A9, 0x1D4AC},
    {0x1D4AE, 0x1D4B9}, {0x1D4BB, 0x1D4BB}, {0x1D4BD, 0x1D4C3}, {0x1D4C5, 0x1D505},
    {0x1D507, 0x1D50A}, {0x1D50D, 0x1D514}, {0x1D516, 0x1D51C}, {0x1D51E, 0x1D539},
    {0x1D53B, 0x1D53E}, {0x1D540, 0x1D544}, {0x1D546, 0x1D546}, {0x1D54A, 0x1D550},
    {0x1D552, 0x1D6A5}, {0x1D6A8, 0x1D6C0}, {0x1D6C2, 0x1D6DA}, {0x1D6DC, 0x1D6FA},
    {0x1D6FC, 0x1D714}, {0x1D716, 0x1D734}, {0x1D736, 0x1D74E}, {0x1D750, 0x1D76E},
    {0x1D770, 0x1D788}, {0x1D78A, 0x1D7A8}, {0x1D7AA, 0x1D7C2}, {0x1D7C4, 0x1D7CB},
    {0x1DF00, 0x1DF1E}, {0x1E100, 0x1E12C}, {0x1E137, 0x1E13D}, {0x1E14E, 0x1E14E},
    {0x1E290, 0x1E2AD}, {0x1E2C0, 0x1E2EB}, {0x1E7E0, 0x1E7E6}, {0x1E7E8, 0x1E7EB},
    {0x1E7ED, 0x1E7EE}, {0x1E7F0, 0x1E7FE}, {0x1E800, 0x1E8C4}, {0x1E900, 0x1E943},
    {0x1E94B, 0x1E94B}, {0x1EE00, 0x1EE03}, {0x1EE05, 0x1EE1F}, {0x1EE21, 0x1EE22},
    {0x1EE24, 0x1EE24}, {0x1EE27, 0x1EE27}, {0x1EE29, 0x1EE32}, {0x1EE34, 0x1EE37},
    {0x1EE39, 0x1EE39}, {0x1EE3B, 0x1EE3B}, {0x1EE42, 0x1EE42}, {0x1EE47, 0x1EE47},
    {0x1EE49, 0x1EE49}, {0x1EE4B, 0x1EE4B}, {0x1EE4D, 0x1EE4F}, {0x1EE51, 0x1EE52},
    {0x1EE54, 0x1EE54}, {0x1EE57, 0x1EE57}, {0x1EE59, 0x1EE59}, {0x1EE5B, 0x1EE5B},
    {0x1EE5D, 0x1EE5D}, {0x1EE5F, 0x1EE5F}, {0x1EE61, 0x1EE62}, {0x1EE64, 0x1EE64},
    {0x1EE67, 0x1EE6A}, {0x1EE6C, 0x1EE72}, {0x1EE74, 0x1EE77}, {0x1EE79, 0x1EE7C},
    {0x1EE7E, 0x1EE7E}, {0x1EE80, 0x1EE89}, {0x1EE8B, 0x1EE9B}, {0x1EEA1, 0x1EEA3},
    {0x1EEA5, 0x1EEA9}, {0x1EEAB, 0x1EEBB}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B738},
    {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1D},
    {0x30000, 0x3134A},
};
static const int32_t digit_ranges[][2] = {
    {0x660, 0x669}, {0x6F0, 0x6F9}, {0x7C0, 0x7C9}, {0x966, 0x96F}, {0x9E6, 0x9EF}, {0xA66, 0xA6F},
    {0xAE6, 0xAEF}, {0xB66, 0xB6F}, {0xBE6, 0xBEF}, {0xC66, 0xC6F}, {0xCE6, 0xCEF}, {0xD66, 0xD6F},
    {0xDE6, 0xDEF}, {0xE50, 0xE59}, {0xED0, 0xED9}, {0xF20, 0xF29}, {0x1040, 0x1049},
    {0x1090, 0x1099}, {0x17E0, 0x17E9}, {0x1810, 0x1819}, {0x1946, 0x194F}, {0x19D0, 0x19D9},
    {0x1A80, 0x1A89}, {0x1A90, 0x1A99}, {0x1B50, 0x1B59}, {0x1BB0, 0x1BB9}, {0x1C40, 0x1C49},
    {0x1C50, 0x1C59}, {0xA620, 0xA629}, {0xA8D0, 0xA8D9}, {0xA900, 0xA909}, {0xA9D0, 0xA9D9},
    {0xA9F0, 0xA9F9}, {0xAA50, 0xAA59}, {0xABF0, 0xABF9}, {0xFF10, 0xFF19}, {0x104A0, 0x104A9},
    {0x10D30, 0x10D39}, {0x11066, 0x1106F}, {0x110F0, 0x110F9}, {0x11136, 0x1113F},
    {0x111D0, 0x111D9}, {0x112F0, 0x112F9}, {0x11450, 0x11459}, {0x114D0, 0x114D9},
    {0x11650, 0x11659}, {0x116C0, 0x116C9}, {0x11730, 0x11739}, {0x118E0, 0x118E9},
    {0x11950, 0x11959}, {0x11C50, 0x11C59}, {0x11D50, 0x11D59}, {0x11DA0, 0x11DA9},
    {0x16A60, 0x16A69}, {0x16AC0, 0x16AC9}, {0x16B50, 0x16B59}, {0x1D7CE, 0x1D7FF},
    {0x1E140, 0x1E149}, {0x1E2F0, 0x1E2F9}, {0x1E950, 0x1E959}, {0x1FBF0, 0x1FBF9},
};

static bool in_ranges(const int32_t (*tab)[2], int n, int32_t c) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (c < tab[mid][0]) {
            hi = mid - 1;
        } else if (c > tab[mid][1]) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

static int32_t lower(int32_t c) { return ('a' - 'A') | c; }
static bool is_letter(int32_t c) { return ('a' <= lower(c) && lower(c) <= 'z') || c == '_'; }
static bool is_decimal(int32_t c) { return '0' <= c && c <= '9'; }
static bool is_hex(int32_t c) { return is_decimal(c) || ('a' <= lower(c) && lower(c) <= 'f'); }

static bool uni_letter(int32_t c) {
    if (c < 0x80) {
        return c >= 0 && is_letter(c) && c != '_';
    }
    return in_ranges(letter_ranges, (int)(sizeof letter_ranges / sizeof letter_ranges[0]), c);
}

static bool uni_digit(int32_t c) {
    if (c < 0x80) {
        return is_decimal(c);
    }
    return in_ranges(digit_ranges, (int)(sizeof digit_ranges / sizeof digit_ranges[0]), c);
}

/* Roughly Go's strconv.IsPrint: what %q and %#U show as the character itself. */
static bool rune_is_print(int32_t r) {
    if (r < 0x20 || r == 0x7F) {
        return false;
    }
    if (r < 0x7F) {
        return true;
    }
    if (r < 0xA1 || r == 0xAD || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) {
        return false;
    }
    if (r == 0x1680 || (r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) ||
        (r >= 0x205F && r <= 0x206F) || r == 0x3000 || r == 0xFEFF || (r & 0xFFFE) == 0xFFFE) {
        return false;
    }
    return true;
}

/* Go's %#U: U+0041 'A' (the character only when printable). */
static const char *fmt_U(int32_t r) {
    if (rune_is_print(r)) {
        char buf[8];
        int n = utf8_encode(r, buf);
        buf[n] = 0;
        return str_printf("U+%04X '%s'", (unsigned)r, buf);
    }
    return str_printf("U+%04X", (unsigned)r);
}

/* Go's %q of a rune: 'x', '\n', '\x01', '\u00ad'. */
static const char *quote_rune(int32_t r) {
    switch (r) {
    case '\a': return "'\\a'";
    case '\b': return "'\\b'";
    case '\f': return "'\\f'";
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\t': return "'\\t'";
    case '\v': return "'\\v'";
    case '\\': return "'\\\\'";
    case '\'': return "'\\''";
    }
    if (rune_is_print(r)) {
        char buf[8];
        int n = utf8_encode(r, buf);
        buf[n] = 0;
        return str_printf("'%s'", buf);
    }
    if (r < 0x80) {
        return str_printf("'\\x%02x'", (unsigned)r);
    }
    if (r < 0x10000) {
        return str_printf("'\\u%04x'", (unsigned)r);
    }
    return str_printf("'\\U%08x'", (unsigned)r);
}

/* ---- the reader ---- */

static Pos cur_pos(const Lexer *lx) {
    return pos_make(lx->line, (int)(lx->off - lx->line_start) + 1);
}

static void lex_error_at(Lexer *lx, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void lex_error_at(Lexer *lx, Pos pos, const char *fmt, ...) {
    if (lx->nerr_lines >= LEX_MAX_ERRORS) {
        return;
    }
    lx->nerr_lines++;
    lx->last_err_line = pos.line;
    va_list ap;
    va_start(ap, fmt);
    char *msg = str_vprintf(fmt, ap);
    va_end(ap);
    diag_error(lx->diags, lx->file, pos, "%s", msg);
}

#define lex_error(lx, ...) lex_error_at((lx), cur_pos(lx), __VA_ARGS__)

/* Moves to the next character, reporting and skipping NUL bytes, invalid UTF-8 and BOMs. */
static void nextch(Lexer *lx) {
    for (;;) {
        lx->off += (size_t)lx->chw;
        if (lx->ch == '\n') {
            lx->line++;
            lx->line_start = lx->off;
        }
        if (lx->off >= lx->len) {
            lx->ch = -1;
            lx->chw = 0;
            return;
        }
        uint8_t b = (uint8_t)lx->src[lx->off];
        if (b < 0x80) {
            lx->ch = b;
            lx->chw = 1;
            if (b == 0) {
                lex_error(lx, "invalid NUL character");
                continue;
            }
            return;
        }
        int32_t r;
        lx->chw = utf8_decode(lx->src + lx->off, lx->len - lx->off, &r);
        lx->ch = r;
        if (r == 0xFFFD && lx->chw == 1) {
            lex_error(lx, "invalid UTF-8 encoding");
            continue;
        }
        if (r == 0xFEFF) {
            if (lx->off > 0) {
                lex_error(lx, "invalid BOM in the middle of the file");
            }
            continue;
        }
        return;
    }
}

void lex_init(Lexer *lx, const char *file, const char *src, size_t len, Diags *diags) {
    memset(lx, 0, sizeof *lx);
    lx->file = file;
    lx->src = src;
    lx->len = len;
    lx->line = 1;
    lx->diags = diags;
    lx->ch = ' ';
    lx->chw = 0;
    nextch(lx);
}

/* ---- keywords ---- */

static const struct {
    const char *name;
    TokKind kind;
} keywords[] = {
    {"break", T_BREAK},       {"case", T_CASE},
    {"chan", T_CHAN},         {"const", T_CONST},
    {"continue", T_CONTINUE}, {"default", T_DEFAULT},
    {"defer", T_DEFER},       {"else", T_ELSE},
    {"fallthrough", T_FALLTHROUGH}, {"for", T_FOR},
    {"func", T_FUNC},         {"go", T_GO},
    {"goto", T_GOTO},         {"if", T_IF},
    {"import", T_IMPORT},     {"interface", T_INTERFACE},
    {"map", T_MAP},           {"package", T_PACKAGE},
    {"range", T_RANGE},       {"return", T_RETURN},
    {"select", T_SELECT},     {"struct", T_STRUCT},
    {"switch", T_SWITCH},     {"type", T_TYPE},
    {"var", T_VAR},
};

static TokKind keyword_kind(const char *s, size_t n) {
    if (n < 2 || n > 11 || s[0] < 'b' || s[0] > 'v') {
        return T_IDENT;
    }
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        if (keywords[i].name[0] == s[0] && strlen(keywords[i].name) == n &&
            memcmp(keywords[i].name, s, n) == 0) {
            return keywords[i].kind;
        }
    }
    return T_IDENT;
}

/* ---- identifiers ---- */

static bool at_ident_char(Lexer *lx, bool first) {
    int32_t c = lx->ch;
    if (c < 0) {
        return false;
    }
    if (is_letter(c) || uni_letter(c)) {
        return true;
    }
    if (uni_digit(c)) {
        if (first) {
            lex_error(lx, "identifier cannot begin with digit %s", fmt_U(c));
        }
        return true;
    }
    if (c >= 0x80) {
        lex_error(lx, "invalid character %s in identifier", fmt_U(c));
        return true;
    }
    return false;
}

static void scan_ident(Lexer *lx, Token *t) {
    nextch(lx);
    while (is_letter(lx->ch) || is_decimal(lx->ch)) {
        nextch(lx);
    }
    if (lx->ch >= 0x80) {
        while (at_ident_char(lx, false)) {
            nextch(lx);
        }
    }
    const char *s = lx->src + t->off;
    size_t n = lx->off - t->off;
    TokKind k = keyword_kind(s, n);
    if (k != T_IDENT) {
        t->kind = k;
        t->text = tok_str(k);
        lx->insert_semi = k == T_BREAK || k == T_CONTINUE || k == T_FALLTHROUGH || k == T_RETURN;
        return;
    }
    t->kind = T_IDENT;
    t->text = intern(s, n);
    lx->insert_semi = true;
}

/* ---- numbers ---- */

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

/* Accepts { digit | '_' }; returns bit 0 set if there were digits, bit 1 if separators.
 * For base <= 10 any decimal digit is accepted, and the offset of the first one >= base
 * (relative to the literal's start) is recorded in *invalid. */
static int scan_digits(Lexer *lx, size_t start, int base, long *invalid) {
    int digsep = 0;
    if (base <= 10) {
        int32_t max = '0' + base;
        while (is_decimal(lx->ch) || lx->ch == '_') {
            int ds = 1;
            if (lx->ch == '_') {
                ds = 2;
            } else if (lx->ch >= max && invalid && *invalid < 0) {
                *invalid = (long)(lx->off - start);
            }
            digsep |= ds;
            nextch(lx);
        }
    } else {
        while (is_hex(lx->ch) || lx->ch == '_') {
            digsep |= lx->ch == '_' ? 2 : 1;
            nextch(lx);
        }
    }
    return digsep;
}

/* The index of the first misplaced '_' in the literal x, or -1. */
static long invalid_sep(const char *x, size_t n) {
    int32_t x1 = ' ';
    int32_t d = '.';
    size_t i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower((uint8_t)x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int32_t p = d;
        d = (uint8_t)x[i];
        if (d == '_') {
            if (p != '0') {
                return (long)i;
            }
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_') {
                return (long)i - 1;
            }
            d = '.';
        }
    }
    if (d == '_') {
        return (long)n - 1;
    }
    return -1;
}

static void scan_number(Lexer *lx, Token *t, bool seen_point) {
    bool ok = true;
    TokKind kind = T_INT;
    int base = 10;
    int32_t prefix = 0;
    int digsep = 0;
    long invalid = -1;
    size_t start = t->off;

    if (!seen_point) {
        if (lx->ch == '0') {
            nextch(lx);
            switch (lower(lx->ch)) {
            case 'x':
                nextch(lx);
                base = 16, prefix = 'x';
                break;
            case 'o':
                nextch(lx);
                base = 8, prefix = 'o';
                break;
            case 'b':
                nextch(lx);
                base = 2, prefix = 'b';
                break;
            default:
                base = 8, prefix = '0';
                digsep = 1; /* leading 0 */
            }
        }
        digsep |= scan_digits(lx, start, base, &invalid);
        if (lx->ch == '.') {
            if (prefix == 'o' || prefix == 'b') {
                lex_error(lx, "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            nextch(lx);
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = T_FLOAT;
        digsep |= scan_digits(lx, start, base, &invalid);
    }
    if ((digsep & 1) == 0 && ok) {
        lex_error(lx, "%s literal has no digits", base_name(base));
        ok = false;
    }
    int32_t e = lower(lx->ch);
    if (e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                lex_error(lx, "%s exponent requires decimal mantissa", quote_rune(lx->ch));
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                lex_error(lx, "%s exponent requires hexadecimal mantissa", quote_rune(lx->ch));
                ok = false;
            }
        }
        nextch(lx);
        kind = T_FLOAT;
        if (lx->ch == '+' || lx->ch == '-') {
            nextch(lx);
        }
        digsep = scan_digits(lx, start, 10, NULL) | (digsep & 2);
        if ((digsep & 1) == 0 && ok) {
            lex_error(lx, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == T_FLOAT && ok) {
        lex_error(lx, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (lx->ch == 'i') {
        kind = T_IMAG;
        nextch(lx);
    }
    const char *s = lx->src + start;
    size_t n = lx->off - start;
    if (kind == T_INT && invalid >= 0 && ok) {
        lex_error_at(lx, pos_make(t->pos.line, t->pos.col + (int)invalid),
                     "invalid digit %s in %s literal", quote_rune((uint8_t)s[invalid]),
                     base_name(base));
        ok = false;
    }
    if ((digsep & 2) && ok) {
        long i = invalid_sep(s, n);
        if (i >= 0) {
            lex_error_at(lx, pos_make(t->pos.line, t->pos.col + (int)i),
                         "'_' must separate successive digits");
            ok = false;
        }
    }
    t->bad = !ok;
    t->kind = kind;
    t->text = intern(s, n);
    lx->insert_semi = true;
}

/* ---- rune and string literals ---- */

/* Scans an escape after the backslash. On success stores the value in *val and sets *byte
 * for \x and octal escapes (a single byte in a string, not a UTF-8 encoded code point). */
static bool scan_escape(Lexer *lx, int32_t quote, int32_t *val, bool *byte) {
    int n;
    uint32_t base, max;
    *byte = false;
    int32_t c = lx->ch;
    if (c == quote) {
        *val = c;
        nextch(lx);
        return true;
    }
    switch (c) {
    case 'a': *val = '\a'; nextch(lx); return true;
    case 'b': *val = '\b'; nextch(lx); return true;
    case 'f': *val = '\f'; nextch(lx); return true;
    case 'n': *val = '\n'; nextch(lx); return true;
    case 'r': *val = '\r'; nextch(lx); return true;
    case 't': *val = '\t'; nextch(lx); return true;
    case 'v': *val = '\v'; nextch(lx); return true;
    case '\\': *val = '\\'; nextch(lx); return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        *byte = true;
        break;
    case 'x':
        nextch(lx);
        n = 2, base = 16, max = 255;
        *byte = true;
        break;
    case 'u':
        nextch(lx);
        n = 4, base = 16, max = 0x10FFFF;
        break;
    case 'U':
        nextch(lx);
        n = 8, base = 16, max = 0x10FFFF;
        break;
    default:
        if (c < 0) {
            *val = 0;
            return true; /* the caller complains about the end of input */
        }
        lex_error(lx, "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        if (lx->ch < 0) {
            *val = (int32_t)x;
            return true;
        }
        uint32_t d = base;
        if (is_decimal(lx->ch)) {
            d = (uint32_t)(lx->ch - '0');
        } else if ('a' <= lower(lx->ch) && lower(lx->ch) <= 'f') {
            d = (uint32_t)(lower(lx->ch) - 'a' + 10);
        }
        if (d >= base) {
            lex_error(lx, "invalid character %s in %s escape", quote_rune(lx->ch),
                      base_name((int)base));
            return false;
        }
        x = x * base + d;
        nextch(lx);
    }
    if (x > max && base == 8) {
        lex_error(lx, "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        lex_error(lx, "escape is invalid Unicode code point %s", fmt_U((int32_t)x));
        return false;
    }
    *val = (int32_t)x;
    return true;
}

static void scan_rune(Lexer *lx, Token *t) {
    bool ok = true;
    int32_t val = 0;
    nextch(lx);
    for (int n = 0;; n++) {
        if (lx->ch == '\'') {
            if (ok) {
                if (n == 0) {
                    lex_error(lx, "empty rune literal or unescaped '");
                    ok = false;
                } else if (n != 1) {
                    lex_error_at(lx, t->pos, "more than one character in rune literal");
                    ok = false;
                }
            }
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            int32_t v;
            bool byte;
            if (!scan_escape(lx, '\'', &v, &byte)) {
                ok = false;
            } else if (n == 0) {
                val = v;
            }
            continue;
        }
        if (lx->ch == '\n') {
            if (ok) {
                lex_error(lx, "newline in rune literal");
                ok = false;
            }
            break;
        }
        if (lx->ch < 0) {
            if (ok) {
                lex_error_at(lx, t->pos, "rune literal not terminated");
                ok = false;
            }
            break;
        }
        if (n == 0) {
            val = lx->ch;
        }
        nextch(lx);
    }
    t->kind = T_CHAR;
    t->bad = !ok;
    t->text = intern(lx->src + t->off, lx->off - t->off);
    t->rune = val;
    lx->insert_semi = true;
}

static void put_rune(StrBuf *b, int32_t r) {
    char buf[4];
    sb_put(b, buf, (size_t)utf8_encode(r, buf));
}

static void scan_string(Lexer *lx, Token *t) {
    StrBuf b = {0};
    bool ok = true;
    nextch(lx);
    for (;;) {
        int32_t c = lx->ch;
        if (c == '"') {
            nextch(lx);
            break;
        }
        if (c == '\\') {
            nextch(lx);
            int32_t v;
            bool byte;
            if (scan_escape(lx, '"', &v, &byte)) {
                if (byte) {
                    sb_putc(&b, (char)v);
                } else {
                    put_rune(&b, v);
                }
            } else {
                ok = false;
            }
            continue;
        }
        if (c == '\n') {
            lex_error(lx, "newline in string");
            ok = false;
            break;
        }
        if (c < 0) {
            lex_error_at(lx, t->pos, "string not terminated");
            ok = false;
            break;
        }
        sb_put(&b, lx->src + lx->off, (size_t)lx->chw);
        nextch(lx);
    }
    sb_cstr(&b);
    t->kind = T_STRING;
    t->bad = !ok;
    t->text = b.data;
    t->str_len = b.len;
    lx->insert_semi = true;
}

static void scan_raw_string(Lexer *lx, Token *t) {
    StrBuf b = {0};
    nextch(lx);
    for (;;) {
        int32_t c = lx->ch;
        if (c == '`') {
            nextch(lx);
            break;
        }
        if (c < 0) {
            lex_error_at(lx, t->pos, "string not terminated");
            lx->eof_in_token = true;
            t->bad = true;
            break;
        }
        if (c != '\r') {
            sb_put(&b, lx->src + lx->off, (size_t)lx->chw);
        }
        nextch(lx);
    }
    sb_cstr(&b);
    t->kind = T_STRING;
    t->text = b.data;
    t->str_len = b.len;
    t->raw = true;
    lx->insert_semi = true;
}

/* ---- comments ---- */

static void skip_line(Lexer *lx) {
    while (lx->ch >= 0 && lx->ch != '\n') {
        nextch(lx);
    }
}

static void skip_comment(Lexer *lx, Pos start) {
    while (lx->ch >= 0) {
        while (lx->ch == '*') {
            nextch(lx);
            if (lx->ch == '/') {
                nextch(lx);
                return;
            }
        }
        nextch(lx);
    }
    lex_error_at(lx, start, "comment not terminated");
    lx->eof_in_token = true;
}

/* ---- tokens ---- */

/* An operator that may be followed by '=' to form an assignment operator. */
static TokKind op_or_assign(Lexer *lx, TokKind op, TokKind assign) {
    if (lx->ch == '=') {
        nextch(lx);
        return assign;
    }
    return op;
}

Token lex_next(Lexer *lx) {
    bool nlsemi = lx->insert_semi;
    lx->insert_semi = false;
    Token t;
redo:
    memset(&t, 0, sizeof t);
    while (lx->ch == ' ' || lx->ch == '\t' || (lx->ch == '\n' && !nlsemi) || lx->ch == '\r') {
        nextch(lx);
    }
    t.pos = cur_pos(lx);
    t.off = lx->off;
    if (is_letter(lx->ch) || (lx->ch >= 0x80 && at_ident_char(lx, true))) {
        scan_ident(lx, &t);
        t.end = lx->off;
        return t;
    }
    switch (lx->ch) {
    case -1:
        if (nlsemi) {
            t.kind = T_SEMICOLON;
            t.text = "EOF";
        } else {
            t.kind = T_EOF;
        }
        break;
    case '\n':
        nextch(lx);
        t.kind = T_SEMICOLON;
        t.text = "newline";
        break;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        scan_number(lx, &t, false);
        break;
    case '"':
        scan_string(lx, &t);
        break;
    case '`':
        scan_raw_string(lx, &t);
        break;
    case '\'':
        scan_rune(lx, &t);
        break;
    case '(':
        nextch(lx);
        t.kind = T_LPAREN;
        break;
    case '[':
        nextch(lx);
        t.kind = T_LBRACK;
        break;
    case '{':
        nextch(lx);
        t.kind = T_LBRACE;
        break;
    case ',':
        nextch(lx);
        t.kind = T_COMMA;
        break;
    case ';':
        nextch(lx);
        t.kind = T_SEMICOLON;
        t.text = "semicolon";
        break;
    case ')':
        nextch(lx);
        lx->insert_semi = true;
        t.kind = T_RPAREN;
        break;
    case ']':
        nextch(lx);
        lx->insert_semi = true;
        t.kind = T_RBRACK;
        break;
    case '}':
        nextch(lx);
        lx->insert_semi = true;
        t.kind = T_RBRACE;
        break;
    case ':':
        nextch(lx);
        t.kind = op_or_assign(lx, T_COLON, T_DEFINE);
        break;
    case '.':
        nextch(lx);
        if (is_decimal(lx->ch)) {
            scan_number(lx, &t, true);
            break;
        }
        if (lx->ch == '.' && lx->off + 1 < lx->len && lx->src[lx->off + 1] == '.') {
            nextch(lx);
            nextch(lx);
            t.kind = T_ELLIPSIS;
            break;
        }
        t.kind = T_PERIOD;
        break;
    case '+':
        nextch(lx);
        if (lx->ch == '+') {
            nextch(lx);
            lx->insert_semi = true;
            t.kind = T_INC;
            break;
        }
        t.kind = op_or_assign(lx, T_ADD, T_ADD_ASSIGN);
        break;
    case '-':
        nextch(lx);
        if (lx->ch == '-') {
            nextch(lx);
            lx->insert_semi = true;
            t.kind = T_DEC;
            break;
        }
        t.kind = op_or_assign(lx, T_SUB, T_SUB_ASSIGN);
        break;
    case '*':
        nextch(lx);
        t.kind = op_or_assign(lx, T_MUL, T_MUL_ASSIGN);
        break;
    case '/':
        nextch(lx);
        if (lx->ch == '/') {
            nextch(lx);
            skip_line(lx);
            goto redo;
        }
        if (lx->ch == '*') {
            nextch(lx);
            skip_comment(lx, t.pos);
            if (lx->line > t.pos.line && nlsemi) {
                /* a comment spanning lines acts like a newline */
                t.kind = T_SEMICOLON;
                t.text = "newline";
                break;
            }
            goto redo;
        }
        t.kind = op_or_assign(lx, T_QUO, T_QUO_ASSIGN);
        break;
    case '%':
        nextch(lx);
        t.kind = op_or_assign(lx, T_REM, T_REM_ASSIGN);
        break;
    case '&':
        nextch(lx);
        if (lx->ch == '&') {
            nextch(lx);
            t.kind = T_LAND;
            break;
        }
        if (lx->ch == '^') {
            nextch(lx);
            t.kind = op_or_assign(lx, T_AND_NOT, T_AND_NOT_ASSIGN);
            break;
        }
        t.kind = op_or_assign(lx, T_AND, T_AND_ASSIGN);
        break;
    case '|':
        nextch(lx);
        if (lx->ch == '|') {
            nextch(lx);
            t.kind = T_LOR;
            break;
        }
        t.kind = op_or_assign(lx, T_OR, T_OR_ASSIGN);
        break;
    case '^':
        nextch(lx);
        t.kind = op_or_assign(lx, T_XOR, T_XOR_ASSIGN);
        break;
    case '<':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            t.kind = T_LEQ;
            break;
        }
        if (lx->ch == '<') {
            nextch(lx);
            t.kind = op_or_assign(lx, T_SHL, T_SHL_ASSIGN);
            break;
        }
        if (lx->ch == '-') {
            nextch(lx);
            t.kind = T_ARROW;
            break;
        }
        t.kind = T_LSS;
        break;
    case '>':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            t.kind = T_GEQ;
            break;
        }
        if (lx->ch == '>') {
            nextch(lx);
            t.kind = op_or_assign(lx, T_SHR, T_SHR_ASSIGN);
            break;
        }
        t.kind = T_GTR;
        break;
    case '=':
        nextch(lx);
        t.kind = op_or_assign(lx, T_ASSIGN, T_EQL);
        break;
    case '!':
        nextch(lx);
        t.kind = op_or_assign(lx, T_NOT, T_NEQ);
        break;
    case '~':
        nextch(lx);
        t.kind = T_TILDE;
        break;
    default:
        lex_error(lx, "invalid character %s", fmt_U(lx->ch));
        nextch(lx);
        goto redo;
    }
    t.end = lx->off;
    return t;
}
