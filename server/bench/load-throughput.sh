#!/bin/sh
# Store write throughput: `nkg load` of converted reviews (N-Triples from `nkg convert`) into a new store -- TDB2,
# text index, statistics, atomic swap -- against Jena's own tools on the same files: `tdb2.tdbloader` followed by
# `jena.textindexer` (with textindexer.ttl, the same text index definition). The two alternate, ROUNDS times each
# (default 5), each into a fresh directory under WORK (default /tmp/nkg-load-throughput, deleted at the end);
# prints each run, then medians of time and peak RSS, the throughput ratio and the load average.
#
#   server/bench/load-throughput.sh [-r ROUNDS] [-w WORK] FILE.nt...
#
# Needs server/target/nitrate-kg.jar (mvn -q -DskipTests package; NKG_JAR=… for another copy) and jena-cmds in the local Maven repository
# (mvn dependency:get -Dartifact=org.apache.jena:jena-cmds:6.0.0 if it is missing). JAVA picks the JDK (>= 21).
set -e
rounds=5
work=/tmp/nkg-load-throughput
. "$(dirname "$0")/tools.sh"
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: $0 [-r ROUNDS] [-w WORK] FILE.nt..." >&2; exit 2; }
nkg_opts=${NKG_JAVA_OPTS:--Xmx640m}
mkdir -p "$work"
results=$work/results.csv
: > "$results"

ours() {
  rm -rf "$work/ours"
  /usr/bin/time -f "%e %M" -o "$work/time" "$java" $nkg_opts -jar "$jar" load --store "$work/ours" "$@" 2>"$work/ours.log" >/dev/null
  read -r secs rss < "$work/time"
  echo "nkg-load,$secs,$rss" >> "$results"
  echo "nkg load                   ${secs} s  peak RSS $((rss / 1024)) MiB"
}

jena() {
  rm -rf "$work/jena"
  mkdir -p "$work/jena"
  sed "s|STORE|$work/jena|g" "$here/server/bench/textindexer.ttl" > "$work/jena.ttl"
  /usr/bin/time -f "%e %M" -o "$work/time1" "$java" -cp "$jar:$cmds" tdb2.tdbloader --loc "$work/jena/tdb2" "$@" >"$work/jena.log" 2>&1
  /usr/bin/time -f "%e %M" -o "$work/time2" "$java" -cp "$jar:$cmds" jena.textindexer --desc="$work/jena.ttl" >>"$work/jena.log" 2>&1
  read -r s1 r1 < "$work/time1"
  read -r s2 r2 < "$work/time2"
  secs=$(echo "$s1 + $s2" | bc)
  rss=$(( r1 > r2 ? r1 : r2 ))
  echo "jena,$secs,$rss" >> "$results"
  echo "tdbloader + textindexer    ${secs} s  (${s1} + ${s2})  peak RSS $((rss / 1024)) MiB"
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
i=1
while [ "$i" -le "$rounds" ]; do
  if [ $((i % 2)) -eq 1 ]; then ours "$@"; jena "$@"; else jena "$@"; ours "$@"; fi
  i=$((i + 1))
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
triples=$(grep -o 'Loaded [0-9]*' "$work/ours.log" | grep -o '[0-9]*')
echo "triples offered: $triples"
python3 - "$results" <<'PY'
import csv, statistics, sys
rows = list(csv.reader(open(sys.argv[1])))
med = lambda who, col: statistics.median(float(r[col]) for r in rows if r[0] == who)
ours, jena = med("nkg-load", 1), med("jena", 1)
print(f"median time: nkg load {ours:.1f} s, tdbloader + textindexer {jena:.1f} s")
print(f"median peak RSS: nkg load {med('nkg-load', 2) / 1024:.0f} MiB, tdbloader/textindexer {med('jena', 2) / 1024:.0f} MiB")
print(f"throughput ratio (nkg load / Jena's tools): {jena / ours:.2f}")
PY
rm -rf "$work/ours" "$work/jena"
