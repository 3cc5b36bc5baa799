#!/usr/bin/env bash
# Builds the CJK fonts shipped in src/test/resources/org/newspaperingest/fonts/ for the sample renderer.
#
# Source:   Debian package fonts-noto-cjk, version 1:20220127+repack1-1 (bookworm):
#           Noto Serif CJK 2.001 and Noto Sans CJK 2.004, Regular and Bold, face 2 of each .ttc (SC).
# Licence:  SIL Open Font License 1.1 (copied to OFL.txt beside the fonts from the package's copyright file).
# Subset:   GB2312, the traditional counterpart of every GB2312 hanzi (HanLP portable 1.8.6's converter,
#           so the vertical traditional page can be set), ASCII, CJK / full-width / vertical punctuation,
#           and every character of the seed text in both scripts; see CharsetList.java. The list is kept
#           in charset.txt so the fonts can be rebuilt without Java.
# Tools:    Debian python3-fonttools (pyftsubset). Hinting is dropped (pages are rendered at 300 dpi).
#
# Usage:    apt-get install fonts-noto-cjk python3-fonttools
#           src/fonts/subset-fonts.sh [--charset]   (--charset regenerates charset.txt first; needs mvn deps)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/src/test/resources/org/newspaperingest/fonts"
noto=/usr/share/fonts/opentype/noto
seed="${SEED:-$repo/src/test/resources/org/newspaperingest/samples/chaoyang-2026-03-13.md}"
python=/usr/bin/python3   # Debian's interpreter, where python3-fonttools is installed

if [[ "${1:-}" == "--charset" ]]; then
    hanlp="$HOME/.m2/repository/com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar"
    java -cp "$hanlp" "$here/CharsetList.java" "$seed" > "$here/charset.txt"
fi

for f in "$noto/NotoSerifCJK-Regular.ttc" "$noto/NotoSansCJK-Regular.ttc"; do
    [[ -f "$f" ]] || { echo "missing $f: apt-get install fonts-noto-cjk" >&2; exit 1; }
done
mkdir -p "$out"

subset() { # source.ttc target.otf
    "$python" -m fontTools.subset "$noto/$1" --font-number=2 --unicodes-file="$here/charset.txt" \
        --no-hinting --layout-features='vert,vrt2,kern,palt' --output-file="$out/$2"
}
subset NotoSerifCJK-Regular.ttc NotoSerifSC-Regular.otf &
subset NotoSerifCJK-Bold.ttc    NotoSerifSC-Bold.otf
wait
subset NotoSansCJK-Regular.ttc  NotoSansSC-Regular.otf &
subset NotoSansCJK-Bold.ttc     NotoSansSC-Bold.otf
wait

# The OFL text as Debian ships it (the copyright file's SIL-1.1 paragraph, de-indented), under the fonts' notices.
{
    echo "Noto Serif CJK SC: Copyright 2017-2022 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'."
    echo "Noto Sans CJK SC:  Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'."
    echo "The files here are subsets made by src/fonts/subset-fonts.sh of the Debian package fonts-noto-cjk."
    echo
    awk 'started && /^[^ ]/ {exit} started {sub(/^ /, ""); if ($0 == ".") $0 = ""; print} /^License: SIL-1.1$/ && ++n == 2 {started = 1}' \
        /usr/share/doc/fonts-noto-cjk/copyright
} > "$out/OFL.txt"
ls -l "$out"
