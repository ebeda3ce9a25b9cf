#!/bin/sh
# regimen-cli render: an exercise's figure as PNG and SVG, read back.
. "$(dirname "$0")/tap.sh"
XDG_DATA_HOME=$tmp/data
export XDG_DATA_HOME

# Checks that FILE is a whole PNG (signature, every chunk's CRC, IHDR first
# and IEND last, image data that inflates to the size the header gives) and
# prints WIDTH HEIGHT MEAN, the mean of its bytes from 0 (black) to 255.
png_info () {
  python3 - "$1" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
at, chunks, idat = 8, [], b""
while at < len(data):
    length, kind = struct.unpack(">I4s", data[at:at + 8])
    body = data[at + 8:at + 8 + length]
    crc, = struct.unpack(">I", data[at + 8 + length:at + 12 + length])
    assert zlib.crc32(kind + body) == crc, "bad CRC in %r" % kind
    chunks.append((kind, body))
    if kind == b"IDAT":
        idat += body
    at += 12 + length
assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
width, height, depth, colour = struct.unpack(">IIBB", chunks[0][1][:10])
channels = {2: 3, 6: 4}[colour]
raw = zlib.decompress(idat)
stride = width * channels * depth // 8
assert len(raw) == height * (stride + 1), "the image data has the wrong size"
# Undo the row filters to read the pixels.
previous, total = bytearray(stride), 0
for y in range(height):
    kind, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = row[i - channels] if i >= channels else 0
        b = previous[i]
        c = previous[i - channels] if i >= channels else 0
        if kind == 1: row[i] = (row[i] + a) & 255
        elif kind == 2: row[i] = (row[i] + b) & 255
        elif kind == 3: row[i] = (row[i] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    total += sum(row)
    previous = row
print(width, height, total // (stride * height))
PY
}

echo "1..24"

$cli render pistol-squat -o "$tmp/light.png"
check_exit $? 0 "render to a PNG succeeds"
set -- $(png_info "$tmp/light.png")
[ "$1" = 512 ] && [ "$2" = 512 ]
ok $? "a valid PNG of 512 × 512 pixels by default (got $1 × $2)"
light_mean=$3

$cli render pistol-squat -o "$tmp/dark.png" --dark
check_exit $? 0 "render --dark succeeds"
set -- $(png_info "$tmp/dark.png")
dark_mean=$3
[ "$light_mean" -gt 160 ] && [ "$dark_mean" -lt 100 ]
ok $? "the light figure is on a light background, the dark one on a dark background ($light_mean, $dark_mean)"

! cmp -s "$tmp/light.png" "$tmp/dark.png"
ok $? "dark differs from light"

$cli render heel-slide -o "$tmp/small.PNG" --size 96
check_exit $? 0 "render --size 96 succeeds (the extension in capitals)"
set -- $(png_info "$tmp/small.PNG")
[ "$1" = 96 ] && [ "$2" = 96 ]
ok $? "the PNG is 96 × 96 pixels (got $1 × $2)"

$cli render pistol-squat -o "$tmp/figure.svg" --size 200
check_exit $? 0 "render to an SVG succeeds"
xmllint --noout "$tmp/figure.svg"
ok $? "the SVG is well-formed XML"
python3 - "$tmp/figure.svg" <<'PY'
import sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://www.w3.org/2000/svg}svg", root.tag
assert root.get("width") == "200px" and root.get("height") == "200px", root.attrib
assert root.get("viewBox") == "0 0 200 200", root.attrib
svg = "{http://www.w3.org/2000/svg}"
assert root.find(".//" + svg + "rect") is not None, "no background"
image = root.find(".//" + svg + "image")
assert image.get("width") == "800" and image.get("height") == "800", image.attrib
assert image.get("{http://www.w3.org/1999/xlink}href").startswith("data:image/png;base64,")
PY
ok $? "an SVG of 200 × 200 pixels: a background, and the figure as an image at four times the size"

$cli render pistol-squat -o "$tmp/f1.png" --frame 1 --size 64 &&
  $cli render pistol-squat -o "$tmp/f2.png" --frame 2 --size 64 &&
  $cli render pistol-squat -o "$tmp/t.png" --time 1.0 --size 64
check_exit $? 0 "--frame and --time succeed"
! cmp -s "$tmp/f1.png" "$tmp/f2.png" && ! cmp -s "$tmp/f1.png" "$tmp/t.png"
ok $? "the two key poses and a moment between them are different pictures"

$cli render pistol-squat -o "$tmp/figure.jpg" 2>"$tmp/err"
check_exit $? 64 "another format is a usage error"
grep -q 'Cannot tell how to write “.*figure.jpg”: render writes PNG and SVG only' "$tmp/err" &&
  [ ! -e "$tmp/figure.jpg" ]
ok $? "which says what render writes, and nothing is written"

$cli render pistol-squat -o "$tmp/x.png" --frame 3 2>"$tmp/err"
r=$?
$cli render pistol-squat -o "$tmp/x.png" --frame 1 --time 1 2>/dev/null
r2=$?
$cli render pistol-squat -o "$tmp/x.png" --size 8 2>/dev/null
r3=$?
$cli render pistol-squat 2>/dev/null
r4=$?
[ "$r" = 64 ] && [ "$r2" = 64 ] && [ "$r3" = 64 ] && [ "$r4" = 64 ] && [ ! -e "$tmp/x.png" ] &&
  grep -q 'There is no pose 3; the figure has 2 poses' "$tmp/err"
ok $? "a pose the figure lacks, --frame with --time, a size too small or no -o are usage errors"

# Pass 13's leftover (#21): --time 1e308 was told "--time must be zero or
# more seconds"; a time is now said to take seconds from 0 to a day, with
# what was given, and one past the day is refused too.
$cli render pistol-squat -o "$tmp/x.png" --time 1e308 2>"$tmp/err"
r=$?
$cli render pistol-squat -o "$tmp/x.png" --time 86400.5 2>"$tmp/err2"
r2=$?
[ "$r" = 64 ] && [ "$r2" = 64 ] && [ ! -e "$tmp/x.png" ] &&
  grep -qx 'regimen-cli render: --time takes seconds from 0 to 86400 as a decimal number, such as 1.5, not “1e308”' \
    "$tmp/err" &&
  grep -q 'not “86400.5”$' "$tmp/err2"
ok $? "a time that is no decimal number or past a day is refused with the bound and what was given"

$cli render pistl-squat -o "$tmp/x.png" 2>"$tmp/err"
check_exit $? 64 "an unknown id is a usage error"
grep -q '^  pistol-squat ' "$tmp/err"
ok $? "which suggests the nearest ids"

$cli render pistol-squat -o "$tmp/no/such/folder/x.png" 2>"$tmp/err"
check_exit $? 1 "a file that cannot be written exits with 1"

# Replacing a picture leaves no temporary file behind.
$cli render pistol-squat -o "$tmp/light.png" --size 32 && [ "$(png_info "$tmp/light.png" | cut -d' ' -f1)" = 32 ] &&
  [ "$(ls "$tmp" | grep -c '^light\.png')" = 1 ]
ok $? "an existing file is replaced whole"

cp "$tmp/light.png" "$tmp/readonly.png"
chmod 444 "$tmp/readonly.png"
$cli render pistol-squat -o "$tmp/readonly.png" --size 48 2>/dev/null
check_exit $? 1 "a read-only picture is not replaced"
cmp -s "$tmp/readonly.png" "$tmp/light.png"
ok $? "and is left as it was"

mkdir -p "$tmp/data/regimen"
cat >"$tmp/data/regimen/exercises.json" <<'EOF'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-wall-sit-ab12", "name": "Wall Sit", "category": "strength", "level": 1}]}
EOF
$cli render custom-wall-sit-ab12 -o "$tmp/custom.png" 2>"$tmp/err"
check_exit $? 1 "a custom exercise has no figure to render"
grep -q '“Wall Sit” has no drawn figure' "$tmp/err" && [ ! -e "$tmp/custom.png" ]
ok $? "which is said, and nothing is written"

exit $fail
