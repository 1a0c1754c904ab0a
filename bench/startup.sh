#!/usr/bin/env bash
# Start-up benchmark: cold start of `appraisal --version` and `appraisal score --db demo.db --format json`
# against a plain JVM hello-world started the same way, in the same run (machines are shared and
# noisy: the ratios are what to compare). Prints the median of RUNS runs each and the ratios.
#   usage: bench/startup.sh [RUNS]     (build first: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the same JDK as ./appraisal uses: JAVA_HOME's when it is set
if [ -n "${JAVA_HOME:-}" ]; then PATH="$JAVA_HOME/bin:$PATH"; fi

cat > "$work/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
JAVA
javac -d "$work" "$work/Hello.java"

./appraisal --db "$work/demo.db" demo > /dev/null   # also writes the class-data archive beside the jar
./appraisal --db "$work/demo.db" score --format json > /dev/null

median_ms() { # command...
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'
}

hello=$(median_ms java -XX:+UseSerialGC -Xshare:auto -cp "$work" Hello)
version=$(median_ms ./appraisal --version)
score=$(median_ms ./appraisal --db "$work/demo.db" score --format json)
nocds=$(median_ms java -XX:+UseSerialGC -jar appraisal-cli/target/appraisal.jar --db "$work/demo.db" score --format json)

echo "runs each:                       $runs (median)"
echo "java Hello (plain JVM):          ${hello} ms"
ratio() { awk -v a="$1" -v b="$hello" 'BEGIN { printf "%.2f", a / b }'; }
echo "appraisal --version:             ${version} ms  ($(ratio "$version")x hello)"
echo "appraisal score --format json:   ${score} ms  ($(ratio "$score")x hello)"
echo "  same, without the CDS archive: ${nocds} ms  ($(ratio "$nocds")x hello)"
