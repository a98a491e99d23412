#!/usr/bin/env bash
# The standalone cluster check: a Spark standalone master and two workers on loopback, run from the Spark jars the build
# resolves (jobs/target/spark-home/jars); the review run submitted to them with spark-submit (client mode, the cluster
# jar); the same run with local[*] (the ordinary jar); then the published results of the two compared row for row.
# Exits 0 only when both runs published, the executors on both workers ran tasks, and every table is identical.
#
#   jobs/cluster/standalone-check.sh                       # the national run on three small generated LAs
#   jobs/cluster/standalone-check.sh run jobs/demo-data/trafford-review.json
#
# Needs the jars: mvn -o -q -DskipTests package -pl jobs -am. Nothing is downloaded. Settings (environment):
#   CHECK_WORK             folder for logs, worker folders and the database (default: a new temporary folder, removed
#                          after a check that passes)
#   CHECK_MASTER_PORT      the master's port (17077)        CHECK_DB_PORT   the check's PostgreSQL (55200)
#   CHECK_EXECUTOR_MEMORY  each worker's memory and its executor's (1g)
#   CHECK_LAS              the LAs generated for the default national run (E06000001,E06000002,E06000017)
#   SPARK_HOME, CLUSTER_JAR, LOCAL_JAR   default jobs/target/spark-home and the two jars beside it
set -euo pipefail
# The whole script is one block, read before it runs: editing the file during a check does not disturb it.
{

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TARGET=$ROOT/jobs/target
export SPARK_HOME=${SPARK_HOME:-$TARGET/spark-home}
CLUSTER_JAR=${CLUSTER_JAR:-$TARGET/provision-lens-jobs-cluster.jar}
LOCAL_JAR=${LOCAL_JAR:-$TARGET/provision-lens-jobs.jar}
MASTER_PORT=${CHECK_MASTER_PORT:-17077}
DB_PORT=${CHECK_DB_PORT:-55200}
EXECUTOR_MEMORY=${CHECK_EXECUTOR_MEMORY:-1g}
LAS=${CHECK_LAS:-E06000001,E06000002,E06000017}
MASTER=spark://127.0.0.1:$MASTER_PORT
# Spark binds and advertises loopback only: the driver, the master, the workers and their executors.
export SPARK_LOCAL_IP=127.0.0.1
# What Spark's bin/load-spark-env.sh sets before a worker starts: its launcher needs it to build an executor's command.
export SPARK_SCALA_VERSION=2.13

STARTED=$(date +%s.%N)
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
say() { printf '[%6s s] %s\n' "$(since "$STARTED")" "$*"; }
fail() { say "FAILED: $*"; exit 1; }

for needed in "$SPARK_HOME/jars/spark-core_2.13-"*.jar "$CLUSTER_JAR" "$LOCAL_JAR"; do
  [ -f "$needed" ] || { echo "Missing $needed: build first (mvn -o -q -DskipTests package -pl jobs -am)" >&2; exit 2; }
done
# Spark's module openings for Java 17, one list for the whole project (the root pom's spark.jvm.opens).
OPENS=$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' "$ROOT/pom.xml")
[ -n "$OPENS" ] || { echo "No spark.jvm.opens in $ROOT/pom.xml" >&2; exit 2; }
read -r -a OPENS_ARGS <<< "$OPENS"

if [ -n "${CHECK_WORK:-}" ]; then
  WORK=$CHECK_WORK; KEEP=1
else
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/standalone-check.XXXXXX"); KEEP=0
fi
mkdir -p "$WORK/logs"
WORK=$(cd "$WORK" && pwd)
LOGS=$WORK/logs

PIDS=()
stop_all() {
  local code=$?
  # workers first (each stops its executors), then the master, then the database
  for (( i=${#PIDS[@]}-1; i>=0; i-- )); do
    local pid=${PIDS[$i]}
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  if [ "$code" = 0 ] && [ "$KEEP" = 0 ]; then rm -rf "$WORK"; else echo "Logs and worker folders: $WORK"; fi
  exit "$code"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...: polls COMMAND every half second
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 $((seconds * 2))); do "$@" && return 0; sleep 0.5; done
  fail "$what did not happen within $seconds s"
}

# --- what to run -----------------------------------------------------------------------------------------------------
if [ $# -ge 2 ]; then
  COMMAND=$1; MANIFEST=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
elif [ $# -eq 0 ]; then
  COMMAND=national
  if ! java -jar "$LOCAL_JAR" national --help >/dev/null 2>&1; then
    fail "this build has no 'national' command; give a command and a manifest, e.g. run jobs/demo-data/trafford-review.json"
  fi
  say "Generating $LAS (seed 42, 1% broken rows)"
  (cd "$ROOT" && java -jar "$LOCAL_JAR" generate --la="$LAS" --seed=42 --broken-share=0.01 --out="$WORK/generated") \
    > "$LOGS/generate.log" 2>&1 || { tail -20 "$LOGS/generate.log"; fail "generate"; }
  MANIFEST=$WORK/generated/national-manifest.json
  [ -f "$MANIFEST" ] || fail "generate wrote no $MANIFEST"
else
  echo "usage: $0 [COMMAND MANIFEST]" >&2; exit 2
fi
say "Checking: $COMMAND $MANIFEST"

# --- the database: one embedded PostgreSQL, one database per run -----------------------------------------------------
java -cp "$LOCAL_JAR" org.provisionlens.jobs.cluster.CheckDatabase "$WORK/pg" "$DB_PORT" cluster_run local_run \
  > "$LOGS/database.log" 2>&1 &
PIDS+=($!)
wait_for 120 "PostgreSQL on port $DB_PORT" grep -q "ready .*/local_run" "$LOGS/database.log"
CLUSTER_DB=jdbc:postgresql://localhost:$DB_PORT/cluster_run
LOCAL_DB=jdbc:postgresql://localhost:$DB_PORT/local_run
say "PostgreSQL on port $DB_PORT: databases cluster_run and local_run"

# --- the cluster: a master and two workers of 1 core each --------------------------------------------------------------
SPARK_CP="$SPARK_HOME/jars/*"
java -Xmx256m "${OPENS_ARGS[@]}" -cp "$SPARK_CP" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$MASTER_PORT" --webui-port 0 > "$LOGS/master.log" 2>&1 &
PIDS+=($!)
wait_for 60 "the master starting on $MASTER" grep -q "I have been elected leader" "$LOGS/master.log"
say "Master $MASTER (Spark $(ls "$SPARK_HOME"/jars/spark-core_2.13-*.jar | sed 's/.*-\([0-9.]*\)\.jar/\1/'), $(ls "$SPARK_HOME"/jars | wc -l) jars in $SPARK_HOME/jars)"
for n in 1 2; do
  mkdir -p "$WORK/worker-$n"
  java -Xmx256m "${OPENS_ARGS[@]}" -cp "$SPARK_CP" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 1 --memory "$EXECUTOR_MEMORY" --work-dir "$WORK/worker-$n" --webui-port 0 "$MASTER" \
    > "$LOGS/worker-$n.log" 2>&1 &
  PIDS+=($!)
done
# a worker that registers again (its first answer late, on a busy machine) is still one worker
workers() { grep -o "Registering worker [^ ]* with [0-9]* cores, [^ ]* [A-Za-z]* RAM" "$LOGS/master.log" \
  | sed 's/Registering worker //' | sort -u; }
registered() { [ "$(workers | wc -l)" -ge 2 ]; }
wait_for 90 "two workers registering" registered
say "Workers registered: $(workers | wc -l) ($(workers | paste -sd ';' | sed 's/;/; /g'))"

# --- the two runs ----------------------------------------------------------------------------------------------------
timed() { # timed NAME COMMAND...: runs COMMAND, logs its output, prints wall time; returns its exit code
  local name=$1; shift
  local t0 code=0
  t0=$(date +%s.%N)
  "$@" > "$LOGS/$name.out" 2> "$LOGS/$name.err" || code=$?
  echo "$name $(since "$t0")" >> "$LOGS/times"
  return $code
}
published() { [ "$1" = 0 ] || [ "$1" = 3 ]; } # 0 done, 3 published with quarantined rows

mkdir -p "$WORK/cluster-home" "$WORK/local-home"
say "Submitting '$COMMAND' to $MASTER (client mode, $(basename "$CLUSTER_JAR"))"
CLUSTER_CODE=0
(cd "$WORK/cluster-home" && timed cluster-run \
  env PROVISION_LENS_DB_URL="$CLUSTER_DB" PROVISION_LENS_DB_USER=postgres java "${OPENS_ARGS[@]}" -Djava.awt.headless=true -cp "$SPARK_CP" org.apache.spark.deploy.SparkSubmit \
    --master "$MASTER" --deploy-mode client \
    --class org.provisionlens.jobs.ProvisionLensJobs \
    --conf spark.executor.memory="$EXECUTOR_MEMORY" \
    --conf "spark.executor.extraJavaOptions=$OPENS -Djava.awt.headless=true" \
    --conf spark.scheduler.minRegisteredResourcesRatio=1.0 \
    --conf spark.scheduler.maxRegisteredResourcesWaitingTime=60s \
    --conf spark.sql.shuffle.partitions=4 \
    --conf spark.local.dir="$WORK/cluster-home/spark" \
    "$CLUSTER_JAR" "$COMMAND" "$MANIFEST") || CLUSTER_CODE=$?
tail -1 "$LOGS/cluster-run.out" | sed 's/^/           /'
published "$CLUSTER_CODE" || { tail -30 "$LOGS/cluster-run.err"; fail "the cluster run exited $CLUSTER_CODE"; }
say "Cluster run: exit $CLUSTER_CODE, $(grep cluster-run "$LOGS/times" | cut -d' ' -f2) s wall"

APP=$(grep -o "Registered app .* with ID app-[0-9-]*" "$LOGS/master.log" | tail -1 | sed 's/.* with ID //')
[ -n "$APP" ] || fail "the master registered no application"
say "Executors of $APP:"
TOTAL_WORKERS_WITH_TASKS=0
for n in 1 2; do
  tasks=0
  for log in "$WORK/worker-$n/$APP"/*/stderr; do
    [ -f "$log" ] || continue
    t=$(grep -c "Finished task" "$log" || true)
    tasks=$((tasks + t))
    echo "           worker-$n executor $(basename "$(dirname "$log")"): $t tasks finished"
  done
  [ "$tasks" -gt 0 ] && TOTAL_WORKERS_WITH_TASKS=$((TOTAL_WORKERS_WITH_TASKS + 1))
done
[ "$TOTAL_WORKERS_WITH_TASKS" = 2 ] || fail "the executors of only $TOTAL_WORKERS_WITH_TASKS of the 2 workers ran tasks"

say "Running '$COMMAND' with local[*] ($(basename "$LOCAL_JAR"))"
LOCAL_CODE=0
(cd "$WORK/local-home" && timed local-run \
  env PROVISION_LENS_DB_URL="$LOCAL_DB" PROVISION_LENS_DB_USER=postgres java -Djava.awt.headless=true -jar "$LOCAL_JAR" "$COMMAND" "$MANIFEST") || LOCAL_CODE=$?
tail -1 "$LOGS/local-run.out" | sed 's/^/           /'
published "$LOCAL_CODE" || { tail -30 "$LOGS/local-run.err"; fail "the local run exited $LOCAL_CODE"; }
say "Local run: exit $LOCAL_CODE, $(grep local-run "$LOGS/times" | cut -d' ' -f2) s wall"
[ "$CLUSTER_CODE" = "$LOCAL_CODE" ] || fail "the runs exited differently: cluster $CLUSTER_CODE, local $LOCAL_CODE"

# --- the comparison --------------------------------------------------------------------------------------------------
say "Comparing what the two runs published"
COMPARED=0
java -cp "$LOCAL_JAR" org.provisionlens.jobs.cluster.CompareRuns cluster="$CLUSTER_DB" local="$LOCAL_DB" || COMPARED=$?
[ "$COMPARED" = 0 ] || fail "the cluster run and the local run published different results"
say "Standalone check passed: 2 workers, $APP ran on both, results identical (cluster $(grep cluster-run "$LOGS/times" | cut -d' ' -f2) s, local $(grep local-run "$LOGS/times" | cut -d' ' -f2) s)"
exit 0
}
