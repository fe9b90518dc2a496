#!/usr/bin/env bash
# Embedded-H2 soak (issue #25; method and results in docs/performance.md "Embedded H2 over hours").
# Not part of ./mvnw verify. Loopback only; every arm stops its app and itself at UNTIL.
#
#   src/soak/h2-soak.sh build NAME             compile this checkout, copy classes + class paths to $SOAK_HOME/build-NAME
#   src/soak/h2-soak.sh start ARM BUILD PORT [APP ARGS...]
#                                              start one arm in the background (own data dir $SOAK_HOME/ARM)
#   src/soak/h2-soak.sh summary                one line per round of every arm, plus the errors seen
#   src/soak/h2-soak.sh table                  the same as a Markdown table (for docs/performance.md)
#   src/soak/h2-soak.sh sizes                  each arm's database file every 15 minutes
#   src/soak/h2-soak.sh stop ARM               stop one arm (driver and its app)
#
# Environment: SOAK_HOME (default /work/soak), UNTIL (ISO instant, default now + 3 h),
#              IDLE (minutes between rounds, comma separated, the last repeats; default 30,45,60).
# Example (the two arms of #25):
#   src/soak/h2-soak.sh build orig
#   UNTIL=2026-12-04T21:40:00Z src/soak/h2-soak.sh start housekeeping-on  orig 18481
#   UNTIL=2026-12-04T21:40:00Z src/soak/h2-soak.sh start housekeeping-off orig 18482 --trustwork.h2.housekeeping.enabled=false
set -euo pipefail
SOAK_HOME=${SOAK_HOME:-/work/soak}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

cmd=${1:-summary}
shift || true
case "$cmd" in
  build)
    name=$1
    out="$SOAK_HOME/build-$name"
    [ -e "$out" ] && { echo "$out exists: pick another name (a running arm may use it)"; exit 1; }
    (cd "$repo" && PATH="$JAVA_HOME/bin:$PATH" ./mvnw -B -o -q -DskipTests test-compile \
      && PATH="$JAVA_HOME/bin:$PATH" ./mvnw -B -o -q dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$repo/target/soak-runtime-cp.txt" \
      && PATH="$JAVA_HOME/bin:$PATH" ./mvnw -B -o -q dependency:build-classpath -DincludeScope=test -Dmdep.outputFile="$repo/target/soak-test-cp.txt")
    # a copy laid out like a Maven project: Vaadin's development mode (the pre-compiled bundle) wants one, and
    # the running arms never see a rebuild of the checkout
    mkdir -p "$out/target" "$out/src/main"
    cp -r "$repo/target/classes" "$out/target/classes"
    cp "$repo/pom.xml" "$out/pom.xml"
    cp -r "$repo/src/main/frontend" "$out/src/main/frontend"
    cp "$repo/target/soak-runtime-cp.txt" "$out/runtime-cp.txt"
    cp "$repo/target/soak-test-cp.txt" "$out/test-cp.txt"
    cp "$here/H2Soak.java" "$out/H2Soak.java"
    (cd "$repo" && git rev-parse HEAD) > "$out/commit.txt"
    echo "built $out from $(cat "$out/commit.txt")"
    ;;
  start)
    arm=$1 build=$2 port=$3
    shift 3
    b="$SOAK_HOME/build-$build"
    dir="$SOAK_HOME/$arm"
    [ -e "$dir/driver.pid" ] && kill -0 "$(cat "$dir/driver.pid")" 2>/dev/null && { echo "$arm is running"; exit 1; }
    mkdir -p "$dir"
    until=${UNTIL:-$(date -u -d '+3 hours' +%Y-%m-%dT%H:%M:%SZ)}
    # Playwright for the driver comes from the test class path; the app gets only its own runtime class path
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 nohup "$JAVA" -cp "$(cat "$b/test-cp.txt")" "$b/H2Soak.java" \
      --dir "$dir" --port "$port" --until "$until" --idle "${IDLE:-30,45,60}" \
      --classpath "$b/target/classes:$(cat "$b/runtime-cp.txt")" --project "$b" --app-args "$*" \
      > "$dir/driver.out" 2>&1 &
    echo $! > "$dir/driver.pid"
    echo "started $arm (driver pid $!, build $build, port $port, until $until); logs in $dir"
    ;;
  summary)
    for dir in "$SOAK_HOME"/*/; do
      [ -f "$dir/rounds.log" ] || [ -f "$dir/driver.log" ] || continue
      arm=$(basename "$dir")
      state=stopped
      [ -f "$dir/driver.pid" ] && kill -0 "$(cat "$dir/driver.pid")" 2>/dev/null && state=running
      echo "== $arm ($state) db now $(stat -c %s "$dir"/data/*.mv.db 2>/dev/null || echo ?) bytes; last: $(tail -1 "$dir/driver.log" 2>/dev/null)"
      cat "$dir/rounds.log" 2>/dev/null || true
      grep -h FAIL "$dir/signins.log" 2>/dev/null | sed 's/^/   /' || true
      [ -s "$dir/errors.log" ] && { echo "   errors.log: $(grep -c '^---- round' "$dir/errors.log") ERROR blocks; first lines:"; grep -E ' ERROR |Caused by' "$dir/errors.log" | sort | uniq -c | sort -rn | head -8 | cut -c1-300 | sed 's/^/   /'; }
    done
    ;;
  table)
    # the rounds of every arm as a Markdown table (docs/performance.md "Embedded H2 over hours")
    echo "| arm | round (UTC) | idle before | sign-ins ok / failed | writes ok / failed | new ERROR entries | 23514 lines (so far) | database file |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for f in "$SOAK_HOME"/*/rounds.log; do
      awk '{ split($0, kv, " "); for (i in kv) { n = split(kv[i], p, "="); if (n == 2) v[p[1]] = p[2] }
             t = substr($1, 12, 5); ok = $0; sub(/.*signins ok=/, "", ok); split(ok, s, " "); okv = s[1];
             fl = $0; sub(/.*signins ok=[0-9]+ failed=/, "", fl); split(fl, s2, " "); flv = s2[1];
             wo = $0; sub(/.*writes ok=/, "", wo); split(wo, s3, " "); wov = s3[1];
             wf = $0; sub(/.*writes ok=[0-9]+ failed=/, "", wf); split(wf, s4, " "); wfv = s4[1];
             printf "| %s | %s %s | %s | %s / %s | %s / %s | %s | %s | %.1f MB |\n", v["arm"], v["round"], t, v["idleBefore"], okv, flv, wov, wfv, v["newErrors"], v["total23514"], v["dbBytes"] / 1e6 }' "$f"
    done
    ;;
  sizes)
    # the database file of every arm every 15 minutes since its start, in MB (from size.log, sampled each minute)
    for f in "$SOAK_HOME"/*/size.log; do
      arm=$(basename "$(dirname "$f")")
      awk -v arm="$arm" '{ cmd = "date -u -d " $1 " +%s"; cmd | getline t; close(cmd); if (NR == 1) t0 = t;
             m = int((t - t0) / 60 + 0.5); if (m % 15 == 0 && !(m in seen)) { seen[m] = 1; row = row sprintf(" %d min: %.1f |", m, $2 / 1e6) } }
           END { print "| " arm " |" row }' "$f"
    done
    ;;
  stop)
    dir="$SOAK_HOME/$1"
    # the driver's shutdown hook stops its app; the app's pid is kept in case the driver is gone already
    [ -f "$dir/driver.pid" ] && kill "$(cat "$dir/driver.pid")" 2>/dev/null || true
    sleep 5
    [ -f "$dir/app.pid" ] && kill "$(cat "$dir/app.pid")" 2>/dev/null || true
    echo "stopped $1"
    ;;
  *) sed -n 2,16p "$0"; exit 2 ;;
esac
