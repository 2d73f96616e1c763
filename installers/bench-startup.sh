#!/usr/bin/env bash
# Startup benchmark (issue 8): cold JVM to first window, with and without AppCDS (Linux).
#
#   installers/bench-startup.sh [RUNS] [PROJECT]
#
# Needs target/sidebench.jar (+ target/lib) and the app-image target/installer/Sidebench with its AppCDS
# archive (mvn -B package -Pinstaller -DskipTests -Dinstaller.package.skip=true), and Xvfb (xvfb-run)
# when there is no $DISPLAY. RUNS (default 7) runs of each variant, interleaved round by round so that
# a change of machine load hits every variant alike, after one unmeasured warm-up run of each:
#   java -jar         `java -jar target/sidebench.jar` with the JDK on the PATH (its default CDS archive
#                     for JDK classes; app classes from the jars)
#   image, no CDS     the app-image launcher with -Xshare:off: what it does when its archive is missing or
#                     stale (its trimmed runtime has no default CDS archive)
#   image, AppCDS     the app-image launcher as shipped (lib/app/sidebench.jsa)
# Each run: a new JVM, `--exit-after-first-window PROJECT` (a copy of the first sample project), a fresh
# empty HOME; the time is the process's, from exec to exit, which follows the first window's onShown at
# once. "Cold" is the JVM; the OS file cache is warm (the warm-up runs). Prints median/min/max of the wall
# time and of the CPU time (user+sys; less sensitive to other load on the machine), the median peak RSS,
# the classes mapped from the archive (in the warm-up run), and the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-7}
jar=target/sidebench.jar
app=target/installer/Sidebench
launcher=$app/bin/Sidebench
archive=$app/lib/app/sidebench.jsa
for f in "$jar" "$launcher" "$archive"; do
  if [ ! -e "$f" ]; then
    echo "bench-startup: missing $f (build: mvn -B package -Pinstaller -DskipTests -Dinstaller.package.skip=true)" >&2
    exit 1
  fi
done
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench-startup: RUNS must be a positive number, got '$runs'" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench-startup: needs /usr/bin/time (Debian package 'time')" >&2
  exit 1
fi
if [ -z "${DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "bench-startup: needs a display: set DISPLAY or install xvfb (xvfb-run)" >&2
    exit 1
  fi
  # One X server for every run, so that its start is not measured.
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source_project=${2:-$(find sample-projects -maxdepth 1 -name '*.sidebench' 2>/dev/null | sort | head -n 1)}
if [ -z "$source_project" ] || [ ! -f "$source_project" ]; then
  echo "bench-startup: no project (pass one, or have sample-projects/*.sidebench)" >&2
  exit 1
fi

names=("java -jar" "image, no CDS" "image, AppCDS")
# run_variant INDEX [_JAVA_OPTIONS]: one run; appends "wall user sys maxrss_kb" to $work/INDEX.times
run_variant() {
  local i=$1 home="$work/home" project="$work/bench.sidebench"
  rm -rf "$home" && mkdir -p "$home"
  cp "$source_project" "$project"
  local -a cmd
  case $i in
    0) cmd=(java -jar "$jar") ;;
    *) cmd=("$launcher") ;;
  esac
  local opts=${2:-}
  [ "$i" = 1 ] && opts="-Xshare:off"
  if ! HOME="$home" _JAVA_OPTIONS="$opts" /usr/bin/time -o "$work/t" -f "%e %U %S %M" \
      "${cmd[@]}" --exit-after-first-window "$project" >"$work/out.log" 2>&1; then
    echo "bench-startup: '${names[$i]}' failed:" >&2
    cat "$work/out.log" >&2
    exit 1
  fi
  tail -n 1 "$work/t" >>"$work/$i.times"
}

echo "Sidebench startup to first window (cold JVM), $runs runs per variant"
echo "project: $source_project; java -jar uses: $(java -version 2>&1 | head -n 1)"
echo "machine: $(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Warm-up, not counted; the AppCDS one logs where each class came from (a measured run does not log).
run_variant 0
run_variant 1
run_variant 2 "-Xlog:class+load=info:file=$work/class-load.log"
for i in 0 1 2; do : >"$work/$i.times"; done
for ((r = 1; r <= runs; r++)); do
  for i in 0 1 2; do run_variant "$i"; done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# stats FILE COLUMN_EXPR: "median min max" of an awk expression over the times file
stats() {
  awk "{ print $2 }" "$1" | sort -g | awk '{ v[NR] = $1 }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f %.2f %.2f", m, v[1], v[NR] }'
}
printf '\n%-15s | %-24s | %-24s | %s\n' "variant" "wall s: median (min-max)" "CPU s: median (min-max)" "peak RSS MB"
printf '%s\n' "----------------+--------------------------+--------------------------+------------"
declare -a wall_median
for i in 0 1 2; do
  read -r wm wmin wmax <<<"$(stats "$work/$i.times" '$1')"
  read -r cm cmin cmax <<<"$(stats "$work/$i.times" '$2 + $3')"
  read -r rm _ _ <<<"$(stats "$work/$i.times" '$4 / 1024')"
  wall_median[$i]=$wm
  printf -v wall_cell '%5s (%5s - %5s)' "$wm" "$wmin" "$wmax"
  printf -v cpu_cell '%5s (%5s - %5s)' "$cm" "$cmin" "$cmax"
  printf '%-15s | %-24s | %-24s | %6.0f\n' "${names[$i]}" "$wall_cell" "$cpu_cell" "$rm"
done
shared=$(grep -c 'source: shared objects file' "$work/class-load.log" || true)
total=$(grep -c ' source: ' "$work/class-load.log" || true)
echo
echo "AppCDS archive: $archive, $(du -h "$archive" | cut -f1); the warm-up run mapped $shared of $total classes from it"
awk -v a="${wall_median[0]}" -v b="${wall_median[1]}" -v c="${wall_median[2]}" 'BEGIN {
  printf "median wall, image AppCDS vs image no CDS: %.2fx; vs java -jar: %.2fx\n", c / b, c / a }'
echo "load average after: $load_after"
