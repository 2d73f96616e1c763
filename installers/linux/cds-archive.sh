#!/usr/bin/env bash
# AppCDS (Class Data Sharing) for the Linux app-image, run by `mvn -Pinstaller` after jpackage.
#
#   cds-archive.sh classlist APP_IMAGE [PROJECT]
#       Starts the packaged app once (its own launcher, so its own runtime, class path and options) on
#       PROJECT (default: the first sample-projects/*.sidebench, else a new project made with the packaged
#       CLI) with --exit-after-first-window, under Xvfb when there is no $DISPLAY, and records the classes
#       it loads in APP_IMAGE/lib/app/sidebench.classlist. Needs a display: $DISPLAY or xvfb-run.
#   cds-archive.sh dump APP_IMAGE
#       Writes the static CDS archive APP_IMAGE/lib/app/sidebench.jsa from that class list (no display
#       needed: the VM dumps and exits before the app's main method). The .deb's postinst runs the same
#       command after installation.
#
# Why the archive is made where the app lives: the JDK 17 VM accepts an archive only when the run's
# -Djava.class.path is the dump's, string for string (the launcher expands $APPDIR to an absolute path),
# and every jar has the size and modification time it had at dump time. An archive made in
# target/installer/Sidebench therefore serves that folder only; the .deb makes its own in /opt/sidebench.
# The launcher runs with -XX:SharedArchiveFile=$APPDIR/sidebench.jsa -Xshare:auto: a missing, stale or
# damaged archive is ignored silently and the app starts without it.
# _JAVA_OPTIONS is used (not JAVA_TOOL_OPTIONS) because it comes after the launcher's own options and
# so overrides its -Xshare:auto and -XX:SharedArchiveFile.
set -euo pipefail

mode=${1:-}
app=${2:-}
if [ -z "$mode" ] || [ -z "$app" ]; then
  echo "usage: $0 classlist APP_IMAGE [PROJECT] | dump APP_IMAGE" >&2
  exit 2
fi
launcher=$app/bin/Sidebench
classlist=$app/lib/app/sidebench.classlist
archive=$app/lib/app/sidebench.jsa
if [ ! -x "$launcher" ]; then
  echo "cds: no app-image launcher at $launcher" >&2
  exit 1
fi

case "$mode" in
  classlist)
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    project="$work/training.sidebench"
    if [ -n "${3:-}" ]; then
      cp "$3" "$project"
    else
      sample=$(find sample-projects -maxdepth 1 -name '*.sidebench' 2>/dev/null | sort | head -n 1 || true)
      if [ -n "$sample" ]; then
        cp "$sample" "$project"
      else
        HOME="$work" "$launcher" new "$project" --title "CDS training" >/dev/null
      fi
    fi
    if [ -n "${DISPLAY:-}" ]; then
      display=()
    elif command -v xvfb-run >/dev/null 2>&1; then
      display=(xvfb-run -a -s "-screen 0 1280x800x24")
    else
      echo "cds: FAILED: the class list is recorded by starting the app, which needs a display:" \
        "set DISPLAY or install xvfb (xvfb-run), or build without AppCDS: -Dinstaller.cds=false" >&2
      exit 1
    fi
    rm -f "$classlist" "$archive"
    echo "cds: recording the classes loaded up to the first window (${display[*]:-DISPLAY=$DISPLAY})"
    # An empty home: the build must not read or change the builder's settings or recent projects.
    HOME="$work" _JAVA_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$classlist" \
      timeout "${CDS_TIMEOUT:-300}" "${display[@]}" "$launcher" --exit-after-first-window "$project" \
      >"$work/run.log" 2>&1 || {
        echo "cds: FAILED: the app did not reach its first window; its output:" >&2
        cat "$work/run.log" >&2
        exit 1
      }
    echo "cds: $(grep -vc '^#' "$classlist") classes in $classlist"
    ;;
  dump)
    if [ ! -s "$classlist" ]; then
      echo "cds: no class list at $classlist (run: $0 classlist $app)" >&2
      exit 1
    fi
    rm -f "$archive"
    log=$(mktemp)
    trap 'rm -f "$log"' EXIT
    # -Xlog:cds=warning would list the classes CDS cannot store (e.g. Java 5 class files): not errors.
    if ! _JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$classlist -XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off" \
        "$launcher" >"$log" 2>&1 || [ ! -s "$archive" ]; then
      echo "cds: FAILED: dumping $archive; the VM said:" >&2
      cat "$log" >&2
      exit 1
    fi
    echo "cds: wrote $archive ($(du -h "$archive" | cut -f1))"
    ;;
  *)
    echo "usage: $0 classlist APP_IMAGE [PROJECT] | dump APP_IMAGE" >&2
    exit 2
    ;;
esac
