#!/usr/bin/env bash
#
# Copyright 2026 The camel-huaweiocr maintainers
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     https://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

# Runs every command that README.md and docs/examples.md tell a user to type, as written, and checks that what the
# docs say happens does happen. .ci/run calls it after `mvn -B verify`; it can also be run on its own from any folder.
#
# Each command is first looked up in the doc that shows it (the script fails if the doc no longer has that exact line,
# so doc and script cannot drift apart), then run from a scratch copy of the repository (its files, with the jars the
# build made linked in), so the examples' data/ folders land there and a user's own data/ is never touched. Long-running programs are stopped the way a
# user stops them, with Ctrl+C (SIGINT to their process group), and must exit by themselves.
#
# Two deviations from the letter of the docs, both about the environment, not the commands:
# - the documented port 8080 is replaced by a free one (CI machines and developers' machines may be using 8080);
# - `mvn -B -q install` installs into the local Maven repository as the docs intend; to keep a shared ~/.m2 clean,
#   point MAVEN_OPTS=-Dmaven.repo.local=... at another one.
# DOCUMENTED_COMMANDS_REUSE_BUILD=1 skips the two build commands and uses what they built last time (to re-run the rest
# after fixing something).
# Not run: the commands that need something this machine does not have (an external Artemis broker, PostgreSQL,
# real Huawei Cloud credentials). The cloud mode itself is run, with the standalone emulator standing in for Huawei.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/documented-commands.XXXXXX")
started=$SECONDS
groups=()
declare -A pids

log() { printf '[documented-commands %4ss] %s\n' "$((SECONDS - started))" "$*"; }
fail() { log "FAILED: $*"; exit 1; }

cleanup() {
  local group
  for group in "${groups[@]}"; do
    kill -KILL -- "-$group" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# documented FILE LINE: the doc must show LINE, whole, on a line of its own.
documented() {
  grep -qxF -- "$2" "$repo/$1" \
    || fail "$1 no longer shows the line: $2 (when a documented command changes, change it here too, and its check)"
}

# start NAME COMMAND: runs COMMAND with bash in the scratch folder, in its own process group, output to NAME.log.
# Ctrl+C is reset to its default first: a script started in the background (or under nohup) passes SIGINT on ignored,
# and a JVM that inherits it ignored never runs its shutdown hooks, whereas a user's terminal never ignores it.
start() {
  local name=$1 command=$2
  (cd "$work" && exec setsid env --default-signal=INT bash -c "$command" >"$work/$name.log" 2>&1 </dev/null) &
  local pid=$!
  groups+=("$pid")
  pids[$name]=$pid
  log "started $name: $command"
}

pid_of() { echo "${pids[$1]}"; }

# wait_for NAME PATTERN SECONDS: waits until NAME's output has a line matching the extended regex PATTERN.
wait_for() {
  local name=$1 pattern=$2 limit=$3 deadline=$((SECONDS + $3))
  until grep -qE -- "$pattern" "$work/$name.log"; do
    if ! kill -0 "$(pid_of "$name")" 2>/dev/null; then
      tail -n 60 "$work/$name.log"
      fail "$name ended before printing /$pattern/"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 60 "$work/$name.log"
      fail "$name did not print /$pattern/ within ${limit}s"
    fi
    sleep 1
  done
}

# expect_log NAME FIXED-STRING...: NAME's output has each of these lines (or parts of lines).
expect_log() {
  local name=$1 text
  shift
  for text in "$@"; do
    grep -qF -- "$text" "$work/$name.log" || { tail -n 60 "$work/$name.log"; fail "$name did not print: $text"; }
  done
}

# clean_start NAME: none of the warnings a user would worry about.
clean_start() {
  local found
  found=$(grep -E 'commons-logging|stack guard|execstack| ERROR |Exception' "$work/$1.log" || true)
  [ -z "$found" ] || { echo "$found"; fail "$1 did not start cleanly"; }
}

# stop NAME: Ctrl+C, then the program must end within 60 s.
stop() {
  local name=$1 pid
  pid=$(pid_of "$name")
  kill -INT -- "-$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 60))
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 30 "$work/$name.log"
      # What each JVM of the group was doing, for whoever reads the failure (whether the shutdown hooks ever ran).
      local java
      for java in $(pgrep -g "$pid" java 2>/dev/null); do
        grep -E '^Sig(Ign|Cgt):' "/proc/$java/status" 2>/dev/null || true
        jcmd "$java" Thread.print 2>/dev/null || true
      done
      fail "$name did not stop within 60 s of Ctrl+C"
    fi
    sleep 1
  done
  wait "$pid" 2>/dev/null || true
  # Nothing of its process group may be left running (mvn spring-boot:run forks the application's JVM).
  if pgrep -g "$pid" >/dev/null 2>&1; then
    fail "$name left processes running after Ctrl+C"
  fi
  log "stopped $name"
}

# The scratch folder: the repository's files (tracked and new, not ignored ones), with the jars the build makes linked
# in once they exist.
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work")
jars="examples/file-to-jms/target/file-to-jms.jar examples/obs-to-database/target/obs-to-database.jar
  examples/http-gateway/target/http-gateway.jar camel-huaweiocr-emulator/target/camel-huaweiocr-emulator.jar"

# ---- Building: README.md and docs/examples.md ----------------------------------------------------------------------
documented README.md 'mvn -B -q install -DskipTests && java -jar examples/file-to-jms/target/file-to-jms.jar'
documented docs/examples.md 'mvn -B -q install -DskipTests'
documented README.md 'mvn -B -q -pl camel-huaweiocr-emulator -am package -DskipTests'
if [ "${DOCUMENTED_COMMANDS_REUSE_BUILD:-}" != 1 ]; then
  log "mvn -B -q install -DskipTests"
  (cd "$repo" && mvn -B -q install -DskipTests) || fail "mvn -B -q install -DskipTests"
  log "mvn -B -q -pl camel-huaweiocr-emulator -am package -DskipTests"
  (cd "$repo" && mvn -B -q -pl camel-huaweiocr-emulator -am package -DskipTests) || fail "the emulator's package command"
fi
for jar in $jars; do
  [ -f "$repo/$jar" ] || fail "the build made no $jar"
  mkdir -p "$work/$(dirname "$jar")"
  ln -s "$repo/$jar" "$work/$jar"
done

# ---- The emulator on its own: README.md ----------------------------------------------------------------------------
documented README.md 'java -jar camel-huaweiocr-emulator/target/camel-huaweiocr-emulator.jar --port 8080'
emulator_port=$(free_port)
project=0123456789abcdef0123456789abcdef
start emulator "java -jar camel-huaweiocr-emulator/target/camel-huaweiocr-emulator.jar --port $emulator_port --project-id $project"
wait_for emulator "^Huawei OCR emulator listening on http://127.0.0.1:$emulator_port\$" 180
clean_start emulator
# The documented default IAM user gets a token.
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  --data '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"emulator-user","password":"Emulator-Password-1","domain":{"name":"emulator-account"}}}},"scope":{"project":{"name":"cn-north-4"}}}}' \
  "http://127.0.0.1:$emulator_port/v3/auth/tokens")
[ "$status" = 201 ] || fail "the emulator refused the documented IAM user ($status)"
log "emulator: listening line and the documented IAM credentials check out"

# ---- file-to-jms: README.md and docs/examples.md -------------------------------------------------------------------
documented docs/examples.md 'java -jar examples/file-to-jms/target/file-to-jms.jar'
start file-to-jms 'java -jar examples/file-to-jms/target/file-to-jms.jar'
for sample in receipt.png chinese-text.png english-text.png english-page.png; do
  wait_for file-to-jms "Sent the result for $sample to queue ocr.results" 300
done
expect_log file-to-jms 'Huawei OCR emulator (rapidocr engine) listening on http://127.0.0.1:' \
  'Recognised receipt.png (request ' '    便利店购物小票STORERECEIPT' '    合计 Total 23.80' '    谢谢惠顾 Thank you'
clean_start file-to-jms
[ -f "$work/data/file-to-jms/inbox/.done/receipt.png" ] || fail "receipt.png was not moved to data/file-to-jms/inbox/.done"
stop file-to-jms

# README.md, "On real Huawei Cloud": the same command with the four variables set. Huawei Cloud itself cannot be
# reached from here, so the standalone emulator stands in for it (its address given as the component's endpoint).
documented README.md 'export HUAWEICLOUD_SDK_AK=... HUAWEICLOUD_SDK_SK=... HUAWEICLOUD_SDK_PROJECT_ID=... HUAWEICLOUD_SDK_REGION=cn-north-4'
documented README.md 'java -jar examples/file-to-jms/target/file-to-jms.jar'
rm -rf "$work/data/file-to-jms"
start file-to-jms-cloud "export HUAWEICLOUD_SDK_AK=EMULATORACCESSKEY0001 HUAWEICLOUD_SDK_SK=EmulatorSecretKey0000000000000000000000001 HUAWEICLOUD_SDK_PROJECT_ID=$project HUAWEICLOUD_SDK_REGION=cn-north-4 CAMEL_COMPONENT_HUAWEIOCR_ENDPOINT=http://127.0.0.1:$emulator_port
java -jar examples/file-to-jms/target/file-to-jms.jar"
wait_for file-to-jms-cloud 'Sent the result for receipt.png to queue ocr.results' 300
expect_log file-to-jms-cloud 'The following 1 profile is active: "cloud"' '    合计 Total 23.80'
if grep -qF 'Huawei OCR emulator (' "$work/file-to-jms-cloud.log"; then
  fail "file-to-jms started its own emulator although the cloud variables were set"
fi
clean_start file-to-jms-cloud
stop file-to-jms-cloud
stop emulator

documented docs/examples.md 'cd examples/file-to-jms && mvn spring-boot:run'
start file-to-jms-mvn 'cd examples/file-to-jms && mvn spring-boot:run'
wait_for file-to-jms-mvn 'Sent the result for receipt.png to queue ocr.results' 420
expect_log file-to-jms-mvn '    合计 Total 23.80'
[ -f "$work/examples/file-to-jms/data/file-to-jms/inbox/.done/receipt.png" ] \
  || fail "mvn spring-boot:run did not keep its data under examples/file-to-jms/data"
stop file-to-jms-mvn

# ---- obs-to-database: docs/examples.md -----------------------------------------------------------------------------
documented docs/examples.md 'java -jar examples/obs-to-database/target/obs-to-database.jar'
start obs-to-database 'java -jar examples/obs-to-database/target/obs-to-database.jar'
wait_for obs-to-database 'Storing invoice .* of .*, total [0-9]' 300
for sample in vat-invoice-consulting.png vat-invoice-office-supplies.png; do
  wait_for obs-to-database "Recognising invoice invoices/incoming/$sample" 120
done
until [ "$(grep -cE 'Storing invoice .* of .*, total [0-9]' "$work/obs-to-database.log")" -ge 2 ]; do
  kill -0 "$(pid_of obs-to-database)" 2>/dev/null || fail "obs-to-database ended before storing both invoices"
  sleep 1
done
clean_start obs-to-database
stop obs-to-database

documented docs/examples.md 'cd examples/obs-to-database && mvn spring-boot:run'
start obs-to-database-mvn 'cd examples/obs-to-database && mvn spring-boot:run'
wait_for obs-to-database-mvn 'Storing invoice .* of .*, total [0-9]' 420
stop obs-to-database-mvn

# ---- http-gateway: docs/examples.md --------------------------------------------------------------------------------
documented docs/examples.md 'java -jar examples/http-gateway/target/http-gateway.jar'
documented README.md 'java -jar examples/http-gateway/target/http-gateway.jar'
gateway_port=$(free_port)
start http-gateway "export GATEWAY_PORT=$gateway_port
java -jar examples/http-gateway/target/http-gateway.jar"
wait_for http-gateway "HTTP gateway ready: open http://127.0.0.1:$gateway_port/" 300
expect_log http-gateway 'listens on 127.0.0.1 only' '--gateway.host=0.0.0.0'
page=$(curl -s "http://localhost:$gateway_port/")
grep -qF '<canvas id="canvas"' <<<"$page" || fail "GET / did not answer the upload page"

receipt='curl -s --data-binary @camel-huaweiocr-emulator/src/test/resources/samples/receipt.png http://localhost:8080/ocr/generalText'
documented docs/examples.md "$receipt"
answer=$(cd "$work" && eval "${receipt//8080/$gateway_port}")
grep -qF '"operation":"generalText"' <<<"$answer" || fail "the receipt curl answered: $answer"
grep -qF '"words":"合计 Total 23.80"' <<<"$answer" || fail "the receipt curl did not read the total: $answer"

invoice='curl -s -F file=@examples/obs-to-database/src/main/resources/samples/vat-invoice-consulting.png http://localhost:8080/ocr/vat-invoice'
documented docs/examples.md "$invoice"
answer=$(cd "$work" && eval "${invoice//8080/$gateway_port}")
grep -qF '"operation":"vatInvoice"' <<<"$answer" || fail "the invoice curl answered: $answer"
grep -qF '"total"' <<<"$answer" || fail "the invoice curl has no total: $answer"
clean_start http-gateway
stop http-gateway

documented docs/examples.md 'cd examples/http-gateway && mvn spring-boot:run'
start http-gateway-mvn "export GATEWAY_PORT=$gateway_port
cd examples/http-gateway && mvn spring-boot:run"
wait_for http-gateway-mvn "HTTP gateway ready: open http://127.0.0.1:$gateway_port/" 420
answer=$(cd "$work" && eval "${receipt//8080/$gateway_port}")
grep -qF '"words":"合计 Total 23.80"' <<<"$answer" || fail "the receipt curl (mvn spring-boot:run) answered: $answer"
stop http-gateway-mvn

log "every documented command ran as the docs say, in $((SECONDS - started)) s"
