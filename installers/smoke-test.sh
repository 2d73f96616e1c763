#!/usr/bin/env bash
# Installer smoke test (Linux): builds the app-image with `mvn -Pinstaller`, runs the packaged CLI, then
# starts the packaged desktop app headless on a project with --exit-after-first-window. Fails when a
# step exits non-zero or the window never appears (the app then never exits: SMOKE_TIMEOUT, default 180 s).
# Headless display: Xvfb (xvfb-run) when installed, else JavaFX Monocle (jar from the local Maven repo);
# SMOKE_HEADLESS=monocle forces Monocle.
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

echo "smoke: packaged desktop app, headless, --exit-after-first-window"
start=$(date +%s)
set +e
if [ "${SMOKE_HEADLESS:-auto}" != monocle ] && command -v xvfb-run >/dev/null 2>&1; then
  timeout "$timeout_s" xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --exit-after-first-window "$project"
  rc=$?
  mode=Xvfb
else
  monocle=$(find "$m2_repo" -path '*openjfx-monocle*' -name '*.jar' 2>/dev/null | sort | tail -n 1)
  if [ -z "$monocle" ]; then
    echo "smoke: FAILED: neither xvfb-run nor the Monocle jar (org.testfx:openjfx-monocle) is available" >&2
    exit 1
  fi
  # Same runtime and jars as the launcher, plus Monocle for a display-less glass platform.
  timeout "$timeout_s" "$app/lib/runtime/bin/java" -cp "$app/lib/app/*:$monocle" \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1920x1200-32 -Dprism.order=sw -Dprism.text=t2k \
    -Dorg.sqlite.lib.path="$app/lib/app/lib" -Dorg.sqlite.lib.name=libsqlitejdbc.so \
    io.sidebench.Launcher --exit-after-first-window "$project"
  rc=$?
  mode=Monocle
fi
set -e
elapsed=$(( $(date +%s) - start ))
if [ "$rc" -eq 124 ]; then
  echo "smoke: FAILED: the window never appeared within ${timeout_s} s ($mode)" >&2
  exit 1
fi
if [ "$rc" -ne 0 ]; then
  echo "smoke: FAILED: the app exited with code $rc ($mode)" >&2
  exit "$rc"
fi
if [ -d "$HOME/.openjfx" ]; then
  echo "smoke: FAILED: the packaged app unpacked JavaFX natives into the home folder" >&2
  exit 1
fi
echo "smoke: OK: window shown and closed in ${elapsed} s ($mode)"
echo "smoke: sizes:"
du -sh "$app" | sed 's/^/  app-image /'
for f in target/installer/*.deb target/installer/*.rpm target/sidebench-portable-*.zip; do
  [ -e "$f" ] && du -h "$f" | sed 's/^/  /'
done
exit 0
