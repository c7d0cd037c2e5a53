#!/bin/sh
# Time from process start to the first answer to `ASK {}`: `bin/nkg serve` of the bundled review (no arguments),
# `bin/nkg serve --store` of the same review, and plain Fuseki 6 (`FusekiMainCmd --loc`) serving the same triples
# from TDB2 -- alternating, ROUNDS times each (default 5); then a cold `bin/nkg convert` of the bundled review.
# Prints each run, the medians, the ratios and the load average.
#
#   server/bench/first-answer.sh [-r ROUNDS] [-w WORK]
#
# Needs server/target/nitrate-kg.jar (mvn -q -DskipTests package; NKG_JAR=… for another copy) and jena-cmds in the local Maven repository.
set -e
rounds=5
work=/tmp/nkg-first-answer
. "$(dirname "$0")/tools.sh"
review=$here/loader/src/main/resources/org/nitratekg/corpus/zhang-2025-echem-no3rr-review.txt
port=${PORT:-3399}
rm -rf "$work"; mkdir -p "$work"
results=$work/results.csv

# the same triples for both: the bundled review converted, in a store made by nkg and in one made by tdbloader
NKG_JAVA="$java" "$here/bin/nkg" convert "$review" -o "$work/review.nt" 2>/dev/null
NKG_JAVA="$java" "$here/bin/nkg" load --store "$work/nkg-store" "$review" 2>/dev/null
"$java" -cp "$jar:$cmds" tdb2.tdbloader --loc "$work/fuseki-store" "$work/review.nt" >/dev/null 2>&1

now() { date +%s.%N; }

# first-answer NAME COMMAND...: starts the command, polls ASK {} until it answers, records the seconds, stops it
first_answer() {
  name=$1; shift
  start=$(now)
  "$@" >"$work/$name.log" 2>&1 &
  pid=$!
  while ! curl -sf -o /dev/null --max-time 2 "http://localhost:$port/nkg/sparql?query=ASK%20%7B%7D"; do
    kill -0 "$pid" 2>/dev/null || { echo "$name exited before answering:" >&2; tail -5 "$work/$name.log" >&2; exit 1; }
    sleep 0.05
  done
  secs=$(echo "$(now) - $start" | bc)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$name,$secs" >> "$results"
  printf '%-28s %.2f s\n' "$name" "$secs"
}

serve_bundled() { first_answer serve env NKG_JAVA="$java" "$here/bin/nkg" serve --port "$port"; }
serve_store() { first_answer serve-store env NKG_JAVA="$java" "$here/bin/nkg" serve --store "$work/nkg-store" --port "$port"; }
fuseki() { first_answer fuseki "$java" -cp "$jar" org.apache.jena.fuseki.main.cmds.FusekiMainCmd --port "$port" --loc "$work/fuseki-store" /nkg; }

# one start of each first: bin/nkg records its class-data archive on its first run
serve_bundled >/dev/null; serve_store >/dev/null; fuseki >/dev/null; : > "$results"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
i=1
while [ "$i" -le "$rounds" ]; do
  if [ $((i % 2)) -eq 1 ]; then serve_bundled; fuseki; serve_store; else fuseki; serve_store; serve_bundled; fi
  start=$(now)
  NKG_JAVA="$java" "$here/bin/nkg" convert "$review" -o "$work/again.nt" 2>/dev/null
  secs=$(echo "$(now) - $start" | bc)
  echo "convert,$secs" >> "$results"
  printf '%-28s %.2f s\n' "convert (cold)" "$secs"
  i=$((i + 1))
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$results" <<'PY'
import csv, statistics, sys
rows = list(csv.reader(open(sys.argv[1])))
med = {k: statistics.median(float(r[1]) for r in rows if r[0] == k) for k in {r[0] for r in rows}}
print(f"median first answer: serve {med['serve']:.2f} s, serve --store {med['serve-store']:.2f} s, Fuseki --loc {med['fuseki']:.2f} s")
print(f"ratios to Fuseki: serve {med['serve'] / med['fuseki']:.2f}, serve --store {med['serve-store'] / med['fuseki']:.2f}")
print(f"median cold convert of the bundled review: {med['convert']:.2f} s")
PY
rm -rf "$work"
