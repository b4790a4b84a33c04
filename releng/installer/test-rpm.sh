#!/usr/bin/env bash
# Checks the .rpm made by build-installer.sh on a Debian machine, where it cannot be installed for real:
#
#   releng/installer/test-rpm.sh [PACKAGE.rpm]      (./tweetorial test runs it when rpmbuild is available)
#
#  1. its header: name, EPL-2.0 licence, GTK 3 as its only package requirement;
#  2. its files: everything under /opt/tweetorial-studio, with both launchers, the runtime and the licence;
#  3. its scripts: %post links both commands into /usr/bin and installs the menu entry, %preun removes exactly those;
#  4. its payload, unpacked into a temporary folder, runs with JAVA_HOME unset and no JDK on the PATH:
#     `tweetorial --version` and an export of an example (cards, handout).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rpm_file="${1:-$(ls "$here"/target/packages/tweetorial-studio-*.rpm 2>/dev/null | head -n1)}"

say() { printf 'test-rpm: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
pass() { say "ok: $*"; }

[ -f "$rpm_file" ] || fail "no package; build it with releng/installer/build-installer.sh --type rpm"
command -v rpm >/dev/null && command -v rpm2cpio >/dev/null && command -v cpio >/dev/null \
    || fail "needs rpm, rpm2cpio and cpio (Debian packages rpm and cpio)"

[ "$(rpm -qp --queryformat '%{NAME} %{LICENSE}' "$rpm_file")" = "tweetorial-studio EPL-2.0" ] \
    || fail "name or licence wrong: $(rpm -qp --queryformat '%{NAME} %{LICENSE}' "$rpm_file")"
requires="$(rpm -qpR "$rpm_file" | grep -v '^rpmlib(' | grep -v '^/bin/sh$' | sort -u | paste -sd' ')"
[ "$requires" = gtk3 ] || fail "requires '$requires', expected only gtk3"
pass "header: tweetorial-studio, EPL-2.0, requires gtk3"

files="$(rpm -qlp "$rpm_file")"
outside="$(grep -v '^/opt/tweetorial-studio' <<<"$files" || true)"
[ -z "$outside" ] || fail "files outside /opt/tweetorial-studio: $(head -n3 <<<"$outside")"
for f in bin/tweetorial bin/tweetorial-studio lib/runtime/bin/java lib/legal/LICENSE \
    lib/tweetorial-studio-tweetorial-studio.desktop; do
    grep -qx "/opt/tweetorial-studio/$f" <<<"$files" || fail "missing /opt/tweetorial-studio/$f"
done
pass "files: $(wc -l <<<"$files") under /opt/tweetorial-studio, launchers, runtime and licence among them"

scripts="$(rpm -qp --scripts "$rpm_file")"
for want in "ln -sf /opt/tweetorial-studio/bin/tweetorial /usr/bin/tweetorial" \
    "/usr/share/applications/tweetorial-studio.desktop" \
    "rm -f /usr/bin/tweetorial /usr/bin/tweetorial-studio /usr/share/applications/tweetorial-studio.desktop"; do
    grep -qF -- "$want" <<<"$scripts" || fail "scripts lack: $want"
done
pass "scripts: PATH links and menu entry installed by %post, removed by %preun"

work="$(mktemp -d "${TMPDIR:-/tmp}/tweetorial-rpm.XXXXXX")"
trap 'rm -rf "$work"' EXIT
(cd "$work" && rpm2cpio "$rpm_file" | cpio -idm --quiet)
app="$work/opt/tweetorial-studio"
mkdir -p "$work/no-jdk"
no_jdk=(env -u JAVA_HOME -u JDK_HOME PATH=/usr/bin:/bin HOME="$work/home")
# every JDK hidden: /usr/lib/jvm (where /usr/bin/java points) replaced by an empty folder in a private mount namespace
unshare -m true 2>/dev/null || fail "unshare is not permitted here, so the JDKs cannot be hidden"
no_jdk=(unshare -m sh -c 'mount --bind "$0" /usr/lib/jvm && exec "$@"' "$work/no-jdk" "${no_jdk[@]}")
! "${no_jdk[@]}" sh -c 'java -version' >/dev/null 2>&1 || fail "a java still runs with /usr/lib/jvm hidden"
version="$("${no_jdk[@]}" "$app/bin/tweetorial" --version)"
[[ $version == "Tweetorial Studio "* ]] || fail "tweetorial --version printed '$version'"
out="$("${no_jdk[@]}" "$app/bin/tweetorial" export "$root/examples/frank-starling.md" --out "$work/export" 2>&1)" \
    || fail "tweetorial export of an example failed: $out"
[ -s "$work/export/handout.pdf" ] && ls "$work/export/cards/"*.png >/dev/null 2>&1 \
    || fail "the export wrote no handout or no cards"
pass "unpacked payload runs without a JDK: '$version', export wrote $(ls "$work/export/cards" | wc -l) card files"
say "package: $(du -h "$rpm_file" | cut -f1) download, $(du -sh "$app" | cut -f1) installed"
