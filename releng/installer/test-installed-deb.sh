#!/usr/bin/env bash
# Installs the .deb made by build-installer.sh on this machine and uses it as a user would, then removes it.
#
#   releng/installer/test-installed-deb.sh [PACKAGE.deb]      (as root, on Debian or Ubuntu; ./tweetorial test runs it)
#
# Checks, in order, and stops at the first failure with a message:
#  1. dpkg -i installs it under /opt/tweetorial-studio with `tweetorial`/`tweetorial-studio` on the PATH, a menu entry
#     and its icon;
#  2. with JAVA_HOME unset and every JDK hidden (/usr/lib/jvm replaced by an empty folder in a private mount
#     namespace, so nothing on the PATH is a JDK), `tweetorial --version` prints the version and `tweetorial export`
#     of an example writes cards, thread text, handout and vector slides;
#  3. the workbench starts under Xvfb with a fresh home and shows an example in an editable editor (the start-up probe
#     writes the time from JVM start; a screenshot goes to releng/installer/target/screenshots/), the JVM mapping the
#     package's class-data archive from that very first start; then in a new workspace, and three times more in that
#     workspace, closing itself each time (later starts: editor restored);
#  4. nothing was written into the install folder (the programs run as root, who could), and the user's files are in
#     the home folder;
#  5. dpkg -r removes it, leaving /opt and /usr exactly as before the install.
# Prints the sizes and times it measured.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
package_name=tweetorial-studio
install_dir=/opt/tweetorial-studio
deb="${1:-$(ls "$here"/target/packages/${package_name}_*.deb 2>/dev/null | head -n1)}"

say() { printf 'test-installed-deb: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
pass() { say "ok: $*"; }

[ "$(id -u)" = 0 ] || fail "run as root: it installs and removes a package"
[ -f "$deb" ] || fail "no package; build it with releng/installer/build-installer.sh --type deb"
command -v dpkg >/dev/null || fail "needs dpkg (Debian or Ubuntu)"

# dpkg refuses to run while another dpkg or apt holds its lock (other builds share this machine): wait for it.
dpkg_waiting() {
    local waited=0 out
    while true; do
        if out="$(dpkg "$@" 2>&1)"; then printf '%s\n' "$out"; return 0; fi
        if ! grep -q 'lock' <<<"$out" || [ "$waited" -ge 600 ]; then printf '%s\n' "$out" >&2; return 1; fi
        [ "$waited" -gt 0 ] || say "dpkg is busy (another install is running); waiting for its lock"
        sleep 2
        waited=$((waited + 2))
    done
}

work="$(mktemp -d "${TMPDIR:-/tmp}/tweetorial-deb-test.XXXXXX")"
gui_pid=""
await_gui_exit() { # waits up to 60 s for the workbench (and its session) to end
    local waited=0
    while kill -0 "$gui_pid" 2>/dev/null && [ "$waited" -lt 600 ]; do sleep 0.1; waited=$((waited + 1)); done
}
stop_gui() { # stops the workbench and waits until it has ended (under dbus-run-session, the session ends with it)
    local app
    app="$(pgrep -P "$gui_pid" -f tweetorial-studio || true)"
    kill -TERM "${app:-$gui_pid}" 2>/dev/null || true
    await_gui_exit
    kill "$gui_pid" 2>/dev/null || true
    wait "$gui_pid" 2>/dev/null || true
    gui_pid=""
}
cleanup() {
    [ -z "$gui_pid" ] || stop_gui
    if dpkg -s "$package_name" >/dev/null 2>&1; then dpkg_waiting -r "$package_name" >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if dpkg -s "$package_name" >/dev/null 2>&1; then
    say "removing the $package_name already installed first"
    dpkg_waiting -r "$package_name" >/dev/null
fi

# The libraries the package depends on (GTK, ALSA, X11...) come from the distribution, before the "before" listing.
depends="$(dpkg-deb -f "$deb" Depends)"
if ! apt-get satisfy -s "$depends" 2>/dev/null | grep -q '^0 upgraded, 0 newly installed'; then
    say "installing the package's dependencies with apt-get: $depends"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 satisfy -y -qq --no-install-recommends \
        "$depends" >/dev/null
fi

snapshot() { find /opt /usr -xdev \( -path /usr/lib/jvm -o -path '/usr/lib/python3*' \) -prune -o -print | sort; }
snapshot >"$work/before.txt"

# --- 1. Install.
start=$(date +%s%N)
dpkg_waiting -i "$deb" >"$work/dpkg-i.log" 2>&1 || { cat "$work/dpkg-i.log" >&2; fail "dpkg -i $deb"; }
install_ms=$(( ($(date +%s%N) - start) / 1000000 ))
touch "$work/installed.marker"
for f in /usr/bin/tweetorial /usr/bin/tweetorial-studio "$install_dir/bin/tweetorial" \
        "$install_dir/lib/runtime/bin/java" /usr/share/applications/tweetorial-studio.desktop; do
    [ -e "$f" ] || fail "$f is missing after dpkg -i"
done
desktop=/usr/share/applications/tweetorial-studio.desktop
grep -qx "Exec=$install_dir/bin/tweetorial-studio" "$desktop" || fail "$desktop does not start $install_dir/bin/tweetorial-studio"
icon="$(sed -n 's/^Icon=//p' "$desktop")"
[ -f "$icon" ] || fail "the menu entry's icon $icon does not exist"
grep -qx 'Name=Tweetorial Studio' "$desktop" || fail "$desktop is not named Tweetorial Studio"
[ ! -e "$install_dir/lib/runtime/bin/javac" ] || fail "the runtime is a whole JDK (it has javac)"
pass "installed in ${install_dir} in ${install_ms} ms; commands on the PATH, menu entry, icon"

# --- 2. The command line, with no JDK anywhere to be found.
home="$work/home"
mkdir -p "$home"
hidden_jvm="$work/no-jdk"
mkdir -p "$hidden_jvm"
# As the user would run it: a clean environment, the user's home, the standard PATH, no JAVA_HOME. user.home comes
# from the password database, so it is given to Java through JAVA_TOOL_OPTIONS to keep root's home untouched.
# It replaces the calling (sub)shell, so that the process id is the program's: call it in ( ) or $( ).
exec_as_user() {
    local tool_options="-Duser.home=$home ${EXTRA_JAVA_OPTIONS:-}"
    local environment=(env -i HOME="$home" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        DISPLAY="${DISPLAY:-}" LANG=C.UTF-8 JAVA_TOOL_OPTIONS="$tool_options")
    if unshare -m true 2>/dev/null; then
        exec unshare -m sh -c 'mount --bind "$0" /usr/lib/jvm && exec "$@"' "$hidden_jvm" "${environment[@]}" "$@"
    fi
    exec "${environment[@]}" "$@"
}
if unshare -m true 2>/dev/null; then
    jdk_check="$(exec_as_user sh -c 'command -v java javac; ls /usr/lib/jvm')"
    [ -z "$jdk_check" ] || fail "a JDK is still visible: $jdk_check"
    hidden="every JDK hidden (/usr/lib/jvm empty, no java on the PATH)"
else
    hidden="JAVA_HOME unset (unshare is not permitted here, so /usr/lib/jvm could not be hidden)"
fi

start=$(date +%s%N)
version="$(exec_as_user tweetorial --version 2>"$work/version.err")" || { cat "$work/version.err" >&2; fail "tweetorial --version"; }
version_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expected="Tweetorial Studio $(dpkg-deb -f "$deb" Version | sed 's/-[0-9]*$//')"
[ "$version" = "$expected" ] || fail "tweetorial --version printed '$version', expected '$expected'"
pass "tweetorial --version: '$version' in ${version_ms} ms (first run), $hidden"

cp -R "$root/examples" "$home/examples"
start=$(date +%s%N)
(exec_as_user tweetorial export "$home/examples/frank-starling.md" --out "$home/export") >"$work/export.out" 2>"$work/export.err" \
    || { cat "$work/export.out" "$work/export.err" >&2; fail "tweetorial export examples/frank-starling.md"; }
export_ms=$(( ($(date +%s%N) - start) / 1000000 ))
for f in thread.txt thread.json alt-text.txt handout.pdf slides.pdf cards/01-title.png; do
    [ -s "$home/export/$f" ] || fail "the export has no $f"
done
! grep -q "could not be drawn as vectors" "$work/export.out" "$work/export.err" \
    || fail "slides.pdf fell back to bitmaps: a JDK module is missing from the runtime (see jdk-modules.txt)"
pass "tweetorial export: $(ls "$home/export/cards" | wc -l) cards, handout.pdf, slides.pdf drawn as vectors, in ${export_ms} ms"

# --- 3. The workbench, started as from the menu, until an example is open in an editable editor.
shots="$here/target/screenshots"
mkdir -p "$shots"
probe="$work/startup-ms"
gui() { # starts the workbench and waits until an example is editable; with "close", the workbench then closes
    local options="-Dtweetorial.startupProbe=$probe ${GUI_JAVA_OPTIONS:-}"
    [ "${1:-}" != close ] || options="$options -Dtweetorial.startupProbe.close=true"
    # With a session bus, as on a desktop: without one, GTK tries to spawn dbus-launch several times per start.
    local session=()
    ! command -v dbus-run-session >/dev/null || session=(dbus-run-session --)
    (EXTRA_JAVA_OPTIONS="$options" exec_as_user "${session[@]}" tweetorial-studio) >"$work/gui.log" 2>&1 &
    gui_pid=$!
    local waited=0
    while [ ! -s "$probe" ] && kill -0 "$gui_pid" 2>/dev/null && [ "$waited" -lt 1200 ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    [ -s "$probe" ] || { tail -n 30 "$work/gui.log" >&2; fail "the workbench showed no editable example within 120 s"; }
    [ "${1:-}" = close ] || return 0
    await_gui_exit
    ! kill -0 "$gui_pid" 2>/dev/null || fail "the workbench did not close within 60 s after the start-up probe"
    wait "$gui_pid" || { tail -n 30 "$work/gui.log" >&2; fail "the workbench ended with an error when it closed"; }
    gui_pid=""
}
no_errors_logged() { # the workspace's log holds no error entry
    local log="$home/TweetorialStudio/workspace/.metadata/.log"
    if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
        cat "$log" >&2
        fail "the workbench logged errors in $log"
    fi
}
if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null || fail "no DISPLAY and no Xvfb (apt-get install xvfb)"
    say "starting Xvfb"
    Xvfb_display=":$((90 + RANDOM % 100))"
    Xvfb "$Xvfb_display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    trap 'kill $xvfb_pid 2>/dev/null || true; cleanup' EXIT
    export DISPLAY="$Xvfb_display"
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${Xvfb_display#:}" ] && break; sleep 0.1; done
fi
# The first start logs which class-data archive the JVM read and whether it accepted it.
GUI_JAVA_OPTIONS="-Xlog:class+path=info:file=$work/class-path.log" gui
first_start_ms="$(tr -d '[:space:]' <"$probe")"
workspace="$home/TweetorialStudio/workspace"
[ -f "$workspace/Tweetorials/examples/frank-starling.md" ] || fail "the examples were not copied into the Tweetorials project of $workspace"
java_for_tools="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$java_for_tools" "$here/Screenshot.java" "$shots/installed-workbench.png" 10 >/dev/null \
    || fail "could not take the screenshot"
no_errors_logged
stop_gui
# The package's class-data archive served the very first start (build-installer.sh made it), and no other was written.
archive="$install_dir/lib/cds/workbench.jsa"
[ -s "$archive" ] || fail "the package has no class-data archive at $archive"
grep -q "Reading classpath(s) from $install_dir/lib/\(app/\.\./\)\?cds/workbench.jsa" "$work/class-path.log" \
    || fail "the workbench did not read $archive (see $work/class-path.log)"
grep -q "Archived app classpath validation: passed" "$work/class-path.log" \
    || fail "the JVM refused $archive: $(grep -i 'mismatch\|changed\|failed' "$work/class-path.log" | head -n 3)"
[ ! -e "$home/.tweetorial-studio/workbench.jsa" ] || fail "a second class-data archive was written into the home folder"
archive_mb=$(( $(stat -c %s "$archive") / 1048576 ))
# A new workspace (the configuration area and the archive are ready): the examples are copied and opened again. The
# workbench closes itself as File > Exit does, so that it saves its state.
rm -rf "$probe" "$home/TweetorialStudio"
gui close
new_workspace_ms="$(tr -d '[:space:]' <"$probe")"
# Later starts, as an educator's every day: the same workspace, the example's editor restored. The median of three,
# as one start on a shared machine varies by a second.
later=()
for _ in 1 2 3; do
    rm -f "$probe"
    gui close
    later+=("$(tr -d '[:space:]' <"$probe")")
done
second_start_ms="$(printf '%s\n' "${later[@]}" | sort -n | sed -n 2p)"
no_errors_logged
pass "workbench: example editable ${first_start_ms} ms after JVM start on the first start (with the package's" \
    "${archive_mb} MB class-data archive), ${new_workspace_ms} ms in a new workspace, ${later[*]} ms on later starts" \
    "(editor restored); screenshot $shots/installed-workbench.png"

# --- 4. Nothing in the install folder; everything in the home folder.
written="$(find "$install_dir" -newer "$work/installed.marker" | head -n 5)"
[ -z "$written" ] || fail "files were written into the install folder: $written"
for d in .tweetorial-studio/configuration .tweetorial-studio/cli-configuration TweetorialStudio/workspace/.metadata; do
    [ -d "$home/$d" ] || fail "no $home/$d"
done
pass "nothing written under $install_dir; configuration and workspace in the home folder"

installed_kb="$(du -sk "$install_dir" | cut -f1)"
runtime_kb="$(du -sk "$install_dir/lib/runtime" | cut -f1)"
deb_kb=$(( $(stat -c %s "$deb") / 1024 ))

# --- 5. Remove.
start=$(date +%s%N)
dpkg_waiting -r "$package_name" >"$work/dpkg-r.log" 2>&1 || { cat "$work/dpkg-r.log" >&2; fail "dpkg -r $package_name"; }
remove_ms=$(( ($(date +%s%N) - start) / 1000000 ))
snapshot >"$work/after.txt"
# Paths that appeared since the install, minus those another package owns (other builds may install packages on a
# shared machine meanwhile): what is left was left behind by this package.
comm -13 "$work/before.txt" "$work/after.txt" >"$work/added.txt"
if [ -s "$work/added.txt" ]; then
    xargs -a "$work/added.txt" -d '\n' dpkg -S 2>/dev/null | sed 's/^[^:]*: //' | sort -u >"$work/owned.txt" || true
    comm -23 "$work/added.txt" "$work/owned.txt" >"$work/left.txt"
    if [ -s "$work/left.txt" ]; then
        head -n 20 "$work/left.txt" >&2
        fail "dpkg -r left these under /opt or /usr (they were not there before the install)"
    fi
fi
[ ! -e "$install_dir" ] || fail "$install_dir still exists after dpkg -r"
pass "dpkg -r in ${remove_ms} ms left nothing under /opt or /usr"

say "measured: .deb ${deb_kb} KB; installed ${installed_kb} KB, of which the Java runtime ${runtime_kb} KB;" \
    "dpkg -i ${install_ms} ms; --version ${version_ms} ms; export ${export_ms} ms;" \
    "workbench start to editable example ${first_start_ms} ms (first) / ${new_workspace_ms} ms (new workspace) /" \
    "${second_start_ms} ms (later, median of 3)"
