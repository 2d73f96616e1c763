#!/bin/sh
# Sidebench launcher for Linux and macOS (portable zip). Without arguments it starts the desktop app;
# with a command (sidebench.sh info my.sidebench) it runs the command line.
# Uses $JAVA_HOME/bin/java when set, else java on the PATH (Java 17 or newer). Extra JVM options: SIDEBENCH_OPTS.
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
else
  java=java
fi
if ! command -v "$java" >/dev/null 2>&1; then
  echo "sidebench: Java 17 or newer is needed; install it or set JAVA_HOME" >&2
  exit 127
fi
# Native libraries are unpacked into a cache under the zip's folder, not the home folder.
cache="$here/.cache"
mkdir -p "$cache" 2>/dev/null || cache="${TMPDIR:-/tmp}/sidebench-$(id -u)"
exec "$java" -XX:MaxRAMPercentage=60 -Dfile.encoding=UTF-8 \
  -Djavafx.cachedir="$cache/openjfx" -Dorg.sqlite.tmpdir="$cache" -Dde.kherud.llama.tmpdir="$cache" \
  $SIDEBENCH_OPTS -jar "$here/sidebench.jar" "$@"
