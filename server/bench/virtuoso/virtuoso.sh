#!/bin/bash
# The Virtuoso 7 peer of the query benchmark (Debian: apt-get install virtuoso-opensource), with its own database and
# virtuoso.ini in DIR and loopback ports only; the system instance, if any, is never touched.
#
#   virtuoso.sh load  DIR ONTOLOGY.nt DATA.nt…   create DIR, start Virtuoso, bulk-load the data into the graph
#                                                 $DATA_GRAPH and the ontology into its own named graph (the same
#                                                 quads `nkg load` stores), build the free-text index, leave it running
#   virtuoso.sh start DIR                        start the database made by `load`
#   virtuoso.sh stop  DIR                        checkpoint and stop it
#   virtuoso.sh sql   DIR 'STATEMENT;'           run SQL (isql) against it
#
# Ports: VIRTUOSO_SQL_PORT (default 21111) and VIRTUOSO_HTTP_PORT (default 28890); SPARQL at
# http://127.0.0.1:$VIRTUOSO_HTTP_PORT/sparql. Queries must name the data graph (default-graph-uri=$DATA_GRAPH), as
# Virtuoso's default graph is otherwise the union of all graphs, ontology included.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
SQL_PORT=${VIRTUOSO_SQL_PORT:-21111}
HTTP_PORT=${VIRTUOSO_HTTP_PORT:-28890}
DATA_GRAPH=${DATA_GRAPH:-urn:nitrate-kg:data}
ONTOLOGY_GRAPH=https://w3id.org/nitrate-kg/ontology
# The predicates whose literals our text index holds (server/.../store/NkgTextIndex.INDEXED_PREDICATES).
TEXT_PREDICATES=(https://w3id.org/nitrate-kg/ontology#text http://www.w3.org/2000/01/rdf-schema#label
  http://www.w3.org/2004/02/skos/core#prefLabel http://www.w3.org/2004/02/skos/core#altLabel
  https://w3id.org/nitrate-kg/ontology#printedName http://purl.org/dc/terms/title)

sql() { isql-vt "127.0.0.1:$SQL_PORT" dba dba "exec=$1" | grep -v -E '^(Connected to|Driver:|OpenLink|Type HELP|$)' || true; }

start() {
  local dir=$1
  (cd "$dir" && virtuoso-t +configfile "$dir/virtuoso.ini" +wait)
  for _ in $(seq 1 120); do
    isql-vt "127.0.0.1:$SQL_PORT" dba dba "exec=status();" > /dev/null 2>&1 && return 0
    sleep 1
  done
  echo "virtuoso.sh: Virtuoso did not answer on port $SQL_PORT; see $dir/virtuoso.log" >&2
  exit 1
}

stop() {
  local dir=$1
  sql "checkpoint; shutdown;" > /dev/null 2>&1 || true
  for _ in $(seq 1 60); do [ -e "$dir/virtuoso.lck" ] || return 0; sleep 1; done
  echo "virtuoso.sh: still running after shutdown; lock file $dir/virtuoso.lck" >&2
  exit 1
}

load() {
  local dir=$1 ontology=$2; shift 2
  [ ! -e "$dir/virtuoso.db" ] || { echo "virtuoso.sh: $dir already holds a database" >&2; exit 2; }
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  local dirs files=("$(readlink -f "$ontology")")
  for f in "$@"; do files+=("$(readlink -f "$f")"); done
  dirs=$(for f in "${files[@]}"; do dirname "$f"; done | sort -u | paste -sd, -)
  sed -e "s|@DIR@|$dir|g" -e "s|@SQL_PORT@|$SQL_PORT|g" -e "s|@HTTP_PORT@|$HTTP_PORT|g" -e "s|@DATA_DIRS@|$dirs|g" \
    "$here/virtuoso.ini.template" > "$dir/virtuoso.ini"
  start "$dir"
  # Free-text rules before the load, so that the loader queues exactly these predicates' literals for the index
  # (a new database comes with a rule indexing every literal: dropped, to index what our text index holds).
  sql "DB.DBA.RDF_OBJ_FT_RULE_DEL(null, null, 'ALL');"
  for p in "${TEXT_PREDICATES[@]}"; do sql "DB.DBA.RDF_OBJ_FT_RULE_ADD(null, '$p', 'nkg');"; done
  sql "ld_dir('$(dirname "${files[0]}")', '$(basename "${files[0]}")', '$ONTOLOGY_GRAPH');"
  for f in "${files[@]:1}"; do sql "ld_dir('$(dirname "$f")', '$(basename "$f")', '$DATA_GRAPH');"; done
  local start_s=$SECONDS
  sql "rdf_loader_run(); checkpoint;"
  sql "DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ(); checkpoint;"
  echo "loaded in $((SECONDS - start_s)) s (bulk load, free-text index, checkpoints)"
  sql "SELECT ll_file, ll_state, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;"
  sql "SPARQL SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g;"
}

case "${1:-}" in
  load) shift; [ $# -ge 3 ] || { echo "usage: virtuoso.sh load DIR ONTOLOGY.nt DATA.nt…" >&2; exit 2; }; load "$@" ;;
  start) start "$(cd "$2" && pwd)" ;;
  stop) stop "$(cd "$2" && pwd)" ;;
  sql) sql "$3" ;;
  *) echo "usage: virtuoso.sh load|start|stop|sql DIR …" >&2; exit 2 ;;
esac
