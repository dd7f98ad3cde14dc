#!/bin/sh
# Regenerates the image fixtures and their PIL goldens (not needed to build or test).
# Needs: ImageMagick, exiftool, cwebp, Debian python3-pil (Pillow 9.4) and python3-numpy.
# Every "<name>.pil.png" is what the reference pipeline's loader gives for <name>:
# PIL Image.open + qwen_vl_utils to_rgb (RGBA pasted on white, else convert("RGB")).
set -e
cd "$(dirname "$0")"
G='-seed 7 plasma:fractal'
convert -size 64x48 $G -depth 16 -define png:color-type=2 PNG48:rgb16.png
convert -size 64x48 $G \( -size 64x48 gradient:white-black -rotate 90 -resize 64x48! \) \
  -alpha off -compose CopyOpacity -composite -depth 16 PNG64:rgba16.png
convert -size 64x48 $G \( -size 64x48 gradient:white-black -rotate 90 -resize 64x48! \) \
  -alpha off -compose CopyOpacity -composite -depth 8 PNG32:rgba8.png
convert -size 64x48 gradient:white-black -alpha set -channel A -evaluate set 40% +channel \
  -define png:color-type=4 -depth 8 gray-alpha.png
convert -size 64x48 xc:red -fill blue -draw 'rectangle 0,0 31,47' -fill none -draw 'color 40,10 point' \
  -transparent red -type PaletteAlpha -define png:format=png8 palette-trns.png
convert -size 64x48 gradient:white-black -colorspace Gray -define png:bit-depth=2 -define png:color-type=0 gray2.png
convert -size 64x48 $G -colorspace CMYK -quality 92 cmyk-ycck.jpg
convert -size 64x48 $G -type TrueColor BMP3:rgb.bmp
convert -size 64x48 $G -depth 8 -compress lzw rgb.tif
convert -size 64x48 $G -depth 8 PNG24:tmp-rgb.png && cwebp -quiet -q 80 tmp-rgb.png -o lossy.webp
cwebp -quiet -lossless rgba8.png -o alpha-lossless.webp
convert -size 60x40 xc:white -fill red -draw 'rectangle 0,0 19,9' -quality 95 exif-orientation-6.jpg
exiftool -q -overwrite_original -Orientation#=6 exif-orientation-6.jpg
convert -size 64x48 $G -quality 90 tmp-full.jpg && head -c 1500 tmp-full.jpg > truncated.jpg
convert -size 64x48 $G PNG24:tmp-full.png && head -c 2000 tmp-full.png > truncated.png
rm -f tmp-*.png tmp-*.jpg
/usr/bin/python3 - <<'PY'
from PIL import Image
import glob
import numpy as np
ramp = np.zeros((48, 64), dtype=np.uint16)
for x in range(64):
    ramp[:, x] = x * x * 16  # 0..63504: some samples <= 255, most above
Image.fromarray(ramp).save("gray16.png")
def to_rgb(im):
    if im.mode == "RGBA":
        bg = Image.new("RGB", im.size, (255, 255, 255))
        bg.paste(im, mask=im.split()[3])
        return bg
    return im.convert("RGB")
for f in sorted(glob.glob("*")):
    if f.endswith((".sh", ".pil.png")) or f.startswith("truncated"):
        continue
    im = Image.open(f)
    print(f, im.mode, im.size)
    to_rgb(im).save(f + ".pil.png")
PY
