#!/usr/bin/env bash
# 薪火 · publish a release archive made by `npm run mirror`, or roll back to an earlier one.
#
#   publish.sh publish ARCHIVE.tar.gz   verify, unpack into releases/, switch `current` to it
#              publish --no-sha256 ARCHIVE: one that came without its .sha256 (SHA256SUMS only)
#   publish.sh rollback [RELEASE]       switch `current` back to the release before it (or to RELEASE)
#   publish.sh list                     the releases, the live one marked with *
#   publish.sh current                  the live release's name
#
# Layout under XINHUO_ROOT (default /srv/xinhuo; or --root DIR before the command):
#   releases/<yyyymmdd-hhmmss>_<archive name>/{site/,release.json,SHA256SUMS}
#   current -> releases/<…>    the symlink nginx serves (alias …/current/site/)
#   publish.log                what was switched when
#
# Needs only bash, coreutils (sha256sum, mv -T, ln), tar, gzip and flock. The live release is
# replaced only after the new one is fully unpacked and every file checks against the manifest:
# a corrupt, truncated or tampered archive stops here and the site keeps serving the old release.
# An archive without its .sha256 beside it is refused (--no-sha256 accepts it on the manifest
# alone), and so is one holding anything but regular files and folders: nginx follows symbolic
# links, so a link in a release would serve whatever it points to on this server.
set -euo pipefail
umask 022

ROOT="${XINHUO_ROOT:-/srv/xinhuo}"
KEEP="${XINHUO_KEEP:-5}"
# The sub-path nginx serves the site under (deploy/nginx/xinhuo-locations.conf): an archive built
# for another base would have every link wrong, so it is refused.
BASE="${XINHUO_BASE:-/dangjian/}"
# The archive's .sha256 (written by npm run mirror) is required: without it, an archive whose
# files and SHA256SUMS were both changed on the way would pass every other check.
REQUIRE_SHA256=1

die() {
  printf '错误 error: %s\n' "$*" >&2
  exit 1
}
say() { printf '%s\n' "$*"; }

usage() {
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
  say "Options (before the command): --root DIR (env XINHUO_ROOT, default /srv/xinhuo), --keep N (env XINHUO_KEEP, default 5),"
  say "  --base PATH (env XINHUO_BASE, default /dangjian/: the sub-path in the nginx config)"
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --root) ROOT="${2:?--root needs a folder}"; shift 2 ;;
    --keep) KEEP="${2:?--keep needs a number}"; shift 2 ;;
    --base) BASE="${2:?--base needs a path}"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) break ;;
  esac
done
[[ "$KEEP" =~ ^[1-9][0-9]*$ ]] || die "--keep 须为正整数 must be a positive number: $KEEP"

RELEASES="$ROOT/releases"
CURRENT="$ROOT/current"

current_name() {
  [[ -L "$CURRENT" ]] || return 0
  basename "$(readlink "$CURRENT")"
}

# Releases, oldest first (names start with their publish time).
release_names() {
  [[ -d "$RELEASES" ]] || return 0
  find "$RELEASES" -mindepth 1 -maxdepth 1 -type d ! -name '.*' -printf '%f\n' | LC_ALL=C sort
}

# Points `current` at releases/NAME in one step: a new symlink renamed over the old one, so a
# reader's request finds either the old release or the new one, never nothing.
switch_to() {
  local name="$1" action="$2" before
  before="$(current_name)"
  ln -sfn "releases/$name" "$ROOT/.current.new"
  mv -T "$ROOT/.current.new" "$CURRENT"
  printf '%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$action" "${before:--}" "$name" >>"$ROOT/publish.log"
  say "已上线 live: $name"
}

# Refuses a release folder holding anything but regular files and folders: a symbolic link, a
# pipe, a socket or a device. find never follows a link (no -L), so it looks at the links themselves.
refuse_special_files() {
  local dir="$1" special
  special="$(find "$dir" ! -type f ! -type d -printf '%y %P' \( -type l -printf ' -> %l' -o -true \) -printf '\n')" ||
    die "无法检查版本目录中的文件类型 · could not check the file types in $dir"
  [[ -z "$special" ]] || die "版本中有不是普通文件或目录的条目（l 符号链接、p 管道、s 套接字、b/c 设备文件），网站只发布普通文件，未发布、未切换 · the release holds entries that are neither regular files nor folders (l = symbolic link, p = pipe, s = socket, b/c = device), nothing switched:
$(printf '%s\n' "$special" | head -5)"
}

# Checks an unpacked release: only regular files and folders, the manifest's files all match, and
# no file is missing from it.
verify_release() {
  local dir="$1" listed actual
  refuse_special_files "$dir"
  [[ -f "$dir/SHA256SUMS" && -f "$dir/release.json" && -f "$dir/site/index.html" ]] ||
    die "归档内容不完整（缺少 SHA256SUMS、release.json 或 site/index.html），不是 npm run mirror 生成的归档? incomplete archive"
  (cd "$dir" && sha256sum --quiet --strict -c SHA256SUMS) >&2 ||
    die "文件校验失败，归档已损坏或被改动 · files do not match SHA256SUMS: corrupt or altered archive"
  local built_for
  built_for="$(sed -n 's/^ *"base": *"\(.*\)",\{0,1\}$/\1/p' "$dir/release.json")"
  [[ "$built_for" == "$BASE" ]] ||
    die "归档是为子路径 ${built_for:-?} 构建的，而 nginx 配置的是 $BASE；请用 npm run mirror -- --base $BASE 重新生成 · archive built for ${built_for:-?}, not $BASE"
  listed="$(cut -c67- "$dir/SHA256SUMS" | LC_ALL=C sort)"
  actual="$(cd "$dir" && find . -type f ! -path ./SHA256SUMS | cut -c3- | LC_ALL=C sort)"
  [[ "$listed" == "$actual" ]] || die "归档中有清单外的文件 · the archive has files not in SHA256SUMS:
$(comm -13 <(printf '%s\n' "$listed") <(printf '%s\n' "$actual") | head -5)"
}

# Removes the oldest releases beyond KEEP, never the live one.
prune() {
  local live count name
  live="$(current_name)"
  count="$(release_names | wc -l)"
  while read -r name; do
    ((count > KEEP)) || break
    [[ "$name" == "$live" ]] && continue
    rm -rf -- "${RELEASES:?}/$name"
    say "已删除旧版本 removed: $name"
    count=$((count - 1))
  done < <(release_names)
}

cmd_publish() {
  local archive="" base stamp name staging arg
  for arg in "$@"; do
    if [[ "$arg" == --no-sha256 ]]; then REQUIRE_SHA256=0; else archive="$arg"; fi
  done
  [[ -n "$archive" ]] || die "用法 usage: publish.sh publish [--no-sha256] ARCHIVE.tar.gz"
  [[ -f "$archive" ]] || die "找不到归档 archive not found: $archive"
  base="$(basename "$archive")"
  [[ "$base" == *.tar.gz ]] || die "归档须为 .tar.gz · not a .tar.gz: $base"
  # The archive's own checksum: required, unless --no-sha256 says it did not come along.
  if [[ -f "$archive.sha256" ]]; then
    local expected actual
    expected="$(cut -d' ' -f1 "$archive.sha256")"
    actual="$(sha256sum "$archive" | cut -d' ' -f1)"
    [[ "$expected" == "$actual" ]] || die "归档校验和不符（传输不完整或文件被改动），未发布 · archive checksum mismatch: $base"
    say "归档校验和一致 archive checksum OK"
  elif ((REQUIRE_SHA256)); then
    die "归档旁边没有 $base.sha256，无法确认归档完整、未被改动，未发布：请把 npm run mirror 生成的 .sha256 文件和归档放在同一目录后重试；确实没有时，可用 publish --no-sha256 发布，只按归档内的清单校验 · no $base.sha256 beside the archive, not published: copy it along, or run publish --no-sha256 to rely on the archive's own SHA256SUMS"
  else
    say "提示 note: 没有 $base.sha256（--no-sha256），只按归档内的清单校验 · no .sha256, checking against SHA256SUMS only"
  fi
  gzip -t "$archive" 2>/dev/null || die "归档已损坏或不完整（gzip 校验失败），未发布 · archive is corrupt or truncated: $base"
  # Entry types before anything is unpacked: `tar -tv` starts each line with the type, `-` for a
  # regular file and `d` for a folder; a link (l, h), device (c, b) or pipe (p) is refused.
  local listing special
  listing="$(LC_ALL=C tar -tvzf "$archive")" || die "无法读取归档内容，未发布 · could not list the archive: $base"
  special="$(printf '%s\n' "$listing" | grep -v '^[-d]' | head -5 || true)"
  [[ -z "$special" ]] || die "归档中有不是普通文件或目录的条目（符号链接、硬链接、设备文件等），网站只发布普通文件，未发布：请用 npm run mirror 重新生成归档 · the archive holds entries that are neither regular files nor folders, not published:
$special"

  mkdir -p "$RELEASES"
  stamp="$(date -u +%Y%m%d-%H%M%S%3N)"
  name="${stamp}_${base%.tar.gz}"
  [[ ! -e "$RELEASES/$name" ]] || die "版本目录已存在 release exists: $name"
  staging="$(mktemp -d "$RELEASES/.incoming-XXXXXX")"
  trap 'rm -rf -- "$staging"' EXIT
  tar -xzf "$archive" -C "$staging" --strip-components=1 --no-same-owner --no-same-permissions ||
    die "解包失败，未发布 · could not unpack: $base"
  verify_release "$staging"
  chmod -R u=rwX,go=rX "$staging"
  mv -T "$staging" "$RELEASES/$name"
  trap - EXIT
  switch_to "$name" publish
  prune
}

cmd_rollback() {
  local target="${1:-}" live previous="" name
  live="$(current_name)"
  if [[ -z "$target" ]]; then
    while read -r name; do
      [[ "$name" == "$live" ]] && break
      previous="$name"
    done < <(release_names)
    [[ -n "$live" ]] || die "还没有上线的版本 nothing is live yet"
    [[ -n "$previous" ]] || die "没有比 $live 更早的版本可回滚 · no release older than the live one"
    target="$previous"
  fi
  [[ -d "$RELEASES/$target" && "$target" != .* && "$target" != */* ]] || die "没有这个版本 no such release: $target (见 see: publish.sh list)"
  verify_release "$RELEASES/$target"
  switch_to "$target" rollback
}

cmd_list() {
  local live name
  live="$(current_name)"
  while read -r name; do
    if [[ "$name" == "$live" ]]; then say "* $name"; else say "  $name"; fi
  done < <(release_names)
}

command="${1:-}"
[[ -n "$command" ]] || { usage; exit 1; }
shift
case "$command" in
  publish | rollback)
    mkdir -p "$ROOT"
    # One publish or rollback at a time.
    exec 9>"$ROOT/.lock"
    flock -n 9 || die "另一个发布或回滚正在进行 another publish or rollback is running"
    "cmd_$command" "$@"
    ;;
  list) cmd_list ;;
  current) current_name ;;
  *) usage; exit 1 ;;
esac
