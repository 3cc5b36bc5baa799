#!/bin/sh
# Makes the TIFF variants of TiffVariantsTest from one 160×120 crop of the sample page, with libtiff's
# tiffcp and ImageMagick 6 (Debian: libtiff-tools, imagemagick), and the reference pixels each must decode
# to: PGM/PPM written by ImageMagick from the uncompressed originals (for lossy JPEG, from libtiff's own
# decoding of that very file). Run from this folder: sh make.sh ../../../../../../../samples/chaoyang-2026-03-13/0001.tif
set -eu
page=$1
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
convert "$page" -crop 160x120+1180+1420 +repage -depth 8 -type Grayscale "$t/grey.png"
convert "$t/grey.png" +level-colors '#1a2a80','#fff8e0' -type TrueColor "$t/rgb.png"

# uncompressed originals, one per kind of sample
convert "$t/grey.png" -depth 8 -compress none -type Grayscale "$t/g8.tif"
convert "$t/grey.png" -depth 16 -compress none -type Grayscale "$t/g16.tif"
convert "$t/grey.png" -depth 4 -compress none -type Grayscale "$t/g4.tif"
# min-is-white: the samples inverted, then the tag says so (ImageMagick 6 writes min-is-black only)
convert "$t/g4.tif" -negate -depth 4 -compress none -type Grayscale "$t/g4w.tif"; tiffset -s 262 0 "$t/g4w.tif"
convert "$t/grey.png" -depth 2 -compress none -type Grayscale "$t/g2.tif"
convert "$t/g2.tif" -negate -depth 2 -compress none -type Grayscale "$t/g2w.tif"; tiffset -s 262 0 "$t/g2w.tif"
convert "$t/grey.png" -threshold 60% -depth 1 -compress none -type Bilevel "$t/b1b.tif"
convert "$t/grey.png" -threshold 60% -negate -depth 1 -compress none -type Bilevel "$t/b1.tif"; tiffset -s 262 0 "$t/b1.tif"
convert "$t/rgb.png" -depth 8 -compress none -type TrueColor "$t/rgb.tif"
convert "$t/rgb.png" -depth 16 -compress none -type TrueColor "$t/rgb16.tif"
convert "$t/rgb.png" -depth 8 -colors 200 -compress none -type Palette "$t/pal8.tif"
convert "$t/rgb.png" -colors 16 -depth 4 -compress none -type Palette "$t/pal4.tif"

# references: what each original shows, 8 bits per sample, as libtiff's TIFFRGBAImage decodes it
# (tiff2rgba; ImageMagick 6 ignores min-is-white in 2- and 4-bit grey)
grey() { tiff2rgba -c none "$1" "$t/rgba.tif"; convert "$t/rgba.tif" -alpha off -depth 8 -type Grayscale "$2"; }
colour() { tiff2rgba -c none "$1" "$t/rgba.tif"; convert "$t/rgba.tif" -alpha off -depth 8 -type TrueColor "$2"; }
grey "$t/g8.tif" grey8.pgm
grey "$t/g4.tif" grey4.pgm
grey "$t/g2.tif" grey2.pgm
grey "$t/b1b.tif" bitonal.pgm
colour "$t/rgb.tif" rgb.ppm
colour "$t/pal8.tif" palette8.ppm
colour "$t/pal4.tif" palette4.ppm
# the min-is-white originals show the same as their min-is-black twins, the 16-bit ones as the 8-bit
grey "$t/g4w.tif" "$t/x.pgm"; cmp grey4.pgm "$t/x.pgm"
grey "$t/g2w.tif" "$t/x.pgm"; cmp grey2.pgm "$t/x.pgm"
grey "$t/b1.tif" "$t/x.pgm"; cmp bitonal.pgm "$t/x.pgm"
grey "$t/g16.tif" "$t/x.pgm"; cmp grey8.pgm "$t/x.pgm"
colour "$t/rgb16.tif" "$t/x.ppm"; cmp rgb.ppm "$t/x.ppm"

v() { out=$1; shift; tiffcp "$@" "$out"; }
v g8-none.tif -c none "$t/g8.tif"
v g8-lzw.tif -c lzw "$t/g8.tif"
v g8-lzw-predictor.tif -c lzw:2 "$t/g8.tif"
v g8-deflate.tif -c zip "$t/g8.tif"
v g8-deflate-predictor.tif -c zip:2 "$t/g8.tif"
# the older Deflate code (32946), same data as Adobe Deflate (8); tiffset drops a predictor tag, so none
cp g8-deflate.tif g8-deflate-32946.tif; tiffset -s 259 32946 g8-deflate-32946.tif 2>/dev/null
v g8-packbits.tif -c packbits "$t/g8.tif"
v g8-tiles-lzw.tif -c lzw:2 -t -w 64 -l 64 "$t/g8.tif"
v g8-bigtiff-deflate.tif -8 -c zip:2 "$t/g8.tif"
v g8-bigtiff-tiles-none.tif -8 -c none -t -w 64 -l 64 "$t/g8.tif"
v g8-jpeg.tif -c jpeg:90 -r 16 "$t/g8.tif"
v g16-none.tif -c none "$t/g16.tif"
v g16-deflate-predictor.tif -c zip:2 "$t/g16.tif"
v g16-bigtiff-lzw.tif -8 -c lzw "$t/g16.tif"
v g4-deflate.tif -c zip "$t/g4.tif"
v g4-none.tif -c none "$t/g4.tif"
v g4-lzw.tif -c lzw "$t/g4.tif"
v g4-packbits.tif -c packbits "$t/g4.tif"
v g4-tiles-deflate.tif -c zip -t -w 64 -l 64 "$t/g4.tif"
v g4-bigtiff-deflate.tif -8 -c zip "$t/g4.tif"
v g4-white-deflate.tif -c zip "$t/g4w.tif"
v g2-lzw.tif -c lzw "$t/g2.tif"
v g2-white-none.tif -c none "$t/g2w.tif"
v b1-none.tif -c none "$t/b1.tif"
v b1-black-none.tif -c none "$t/b1b.tif"
v b1-packbits.tif -c packbits "$t/b1.tif"
v b1-lzw.tif -c lzw "$t/b1.tif"
v b1-g3.tif -c g3 "$t/b1.tif"
v b1-g3-2d.tif -c g3:2d:fill "$t/b1.tif"
v b1-g4.tif -c g4 "$t/b1.tif"
v b1-tiles-g4.tif -c g4 -t -w 64 -l 64 "$t/b1.tif"
v b1-bigtiff-g4.tif -8 -c g4 "$t/b1.tif"
v rgb-none.tif -c none "$t/rgb.tif"
v rgb-lzw-predictor.tif -c lzw:2 "$t/rgb.tif"
v rgb-deflate.tif -c zip "$t/rgb.tif"
v rgb-packbits.tif -c packbits "$t/rgb.tif"
v rgb-planar-lzw.tif -p separate -c lzw "$t/rgb.tif"
v rgb-tiles-deflate.tif -c zip:2 -t -w 64 -l 64 "$t/rgb.tif"
v rgb-bigtiff-lzw.tif -8 -c lzw:2 "$t/rgb.tif"
v rgb-jpeg-ycbcr.tif -c jpeg:90 -r 16 "$t/rgb.tif"
v rgb-jpeg-rgb.tif -c jpeg:r:90 -r 16 "$t/rgb.tif"
v rgb16-deflate-predictor.tif -c zip:2 "$t/rgb16.tif"
v pal8-lzw.tif -c lzw "$t/pal8.tif"
v pal4-packbits.tif -c packbits "$t/pal4.tif"
# a compression no reader here knows (Zstandard): refused as unsupported, not as damaged
v g8-zstd.tif -c zstd "$t/g8.tif"
# JPEG is lossy: its reference is libtiff's decoding of the file itself
grey g8-jpeg.tif g8-jpeg.pgm
colour rgb-jpeg-ycbcr.tif rgb-jpeg-ycbcr.ppm
colour rgb-jpeg-rgb.tif rgb-jpeg-rgb.ppm

# cmyk-jfif.jpg (not made here): PIL's CMYK JPEG with a resolution, so with a JFIF marker, which the JDK's
# JPEG plugin calls "inconsistent metadata":
#   python3 -c "from PIL import Image; Image.open('rgb.ppm').convert('CMYK').save('cmyk-jfif.jpg', quality=92, dpi=(300, 300))"
# its reference, ImageMagick's (libjpeg's) decoding: convert cmyk-jfif.jpg -depth 8 -colorspace sRGB -type TrueColor cmyk-jfif.ppm
