#!/bin/sh
# Starts Tweetorial Studio from this folder (double-click in Finder). Needs Java 21 or newer.
# SWT on macOS must own the first thread, hence -XstartOnFirstThread.
here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -n "$JAVA_HOME" ] || [ ! -x /usr/libexec/java_home ] || java="$(/usr/libexec/java_home -v 21+)/bin/java"
exec "$java" -XstartOnFirstThread -Xmx2g -jar "$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)" \
    -showsplash org.tweetorial.product "$@"
