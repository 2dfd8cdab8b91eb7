#!/usr/bin/env bash
# Regenerates the sample lesson video and its WebVTT captions from text, with Debian's ffmpeg
# and espeak-ng (apt-get install -y ffmpeg espeak-ng fonts-noto-cjk):
#   public/uploads/lessons/party-basics-01.webm  640x360 VP9 + Opus
#   public/uploads/lessons/party-basics-01.vtt   one caption cue per slide
# Each slide is one line of text on screen, spoken in Mandarin; the cue lasts as long as its speech.
set -euo pipefail

OUT_DIR="${1:-public/uploads/lessons}"
NAME=party-basics-01
FONT=/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc
SLIDES=(
  "第一讲 党的性质、宗旨和奋斗目标"
  "中国共产党是中国工人阶级的先锋队"
  "同时是中国人民和中华民族的先锋队"
  "党的根本宗旨是全心全意为人民服务"
  "党的最高理想和最终目标是实现共产主义"
)

for tool in ffmpeg ffprobe espeak-ng; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y ffmpeg espeak-ng" >&2; exit 1; }
done
[ -f "$FONT" ] || { echo "missing $FONT: apt-get install -y fonts-noto-cjk" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$OUT_DIR"

# WebVTT timestamps: HH:MM:SS.mmm
stamp() { awk -v t="$1" 'BEGIN { h = int(t / 3600); m = int((t % 3600) / 60); s = t - h * 3600 - m * 60; printf "%02d:%02d:%06.3f", h, m, s }'; }

vtt="$work/$NAME.vtt"
printf 'WEBVTT\n\n' >"$vtt"
start=0
: >"$work/list.txt"
for i in "${!SLIDES[@]}"; do
  text="${SLIDES[$i]}"
  espeak-ng -v cmn -s 150 -w "$work/$i.wav" "$text"
  # Half a second of silence after each sentence.
  duration="$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/$i.wav")"
  duration="$(awk -v d="$duration" 'BEGIN { printf "%.3f", d + 0.5 }')"
  printf '%s\n%s --> %s\n%s\n\n' "$((i + 1))" "$(stamp "$start")" "$(stamp "$(awk -v a="$start" -v b="$duration" 'BEGIN { print a + b }')")" "$text" >>"$vtt"
  start="$(awk -v a="$start" -v b="$duration" 'BEGIN { print a + b }')"
  printf '%s\n' "$text" >"$work/$i.txt"
  ffmpeg -hide_banner -loglevel error -y \
    -f lavfi -i "color=c=0xb71c1c:s=640x360:r=25:d=$duration" -i "$work/$i.wav" \
    -vf "drawbox=x=0:y=300:w=640:h=60:color=0x8e1414:t=fill,drawtext=fontfile=$FONT:textfile=$work/$i.txt:fontcolor=white:fontsize=28:x=(w-text_w)/2:y=(h-text_h)/2-20,drawtext=fontfile=$FONT:text=薪火 · 网上党校:fontcolor=0xf5d76e:fontsize=18:x=24:y=320" \
    -af "apad" -t "$duration" -c:v libvpx-vp9 -b:v 120k -c:a libopus -b:a 32k -ac 1 -ar 48000 "$work/$i.webm"
  printf "file '%s'\n" "$work/$i.webm" >>"$work/list.txt"
done

ffmpeg -hide_banner -loglevel error -y -f concat -safe 0 -i "$work/list.txt" -c copy "$OUT_DIR/$NAME.webm"
cp "$vtt" "$OUT_DIR/$NAME.vtt"
echo "wrote $OUT_DIR/$NAME.webm ($(stat -c %s "$OUT_DIR/$NAME.webm") bytes, ${start}s) and $OUT_DIR/$NAME.vtt"
