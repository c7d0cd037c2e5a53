#!/bin/sh
# same-output.sh PEER_CLASSPATH [THIS_CLASSPATH]: converts the bundled review, every review in
# loader/src/test/resources/gold/ and a few synthetic ones with this converter and with a peer (e.g. main's jar),
# and checks that each gives the same triples (sorted N-Triples, byte for byte). Exit 0 when all are equal.
# THIS_CLASSPATH defaults to this worktree's freshly compiled loader and ontology classes before the shaded jar.
set -e
here=$(cd "$(dirname "$0")/../.." && pwd)
java=${NKG_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
peer=$1
this=${2:-$here/loader/target/classes:$here/ontology/target/classes:$here/server/target/nitrate-kg.jar}
work=${WORK:-$(mktemp -d)}
inputs="bundled $(ls "$here"/loader/src/test/resources/gold/*/review-*.txt) $EXTRA_REVIEWS"
"$java" -cp "$peer" "$here/loader/perf/ConvertEach.java" "$work/peer" $inputs &
"$java" -cp "$this" "$here/loader/perf/ConvertEach.java" "$work/this" $inputs
wait
status=0
for f in "$work"/peer/*.nt; do
  name=$(basename "$f")
  LC_ALL=C sort "$f" > "$work/peer.sorted"
  LC_ALL=C sort "$work/this/$name" > "$work/this.sorted"
  if grep -q '^_:\|> _:' "$work/peer.sorted"; then echo "note: $name has blank nodes" >&2; fi
  if cmp -s "$work/peer.sorted" "$work/this.sorted"; then
    echo "same   $name ($(wc -l < "$work/this.sorted") triples)"
  else
    echo "DIFFER $name: $(diff "$work/peer.sorted" "$work/this.sorted" | grep -c '^[<>]') lines differ"; status=1
  fi
done
exit $status
