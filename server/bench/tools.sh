# Sourced by the benchmark scripts beside it: their options (-r ROUNDS, -w WORK) and the tools they compare.
#   here  the repository root          jar   the nitrate-kg jar (NKG_JAR for another copy)
#   java  a JDK >= 21 (JAVA to choose)  cmds  Jena's command jar (JENA_CMDS), for tdb2.tdbloader and textindexer
# The caller sets `rounds` and `work` to its defaults before sourcing; OPTIND is left after the options.
here=$(cd "$(dirname "$0")/../.." && pwd)
while getopts r:w: opt; do
  case $opt in
    r) rounds=$OPTARG ;;
    w) work=$OPTARG ;;
    *) exit 2 ;;
  esac
done
java=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
java=${java:-java}
jar=${NKG_JAR:-$here/server/target/nitrate-kg.jar}
cmds=${JENA_CMDS:-$HOME/.m2/repository/org/apache/jena/jena-cmds/6.0.0/jena-cmds-6.0.0.jar}
