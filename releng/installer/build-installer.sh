#!/usr/bin/env bash
# Builds the installers of Tweetorial Studio with the JDK's jlink and jpackage, on Linux, Windows (Git Bash) and macOS.
#
#   releng/installer/build-installer.sh [--type TYPES] [--product DIR] [--dest DIR]
#
#   TYPES  comma-separated jpackage types; default per system: Linux "deb", Windows "msi", macOS "dmg".
#          Also: app-image (tarred or zipped into DEST), exe, pkg, and rpm on Linux (needs rpmbuild: Debian's `rpm`
#          package; linux/tweetorial-studio.spec does for the .rpm what linux/postinst and prerm do for the .deb).
#   DIR    the materialized product of this system (default: the one ./mvnw package makes for it).
#   DEST   where the packages go (default releng/installer/target/packages).
#
# Needs a JDK 21 or newer with jlink and jpackage (JAVA_HOME, else the newest under /usr/lib/jvm); jpackage only
# builds packages for the system it runs on, so each system builds its own (see .github/workflows/installers.yml).
# Everything below is shared by the three systems; only the "per system" block differs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
products="$root/releng/org.tweetorial.repository/target/products/org.tweetorial.studio"

say() { printf 'build-installer: %s\n' "$*" >&2; }
die() { say "$*"; exit 2; }

case "$(uname -s)" in
    Linux) system=linux; name=tweetorial-studio; types=deb; product="$products/linux/gtk/x86_64/tweetorial-studio" ;;
    Darwin) system=macos; name="Tweetorial Studio"; types=dmg; product="$products/macosx/cocoa/aarch64/Tweetorial Studio.app/Contents/Eclipse" ;;
    MINGW* | MSYS* | CYGWIN*) system=windows; name="Tweetorial Studio"; types=msi; product="$products/win32/win32/x86_64/tweetorial-studio" ;;
    *) die "unsupported system $(uname -s)" ;;
esac
dest="$here/target/packages"
while [ $# -gt 0 ]; do
    case "$1" in
        --type) types="$2"; shift 2 ;;
        --product) product="$2"; shift 2 ;;
        --dest) dest="$2"; shift 2 ;;
        *) die "unknown option $1 (see the comment at the top of $0)" ;;
    esac
done

find_jdk() { # a JDK 21+ that has jlink and jpackage
    local candidate
    for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
        [ -n "$candidate" ] || continue
        [ -x "$candidate/bin/jpackage" ] || [ -x "$candidate/bin/jpackage.exe" ] || continue
        "$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
            | awk -F' = ' '/java.specification.version/ { exit ($2 + 0 >= 21) ? 0 : 1 }' && { printf '%s' "$candidate"; return 0; }
    done
    return 1
}
jdk="$(find_jdk)" || die "no JDK 21+ with jpackage found; set JAVA_HOME"
[ -d "$product/plugins" ] || die "no product at $product; build it first with ./mvnw package"
launcher_jar="$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n1)"
version="$(tr "\n" " " <"$root/releng/org.tweetorial.repository/tweetorial.product" \
    | sed -n 's/.*<product [^>]* version="\([0-9.]*[0-9]\)[^"]*".*/\1/p')"
[ -n "$version" ] || die "no version in tweetorial.product"

work="$here/target/work-$system"
native() { # a path as the JDK's tools on this system read it
    if [ "$system" = windows ]; then cygpath -w "$1"; else printf '%s' "$1"; fi
}
# Git Bash must not rewrite jpackage's arguments; paths are converted with native() instead.
export MSYS_NO_PATHCONV=1 MSYS2_ARG_CONV_EXCL='*'
rm -rf "$work" && mkdir -p "$work/input" "$dest"

# --- The payload: the product as Equinox needs it, under lib/eclipse (Linux), eclipse\ (Windows), Contents/eclipse
# (macOS). Only the launcher jar goes to --input: jpackage puts every jar under --input on the class path.
say "staging the product from $product"
stage="$work/eclipse"
mkdir -p "$stage/configuration"
cp -R "$product/plugins" "$product/features" "$stage/"
[ ! -d "$product/p2" ] || cp -R "$product/p2" "$stage/"
[ ! -f "$product/artifacts.xml" ] || cp "$product/artifacts.xml" "$stage/"
cp "$product/configuration/config.ini" "$stage/configuration/config.ini"
# Class files stored, not deflated: inflating them took about 0.2 s of every workbench start (docs/PERFORMANCE.md).
"$jdk/bin/java" "$(native "$here/StoreClassesUncompressed.java")" "$(native "$stage/plugins")" >&2
# The headless commands start without the workbench's bundles, as ./tweetorial runs them (same deny-list).
deny="$(grep -v '^#' "$here/workbench-only-bundles.regex" | tr -d '\n')"
mkdir -p "$stage/configuration-headless"
bundles="$(sed -n 's/^osgi\.bundles=//p' "$stage/configuration/config.ini" | tr ',' '\n' \
    | while IFS= read -r entry; do name="${entry#reference\\:file\\:}"; [[ $name =~ $deny ]] || printf '%s\n' "$entry"; done \
    | paste -sd, -)"
{ grep -v '^osgi\.bundles=' "$stage/configuration/config.ini"; printf 'osgi.bundles=%s\n' "$bundles"; } \
    >"$stage/configuration-headless/config.ini"
launcher="$work/input/$(basename "$launcher_jar")"
cp "$launcher_jar" "$launcher"
legal="$work/legal"
mkdir -p "$legal"
cp "$root/LICENSE" "$root/THIRD-PARTY.md" "$legal/"
examples="$work/examples"
cp -R "$root/examples" "$examples"

# --- The runtime: only the JDK modules the product needs (see jdk-modules.txt for why each is there).
say "linking the Java runtime with $jdk/bin/jlink"
modules="$(grep -v '^#' "$here/jdk-modules.txt" | awk '{ print $1 }' | grep . | paste -sd, -)"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress zip-6 \
    --generate-cds-archive --output "$(native "$work/runtime")"
# The second CDS archive only serves heaps over 32 GB (14 MB); libjvm.so keeps its symbols whatever jlink is told when
# it links from a JDK without jmods, and strip removes them (5 MB).
rm -f "$work"/runtime/lib/server/classes_nocoops.jsa "$work"/runtime/bin/server/classes_nocoops.jsa
if [ "$system" = linux ] && command -v strip >/dev/null 2>&1; then
    strip --strip-unneeded "$work/runtime/lib/server/libjvm.so"
fi

# --- The workbench's class-data archive (Linux). The JVM maps it on every start, the very first included: the workbench
# is started once here, from the staged payload with the linked runtime, until the first example is editable, and
# the JVM writes the classes it loaded when that start ends (docs/PERFORMANCE.md). The JVM accepts the archive only
# with the launcher jar of the same modification time, so that jar and every packaged file get SOURCE_DATE_EPOCH's
# (dpkg-deb and rpmbuild clamp to it; the app image is touched). Without a display or xvfb-run, and on the other
# systems, the archive is the user's own, written when the first session ends.
. "$here/workbench-jvm-options.sh"
train_archive() { # writes $work/cds/workbench.jsa; fails without a display
    local runner=() scratch options=()
    if [ -z "${DISPLAY:-}" ]; then
        command -v xvfb-run >/dev/null || return 1
        runner=(xvfb-run -a -s "-screen 0 1600x1000x24")
    fi
    ! command -v dbus-run-session >/dev/null || runner+=(dbus-run-session --)
    scratch="$(mktemp -d "${TMPDIR:-/tmp}/tweetorial-archive.XXXXXX")"
    mkdir -p "$work/cds"
    while IFS= read -r option; do options+=("$option"); done \
        < <(workbench_jvm_options training "$work/cds/workbench.jsa")
    env HOME="$scratch" timeout 300 "${runner[@]}" "$work/runtime/bin/java" -Xms128m -Xmx2g "${options[@]}" \
        -Duser.home="$scratch" -Dosgi.install.area="$stage" -Dosgi.configuration.area="$scratch/configuration" \
        -Dosgi.instance.area="$scratch/workspace" -Dtweetorial.examples="$examples" \
        -Dtweetorial.startupProbe="$scratch/startup-ms" -Dtweetorial.startupProbe.close=true \
        -jar "$launcher" >"$work/archive-training.log" 2>&1 || true
    [ -s "$scratch/startup-ms" ] && [ -s "$work/cds/workbench.jsa" ] || { rm -rf "$scratch"; return 1; }
    say "class-data archive: $(( $(wc -c <"$work/cds/workbench.jsa") / 1048576 )) MB," \
        "from a start of $(cat "$scratch/startup-ms") ms"
    rm -rf "$scratch"
}
shipped_archive=""
if [ "$system" = linux ]; then
    # The configuration the users' own cascade from, initialized here (the framework's resolved bundles and the
    # extension registry's cache), so that a first start reads them instead of resolving and parsing every bundle.
    say "initializing the product's configuration"
    "$work/runtime/bin/java" -Dosgi.install.area="$stage" -Dosgi.configuration.area="$stage/configuration" \
        -jar "$launcher" -initialize >"$work/initialize.log" 2>&1 \
        || die "could not initialize the configuration: $work/initialize.log"
    export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}"
    touch -d "@$SOURCE_DATE_EPOCH" "$launcher"
    say "starting the workbench once for its class-data archive"
    if train_archive; then
        shipped_archive=yes
    else
        say "no class-data archive made (no display or xvfb-run, or the start failed: $work/archive-training.log);" \
            "the archive will be each user's own"
    fi
fi

# --- Launchers. jpackage's --arguments are dropped when the user passes any, so the Eclipse arguments are system
# properties. Every per-user file lives in the user's home; nothing is written to the install folder.
gui_options=(-Xms128m -Xmx2g '-Dosgi.install.area=$APPDIR/../eclipse'
    -Dosgi.configuration.area=@user.home/.tweetorial-studio/configuration
    -Dosgi.instance.area=@user.home/TweetorialStudio/workspace '-Dtweetorial.examples=$APPDIR/../examples')
# Start-up options (workbench-jvm-options.sh). A user's own archive goes with the user's settings; the launcher
# expands ${HOME} and the workbench creates the folder (SharedArchiveFolder). Windows's launcher is not known to
# expand ${HOME}, so it gets no archive.
if [ -n "$shipped_archive" ]; then
    while IFS= read -r option; do gui_options+=("$option"); done \
        < <(workbench_jvm_options shipped '$APPDIR/../cds/workbench.jsa')
else
    archive='${HOME}/.tweetorial-studio/workbench.jsa'
    [ "$system" != windows ] || archive=""
    while IFS= read -r option; do gui_options+=("$option"); done < <(workbench_jvm_options own "$archive")
fi
cli_options="-Djava.awt.headless=true -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dosgi.install.area=\$APPDIR/../eclipse \
-Declipse.application=org.tweetorial.cli.app -Dosgi.instance.area=@none \
-Dosgi.configuration.area=@user.home/.tweetorial-studio/cli-configuration \
-Dosgi.sharedConfiguration.area=\$APPDIR/../eclipse/configuration-headless"

common=(--name "$name" --app-version "$version" --vendor "Tweetorial Studio"
    --description "Write, check and export teaching threads (tweetorials) for medical education"
    --copyright "Tweetorial Studio contributors, EPL-2.0"
    --input "$(native "$work/input")" --main-jar "$(basename "$launcher_jar")"
    --runtime-image "$(native "$work/runtime")"
    --app-content "$(native "$stage"),$(native "$legal"),$(native "$examples")${shipped_archive:+,$(native "$work/cds")}"
    --add-launcher "tweetorial=$(native "$work/cli.properties")")
for option in "${gui_options[@]}"; do common+=(--java-options "$option"); done
printf 'java-options=%s\n' "$cli_options" >"$work/cli.properties"

# --- Per system.
per_type=() deb_options=() rpm_options=()
case "$system" in
    linux)
        # jpackage writes the menu entry (from linux/tweetorial-studio.desktop) and the icon into lib/; our postinst
        # installs the entry (see linux/postinst for why jpackage's own scripts are replaced).
        printf 'linux-shortcut=false\n' >>"$work/cli.properties"
        mkdir -p "$work/resources"
        cp "$here/linux/postinst" "$here/linux/prerm" "$here/linux/tweetorial-studio.desktop" \
            "$here/linux/tweetorial-studio.spec" "$work/resources/"
        common+=(--icon "$root/bundles/org.tweetorial.product/icons/tweetorial128.png")
        per_type=(--install-dir /opt --resource-dir "$work/resources" --license-file "$root/LICENSE"
            --linux-package-name tweetorial-studio --linux-app-category text --linux-shortcut
            --linux-menu-group "Education;Office;")
        # SWT's GTK libraries are loaded at run time, so jpackage cannot find them; t64 is the newer name.
        deb_options=(--linux-deb-maintainer "tweetorial-studio@users.noreply.github.com"
            --linux-package-deps "libgtk-3-0t64 | libgtk-3-0")
        rpm_options=(--linux-rpm-license-type EPL-2.0)
        ;;
    windows)
        printf 'win-console=true\nwin-shortcut=false\nwin-menu=false\n' >>"$work/cli.properties"
        common+=(--icon "$(native "$here/windows/tweetorial-studio.ico")")
        per_type=(--win-menu --win-menu-group "Tweetorial Studio" --win-shortcut --win-dir-chooser
            --win-upgrade-uuid 6d0b7f8e-3c0a-4f59-9d0e-54a1f1f0b6a7 --license-file "$(native "$root/LICENSE")")
        ;;
    macos)
        # SWT must own the first thread on macOS.
        common+=(--java-options -XstartOnFirstThread --icon "$here/macos/tweetorial-studio.icns"
            --mac-package-identifier org.tweetorial.studio --mac-package-name "Tweetorial Studio")
        per_type=(--license-file "$root/LICENSE")
        ;;
esac

# --- Build each requested type.
IFS=, read -r -a requested <<<"$types"
for type in "${requested[@]}"; do
    say "jpackage --type $type (this takes a minute)"
    if [ "$type" = app-image ]; then
        rm -rf "$work/app-image"
        "$jdk/bin/jpackage" --type app-image --dest "$(native "$work/app-image")" "${common[@]}"
        image="$(ls -d "$work/app-image"/*)"
        [ -z "$shipped_archive" ] || touch -d "@$SOURCE_DATE_EPOCH" "$image"/lib/app/*.jar
        archive="$dest/tweetorial-studio-$version-$system-app-image"
        if [ "$system" = windows ]; then
            (cd "$work/app-image" && powershell -NoProfile -Command \
                "Compress-Archive -Force -Path '$(basename "$image")' -DestinationPath '$(cygpath -w "$archive.zip")'")
        else
            tar -C "$work/app-image" -czf "$archive.tar.gz" "$(basename "$image")"
        fi
    else
        options=("${per_type[@]}")
        [ "$type" != deb ] || options+=("${deb_options[@]}")
        [ "$type" != rpm ] || options+=("${rpm_options[@]}")
        "$jdk/bin/jpackage" --type "$type" --dest "$(native "$dest")" "${common[@]}" "${options[@]}"
    fi
done
say "done: $(cd "$dest" && ls | paste -sd' ' -) in $dest"
