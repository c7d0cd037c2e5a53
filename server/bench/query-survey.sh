#!/bin/bash
# Every named query computed afresh on our server and on Virtuoso 7 serving the same quads, one query after the
# other on both (so each pair meets the same load): the median of ROUNDS calls (default 3) in ms, the rows each
# returned (they must agree), the ratio ours / Virtuoso; then the load average. For the distribution of one query,
# PeerQueryBenchmark (JMH) is the finer tool; this survey covers all of them in minutes.
#
#   server/bench/query-survey.sh [-r ROUNDS] NKG_SPARQL_URL VIRTUOSO_SPARQL_URL [NAME…]
#
# e.g. bin/nkg serve --store S --port 3031 and server/bench/virtuoso/virtuoso.sh load DIR … on the same data, then
#   server/bench/query-survey.sh -r 3 http://127.0.0.1:3031/nkg/sparql http://127.0.0.1:28890/sparql
# Our server is sent Cache-Control: no-cache, so that it computes each answer instead of reading its result cache.
rounds=3
source "$(dirname "$0")/tools.sh"
shift $((OPTIND - 1))
nkg=$1 virtuoso=$2
shift 2
names=${*:-$(cd "$here/queries" && ls ./*.rq | sed 's|^\./||; s|\.rq$||')}
DATA_GRAPH=${DATA_GRAPH:-urn:nitrate-kg:data}

median_call() { # prints "MS ROWS" for the median time of $rounds calls of curl with the arguments given
  local times=() rows
  for _ in $(seq "$rounds"); do
    local start end
    start=$(date +%s%N)
    rows=$(curl -s -m 600 -H 'Accept: text/csv' "$@" | tail -n +2 | wc -l)
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  echo "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((rounds + 1) / 2))p") $rows"
}

uptime
printf '%-40s %10s %8s %10s %8s %7s\n' query nkg_ms rows virt_ms rows ratio
for q in $names; do
  file=$here/queries/$q.rq
  read -r ours our_rows < <(median_call -H 'Cache-Control: no-cache' --data-urlencode "query@$file" "$nkg")
  read -r theirs their_rows < <(median_call --data-urlencode "query@$file" --data-urlencode "default-graph-uri=$DATA_GRAPH" "$virtuoso")
  printf '%-40s %10s %8s %10s %8s %7s\n' "$q" "$ours" "$our_rows" "$theirs" "$their_rows" \
    "$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 1) }')"
done
uptime
