#!/usr/bin/env bash
# Regenerates the platform icons from referent-cpts.svg (Debian: librsvg2-bin, imagemagick,
# python3). The PNGs (32, 64, 256) are the window icons and the Linux menu icon; the .ico is
# for Windows (16 to 256 pixels), the .icns for macOS (PNG-compressed 128 to 1024 pixels,
# written by the few lines of Python below: the format is a header and typed PNG chunks).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" referent-cpts.svg -o "$tmp/$size.png"
done
cp "$tmp/32.png" referent-cpts-32.png
cp "$tmp/64.png" referent-cpts-64.png
cp "$tmp/256.png" referent-cpts-256.png
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" \
  referent-cpts.ico
python3 - "$tmp" <<'PY'
import struct, sys
folder = sys.argv[1]
chunks = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)):
    data = open(f"{folder}/{size}.png", "rb").read()
    chunks += kind + struct.pack(">I", len(data) + 8) + data
open("referent-cpts.icns", "wb").write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PY
