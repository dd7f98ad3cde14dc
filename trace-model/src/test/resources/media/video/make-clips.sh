#!/bin/sh
# Regenerates the video fixtures (not needed to build or test). Needs ffmpeg.
# Every frame shows its own frame number N in binary: 8 vertical bars of 40 px, bar i
# (from the left) white when bit i of N is set, black otherwise; chroma neutral. That survives
# lossy coding, so a test can read N back from any decoded frame.
set -e
cd "$(dirname "$0")"
BARS="geq=lum='if(bitand(N\,pow(2\,floor(X/40)))\,235\,16)':cb=128:cr=128"
# 75 frames at 25 fps, H.264 with B-frames and a keyframe every 12 frames (seeks must decode forward).
ffmpeg -v error -y -f lavfi -i "color=c=black:s=320x240:r=25:d=3" -vf "$BARS" \
  -c:v libx264 -preset veryfast -crf 30 -g 12 -keyint_min 12 -sc_threshold 0 -bf 2 \
  -pix_fmt yuv420p bars-h264.mp4
# 50 frames VP9 in WebM, keyframe every 12 frames; WebM stores no frame count.
ffmpeg -v error -y -f lavfi -i "color=c=black:s=320x240:r=25:d=2" -vf "$BARS" \
  -c:v libvpx-vp9 -b:v 150k -g 12 -pix_fmt yuv420p bars-vp9.webm
# Variable frame rate: 40 frames, the first 20 at 25 fps, then a 1 s gap, then 10 fps.
ffmpeg -v error -y -f lavfi -i "color=c=black:s=320x240:r=25:d=1.6" \
  -vf "$BARS,setpts='if(lt(N,20),N/25,1.8+(N-20)/10)/TB'" -fps_mode passthrough \
  -c:v libx264 -preset veryfast -crf 30 -g 12 -bf 2 -pix_fmt yuv420p bars-vfr.mp4
# H.264 tagged as rotated by 90 degrees (display matrix), otherwise like bars-h264.mp4 (1 s).
ffmpeg -v error -y -i bars-h264.mp4 -t 1 -c copy -metadata:s:v:0 rotate=90 bars-rotated.mp4
# The first 5000 bytes of a file whose index (moov) is at the end: unreadable.
head -c 5000 bars-h264.mp4 > truncated.mp4
