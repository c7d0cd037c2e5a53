#!/bin/sh
# compare-warm.sh PEER_CLASSPATH [ROUNDS] [THIS_CLASSPATH]: warm conversion of the bundled review by this converter
# and by a peer (e.g. main's jar), alternating JVMs for ROUNDS rounds (default 5), each JVM 10 warm-up conversions
# then 20 timed ones; prints every round and the load average.
here=$(cd "$(dirname "$0")/../.." && pwd)
java=${NKG_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
peer=$1
rounds=${2:-5}
this=${3:-$here/loader/target/classes:$here/ontology/target/classes:$here/server/target/nitrate-kg.jar}
uptime
i=0
while [ $i -lt "$rounds" ]; do
  "$java" -cp "$this" "$here/loader/perf/WarmConvert.java" 10 20 this
  "$java" -cp "$peer" "$here/loader/perf/WarmConvert.java" 10 20 peer
  i=$((i + 1))
done
uptime
