#!/usr/bin/env bash
# Retakes the screenshots in docs/screenshots/ with the real app, started the way the README starts it
# (`java -jar target/sidebench.jar demo.sidebench`, and `--lang zh-CN` for the Chinese interface), from a
# temporary folder outside the repository, on its own Xvfb display, with fresh preferences, driven like a
# user with xdotool (Ctrl+1..Ctrl+7 switch steps; a few clicks at fixed points of the 1440x900 window).
# The demo project is seeded first (40 prompts x 4 models, English, Chinese and emoji, scores, failures).
# The HTML and PDF report pictures come from `java -jar sidebench.jar export` (headless chromium, pdftoppm).
#
# Needs: apt-get install -y xvfb xdotool imagemagick chromium poppler-utils (and Java 17, Maven, a built
# ~/.m2). Usage: docs/screenshots/take.sh   (KEEP=1 keeps the temporary folder and prints its path)
# The PNGs are written into docs/screenshots/ only when every step worked; any failure stops the script
# with a message saying which step failed and a non-zero exit code. Look at every PNG afterwards.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
out="$repo/docs/screenshots"
jar="$repo/target/sidebench.jar"
W=1440
H=900

die() {
    echo "take.sh: FAILED: $*" >&2
    [ -n "${tmp:-}" ] && [ -f "$tmp/app.log" ] && { echo "--- last lines of the app's output:" >&2; tail -n 20 "$tmp/app.log" >&2; }
    exit 1
}
say() { echo "take.sh: $*"; }

for tool in java mvn Xvfb xdotool import compare convert chromium pdftoppm; do
    command -v "$tool" >/dev/null 2>&1 \
        || die "'$tool' is missing (apt-get install -y xvfb xdotool imagemagick chromium poppler-utils)"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sidebench-shots.XXXXXX")
work="$tmp/work"    # the folder the app is started from: not the repository
shots="$tmp/shots"
mkdir -p "$work" "$shots" "$tmp/home"
app_pid=""
xvfb_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    if [ -n "${KEEP:-}" ]; then echo "take.sh: kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

# --- 1. build the jar and seed the demo project -----------------------------------------------------
say "building the jar"
(cd "$repo" && mvn -B -q -o package -DskipTests) || die "mvn package failed"
[ -f "$jar" ] || die "no $jar after the build"
(cd "$repo" && mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" -Dmdep.includeScope=test) \
    || die "could not get the test class path (for seeding the demo project)"
say "seeding $work/demo.sidebench"
java -cp "$repo/target/classes:$repo/target/test-classes:$(cat "$tmp/cp.txt")" io.sidebench.gui.DemoProject \
    "$work/demo.sidebench" 40 4 || die "seeding the demo project failed"

# --- 2. a display of our own -------------------------------------------------------------------------
Xvfb -displayfd 3 -screen 0 ${W}x${H}x24 -nolisten tcp -ac 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.2; done
[ -s "$tmp/display" ] || die "Xvfb did not start: $(cat "$tmp/xvfb.log")"
export DISPLAY=":$(tr -d '[:space:]' <"$tmp/display")"
say "Xvfb on $DISPLAY"

# Fresh preferences (java.util.prefs) and home for every start, so no recent projects or keys of other runs show.
export JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$tmp/prefs -Duser.home=$tmp/home"
prefs() { # KEY=VALUE...: the saved preferences the next start reads
    local dir="$tmp/prefs/.java/.userPrefs/io/sidebench/app"   # where FileSystemPreferences keeps node io/sidebench/app
    rm -rf "$tmp/prefs"
    mkdir -p "$dir"
    {
        echo '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        echo '<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">'
        echo '<map MAP_XML_VERSION="1.0">'
        for kv in "$@"; do echo "  <entry key=\"${kv%%=*}\" value=\"${kv#*=}\"/>"; done
        echo '</map>'
    } >"$dir/prefs.xml"
}

grab() { import -window root "$1" 2>/dev/null || die "import could not read the display"; }

# True when two screenshots differ in at most 80 pixels: a blinking text caret (about 1x18 pixels) is no change.
same() {
    local diff
    diff=$(compare -metric AE "$1" "$2" null: 2>&1 || true)
    [[ "$diff" =~ ^[0-9]+$ ]] && [ "$diff" -le 80 ]
}

# Waits until the screen has not changed for $1 seconds (default 2.5), at most 90 s.
settle() {
    local quiet=${1:-2.5} start=$SECONDS still=0
    grab "$tmp/prev.png"
    while :; do
        sleep 0.5
        grab "$tmp/now.png"
        if same "$tmp/prev.png" "$tmp/now.png"; then
            still=$((still + 1))
            awk "BEGIN{exit !($still * 0.5 >= $quiet)}" && return 0
        else
            still=0
            mv "$tmp/now.png" "$tmp/prev.png"
        fi
        [ $((SECONDS - start)) -lt 90 ] || die "the screen did not settle within 90 s (${2:-})"
    done
}

# Waits until the screen differs from $tmp/before.png (taken by `before`), at most 60 s.
before() { grab "$tmp/before.png"; }
changed() {
    local start=$SECONDS
    while :; do
        grab "$tmp/now.png"
        same "$tmp/before.png" "$tmp/now.png" || return 0
        [ $((SECONDS - start)) -lt 60 ] || die "$1 changed nothing on the screen within 60 s"
        sleep 0.3
    done
}

# Waits until the box WxH+X+Y holds something drawn (not one flat colour), at most 90 s: $2 says what.
ink() {
    local start=$SECONDS
    while :; do
        grab "$tmp/now.png"
        local sd
        sd=$(convert "$tmp/now.png" -crop "$1" +repage -colorspace gray -format '%[fx:standard_deviation]' info:)
        awk "BEGIN{exit !($sd > 0.02)}" && return 0
        [ $((SECONDS - start)) -lt 90 ] || die "$2 did not appear within 90 s (box $1)"
        sleep 0.5
    done
}

shot() { settle "${2:-2.5}" "$1"; cp "$tmp/now.png" "$shots/$1.png"; say "took $1.png"; }
key() { before; xdotool key --clearmodifiers "$1"; changed "key $1"; }
# Clicks, then parks the pointer on the status bar so no hover or tooltip changes the next picture.
click() { before; xdotool mousemove "$1" "$2" click 1 mousemove $PARK; changed "clicking $3 at $1,$2"; }

start_app() { # ARGS...: started as the README says, from $work
    (cd "$work" && exec java -jar "$jar" "$@" >>"$tmp/app.log" 2>&1) &
    app_pid=$!
    say "started java -jar $jar $* (in $work)"
    local win
    win=$(timeout 120 xdotool search --sync --onlyvisible --name Sidebench | head -n 1) \
        || die "no Sidebench window within 120 s"
    xdotool windowmove "$win" 0 0 windowsize "$win" $W $H windowfocus "$win" 2>/dev/null || true
    settle 2.5 "first window"
}

quit_app() {
    xdotool key --clearmodifiers ctrl+q
    for _ in $(seq 60); do kill -0 "$app_pid" 2>/dev/null || { app_pid=""; return 0; }; sleep 0.5; done
    die "the app did not quit on Ctrl+Q within 30 s"
}

# Points in the 1440x900 window (English layout); if a screen's layout moves, update them here.
MODELS_ADD="277 146"; ADD_CANCEL="656 838"; MODEL_CARD_2="330 350"
GRID_ROW4_MODEL2="1104 220"; BLIND_TOGGLE="1358 51"; RACE_OPEN="1384 445"; RACE_BACK="276 98"
SCORE_TOGGLE="1062 51"; PRESENT="467 463"; RACE_REPLAY="373 98"; PARK="1300 892"
JUDGE_LIST="518 148"; JUDGE_ITEM_3="500 234"
GRID_HEADER_BOX="200x18+1000+95"     # the model column headers of the compare grid
LEADERBOARD_BOX="400x14+240+156"     # the first leaderboard row on the analyse step

# --- 3. the screens ----------------------------------------------------------------------------------
say "welcome (no project)"
prefs "annotator=dana"
start_app
shot welcome
quit_app

say "English, light theme"
prefs "annotator=dana"
start_app demo.sidebench
shot objectives
key ctrl+2; shot datasets
key ctrl+3; settle 2.5 "models"
click $MODELS_ADD "Add model"; shot models
click $ADD_CANCEL "Cancel (add model)"
click $MODEL_CARD_2 "the second model's card"; shot models-edit
key ctrl+4; shot run
key ctrl+5; ink "$GRID_HEADER_BOX" "the compare grid"
click $GRID_ROW4_MODEL2 "the Chinese prompt's second answer"
xdotool key 4; sleep 0.5; xdotool key 5; shot compare
click $BLIND_TOGGLE "Blind pairwise"; settle 2 "blind"
xdotool key a; shot blind
click $BLIND_TOGGLE "Blind pairwise (off)"; settle 2 "grid"
click $RACE_OPEN "Replay race"; settle 2 "race end"
# the race ran while the view appeared; Replay again and take it while the answers stream in
xdotool mousemove $RACE_REPLAY click 1 mousemove $PARK; sleep 0.9; grab "$shots/race.png"; say "took race.png (mid-race)"
settle 2 "race end"
click $RACE_BACK "Back to grid"
key ctrl+6; ink "$LEADERBOARD_BOX" "the leaderboard"; shot analyse 3
click $SCORE_TOGGLE "Score..."; settle 2 "score panel"
click $JUDGE_LIST "the judge list"; settle 1 "judge list"
click $JUDGE_ITEM_3 "deepseek-chat in the judge list"; shot analyse-score
key ctrl+7; shot report
click $PRESENT "Start presentation"
timeout 60 xdotool search --sync --onlyvisible --name '^Present' >/dev/null || die "no presentation window"
settle 2 "first slide"
key Right; key Right; shot presentation
key Right; shot presentation-speed 3
key Right; key Right; shot presentation-profiles
key Escape
settle 2 "back from the presentation"
quit_app

say "English, dark theme (saved preference)"
prefs "annotator=dana" "theme=dark"
start_app demo.sidebench
key ctrl+5; ink "$GRID_HEADER_BOX" "the compare grid"
click $GRID_ROW4_MODEL2 "the Chinese prompt's second answer"; shot compare-dark
quit_app

say "Chinese interface (--lang zh-CN)"
prefs "annotator=dana"
start_app demo.sidebench --lang zh-CN
shot objectives-zh
key ctrl+5; ink "$GRID_HEADER_BOX" "the compare grid"
click $GRID_ROW4_MODEL2 "the Chinese prompt's second answer"; shot compare-zh
key ctrl+6; ink "$LEADERBOARD_BOX" "the leaderboard"; shot analyse-zh 3
key ctrl+7; shot report-zh
quit_app

# --- 4. the reports, from the exports ----------------------------------------------------------------
say "exporting the HTML and PDF reports"
(cd "$work" && java -jar "$jar" export demo.sidebench --format=html --out=report.html) || die "HTML export failed"
(cd "$work" && java -jar "$jar" export demo.sidebench --format=pdf --out=report.pdf) || die "PDF export failed"
HOME="$tmp/home" timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$tmp/chromium" \
    --window-size=1280,1600 --screenshot="$shots/report-html.png" "file://$work/report.html" >"$tmp/chromium.log" 2>&1 \
    || die "chromium could not screenshot the HTML report: $(tail -n 5 "$tmp/chromium.log")"
[ -s "$shots/report-html.png" ] || die "chromium wrote no report-html.png"
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/report.pdf" "$shots/report-pdf" || die "pdftoppm failed"
say "took report-html.png and report-pdf.png"

cp "$shots"/*.png "$out/"
say "wrote $(ls "$shots" | wc -l) screenshots into $out:"
ls "$shots"
