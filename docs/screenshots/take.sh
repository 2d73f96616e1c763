#!/usr/bin/env bash
# Seeds a demo project and saves screenshots of the workbench's screens into docs/screenshots/.
# Needs xvfb and imagemagick (apt-get install -y xvfb imagemagick). Usage: docs/screenshots/take.sh [PROJECT]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/screenshot-cp.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/screenshot-cp.txt)"
project="${1:-}"
if [ -z "$project" ]; then
  project=target/screenshots-demo.sidebench
  java -cp "$cp" io.sidebench.gui.DemoProject "$project" 40 4
fi
xvfb-run -a -s '-screen 0 1440x900x24' \
  java -Dprism.order=sw -Dfile.encoding=UTF-8 -cp "$cp" 'io.sidebench.gui.ScreenshotTour$Main' "$project" "$out"
ls -l "$out"/*.png
