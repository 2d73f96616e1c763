#!/usr/bin/env bash
# Installer smoke test (Linux): builds the app-image with `mvn -Pinstaller`, runs the packaged CLI, then
# starts the packaged desktop app headless on a project with --exit-after-first-window. Fails when a
# step exits non-zero or the window never appears (the app then never exits: SMOKE_TIMEOUT, default 180 s).
# Headless display: Xvfb (xvfb-run) when installed, else JavaFX Monocle (jar from the local Maven repo);
# SMOKE_HEADLESS=monocle forces Monocle.
# AppCDS: the first start runs with -Xshare:on and must map the app's classes from lib/app/sidebench.jsa;
# then the app must still start without the archive and with a damaged one (SMOKE_CDS=0 skips this).
#   installers/smoke-test.sh              build, then test
#   SKIP_BUILD=1 installers/smoke-test.sh test an existing target/installer/Sidebench
#   MVN_ARGS=-o installers/smoke-test.sh  pass options to Maven (e.g. offline)
set -euo pipefail
cd "$(dirname "$0")/.."

timeout_s=${SMOKE_TIMEOUT:-180}
app=target/installer/Sidebench
launcher=$app/bin/Sidebench

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "smoke: building the app-image"
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_ARGS:-} package -Pinstaller -DskipTests -Dinstaller.package.skip=true
fi
if [ ! -x "$launcher" ]; then
  echo "smoke: FAILED: no app-image launcher at $launcher" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fresh, empty home: the packaged app must not depend on caches in the user's home folder.
m2_repo=${MAVEN_REPO:-$HOME/.m2/repository}
export HOME="$work/home"
mkdir -p "$HOME"

project="$work/smoke.sidebench"
sample=$(find sample-projects -maxdepth 1 -name '*.sidebench' 2>/dev/null | sort | head -n 1 || true)
if [ -n "$sample" ]; then
  cp "$sample" "$project"
  echo "smoke: using sample project $sample"
else
  "$launcher" new "$project" --title "Smoke test"
fi
echo "smoke: packaged CLI"
"$launcher" info "$project" --json >"$work/info.json"
grep -q '"schemaVersion"' "$work/info.json"

if [ "${SMOKE_HEADLESS:-auto}" != monocle ] && command -v xvfb-run >/dev/null 2>&1; then
  mode=Xvfb
else
  mode=Monocle
fi
# Starts the packaged desktop app headless ($mode) on $project with --exit-after-first-window.
run_app() {
  set +e
  if [ "$mode" = Xvfb ]; then
    timeout "$timeout_s" xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --exit-after-first-window "$project"
    rc=$?
  else
    monocle=$(find "$m2_repo" -path '*openjfx-monocle*' -name '*.jar' 2>/dev/null | sort | tail -n 1)
    if [ -z "$monocle" ]; then
      echo "smoke: FAILED: neither xvfb-run nor the Monocle jar (org.testfx:openjfx-monocle) is available" >&2
      exit 1
    fi
    # Same runtime and jars as the launcher, plus Monocle for a display-less glass platform (a different
    # class path: the AppCDS archive is not used by this run).
    timeout "$timeout_s" "$app/lib/runtime/bin/java" -cp "$app/lib/app/*:$monocle" \
      -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1920x1200-32 -Dprism.order=sw -Dprism.text=t2k \
      -Dorg.sqlite.lib.path="$app/lib/app/lib" -Dorg.sqlite.lib.name=libsqlitejdbc.so \
      io.sidebench.Launcher --exit-after-first-window "$project"
    rc=$?
  fi
  set -e
  if [ "$rc" -eq 124 ]; then
    echo "smoke: FAILED: the window never appeared within ${timeout_s} s ($mode)" >&2
    exit 1
  fi
  if [ "$rc" -ne 0 ]; then
    echo "smoke: FAILED: the app exited with code $rc ($mode)" >&2
    exit "$rc"
  fi
}

# AppCDS (issue 8): the launcher maps lib/app/sidebench.jsa made by installers/linux/cds-archive.sh.
# With -Xshare:on (via _JAVA_OPTIONS, which overrides the launcher's -Xshare:auto) the VM refuses to
# start when the archive cannot be mapped; the class-load log says which classes came from it.
# SMOKE_CDS=0 skips these checks (an image built with -Dinstaller.cds=false).
archive=$app/lib/app/sidebench.jsa
cds=${SMOKE_CDS:-1}
if [ "$cds" = 1 ] && [ ! -s "$archive" ]; then
  echo "smoke: FAILED: no AppCDS archive at $archive (built with -Dinstaller.cds=false? then SMOKE_CDS=0)" >&2
  exit 1
fi

echo "smoke: packaged desktop app, headless, --exit-after-first-window"
start=$(date +%s)
if [ "$cds" = 1 ] && [ "$mode" = Xvfb ]; then
  export _JAVA_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$work/class-load.log"
fi
run_app
unset _JAVA_OPTIONS
elapsed=$(( $(date +%s) - start ))
if [ -d "$HOME/.openjfx" ]; then
  echo "smoke: FAILED: the packaged app unpacked JavaFX natives into the home folder" >&2
  exit 1
fi

if [ "$cds" = 1 ]; then
  if [ "$mode" = Monocle ]; then
    # The Monocle run bypasses the launcher: check the archive with the packaged CLI instead.
    _JAVA_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$work/class-load.log" \
      "$launcher" info "$project" --json >/dev/null
  fi
  shared=$(grep -c 'source: shared objects file' "$work/class-load.log" || true)
  total=$(grep -c ' source: ' "$work/class-load.log" || true)
  app_shared=$(grep -E '\] io\.sidebench\.[^ ]+ source: shared objects file' "$work/class-load.log" | wc -l || true)
  echo "smoke: AppCDS: $shared of $total classes mapped from the archive ($app_shared of them io.sidebench.*)"
  if [ "$app_shared" -lt 1 ] || [ "$shared" -lt $(( total / 2 )) ]; then
    echo "smoke: FAILED: the AppCDS archive was not used for the app's classes" >&2
    exit 1
  fi
  # Fallback: without the archive, and with a damaged one, the app still starts (silently, -Xshare:auto).
  moved="$work/sidebench.jsa"
  mv "$archive" "$moved"
  trap 'mv -f "$moved" "$archive" 2>/dev/null; rm -rf "$work"' EXIT
  echo "smoke: without the AppCDS archive"
  if [ "$mode" = Xvfb ]; then
    run_app
  else
    "$launcher" info "$project" --json >/dev/null
  fi
  head -c 65536 "$moved" >"$archive"
  echo "smoke: with a truncated AppCDS archive (packaged CLI)"
  "$launcher" info "$project" --json >"$work/info2.json" 2>"$work/info2.err"
  grep -q '"schemaVersion"' "$work/info2.json"
  if [ -s "$work/info2.err" ]; then
    echo "smoke: FAILED: a damaged archive is not ignored silently:" >&2
    cat "$work/info2.err" >&2
    exit 1
  fi
  mv -f "$moved" "$archive"
  trap 'rm -rf "$work"' EXIT
fi
echo "smoke: OK: window shown and closed in ${elapsed} s ($mode)"
echo "smoke: sizes:"
du -sh "$app" | sed 's/^/  app-image /'
for f in target/installer/*.deb target/installer/*.rpm target/sidebench-portable-*.zip; do
  [ -e "$f" ] && du -h "$f" | sed 's/^/  /'
done
exit 0
