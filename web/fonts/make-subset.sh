#!/usr/bin/env bash
# Makes the CJK font the printed 申报书 embeds: face 0 (WenQuanYi Micro Hei) of Debian's fonts-wqy-microhei,
# cut down with fontTools' pyftsubset to the GBK character set (every Hanzi of GBK, i.e. U+4E00..U+9FA5 and
# the GBK symbols), ASCII, Latin-1, general punctuation, CJK symbols and punctuation, and the full-width forms.
# TrueType outlines (glyf), which OpenPDF embeds as a CID TrueType subset that poppler and every viewer draw.
# Needs: apt-get install fonts-wqy-microhei python3-fonttools. Output is committed; run this only to change it.
set -euo pipefail
cd "$(dirname "$0")"
src=${1:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
out=../src/main/resources/fonts/wqy-microhei/wqy-microhei-gbk.ttf
chars=$(mktemp)
trap 'rm -f "$chars"' EXIT
/usr/bin/python3 - "$chars" <<'PY'
import sys
out = []
for lead in range(0x81, 0xFF):
    for trail in range(0x40, 0xFF):
        try:
            out.append(bytes([lead, trail]).decode('gbk'))
        except UnicodeDecodeError:
            pass
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(out))
PY
/usr/bin/python3 -m fontTools.subset "$src" --font-number=0 --text-file="$chars" \
  --unicodes="U+0020-007E,U+00A0-00FF,U+2000-206F,U+3000-303F,U+FF00-FFEF" \
  --no-hinting --notdef-outline --name-IDs='*' --name-languages='*' --output-file="$out"
ls -l "$out"
