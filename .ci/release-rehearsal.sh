#!/usr/bin/env bash
# Release rehearsal, run once by .ci/run (JDK 17), uploads nothing:
#   1. the release profile builds and signs every published artifact with a throwaway GPG key
#      generated here, in a temporary GNUPGHOME (never the machine's ~/.gnupg);
#   2. .ci/central_bundle.py assembles the Central Portal bundle and checks it: each required file
#      per artifact, checksums, every signature verified, the POM metadata;
#   3. .ci/reproducible.sh rebuilds the published artifacts from clean and compares them
#      byte for byte with the signed ones;
#   4. the consumer projects (consumers/) build against the installed artifacts only.
# Extra Maven arguments go in MVN_ARGS (for example MVN_ARGS=-o once the repository is warm;
# the SBOM needs online mode: cyclonedx-maven-plugin skips itself offline).
set -euo pipefail
cd "$(dirname "$0")/.."

published=sdk-bom,sdk-core,sdk-cards,sdk-kiosk,sdk-webhooks,sdk-testing,sdk-micrometer,sdk-spring-boot-starter,sdk-spring-boot-test
step_start=$SECONDS
step() {
  echo "== release rehearsal: $1 (previous step took $((SECONDS - step_start)) s)"
  step_start=$SECONDS
}

if ! command -v gpg > /dev/null; then
  step "installing gnupg from Debian's packages"
  apt-get update -qq && apt-get install -y -qq gnupg > /dev/null
fi

GNUPGHOME=$(mktemp -d)
export GNUPGHOME
work=$(mktemp -d)
cleanup() {
  gpgconf --kill all > /dev/null 2>&1 || true
  rm -rf "$GNUPGHOME" "$work"
}
trap cleanup EXIT
chmod 700 "$GNUPGHOME"

step "generating a throwaway signing key"
gpg --batch --quiet --passphrase '' \
  --quick-gen-key "Wise Cards CI throwaway key <ci-throwaway@wisecards.invalid>" ed25519 sign 1d
gpg --batch --list-keys --with-colons | grep '^fpr' | head -1

step "signed build (-Prelease) of $published"
./mvnw -B -q ${MVN_ARGS:-} -Prelease -pl "$published" -am clean verify -DskipTests -Dspotless.check.skip=true

step "assembling and checking the Central Portal bundle"
python3 .ci/central_bundle.py assemble
python3 .ci/central_bundle.py check
cp -r target/central-bundle/repository "$work/signed"

step "reproducibility: a clean rebuild against the signed artifacts"
bash .ci/reproducible.sh "$work/signed"

step "verified consumers (consumers/, maven-invoker-plugin)"
if [ -e "$HOME/.m2/repository/io/github/wisecards" ]; then
  echo "The user's local repository holds io/github/wisecards artifacts: the consumers would not" >&2
  echo "prove anything about the installed ones. Remove that folder first." >&2
  exit 1
fi
if ! ./mvnw -B ${MVN_ARGS:-} -Pconsumers -pl consumers -am verify -DskipTests -Dspotless.check.skip=true \
  -Dmaven.javadoc.skip=true -Dcyclonedx.skip=true > "$work/consumers.log" 2>&1; then
  tail -80 "$work/consumers.log"
  echo "release rehearsal: the consumers failed (logs: consumers/target/it/*/build.log)" >&2
  exit 1
fi
grep -E 'Building:|Passed:|BUILD' "$work/consumers.log"
test -z "$(ls "$HOME/.m2/repository/io/github/wisecards" 2> /dev/null)"
failed=0
for log in consumers/target/it/*/build.log; do
  project=$(basename "$(dirname "$log")")
  summary=$(grep -E '^\[INFO\] Tests run: [0-9]+, Failures' "$log" | tail -1 || true)
  echo "-- consumer $project: ${summary#\[INFO\] }"
  [ -n "$summary" ] || failed=1
  resolved="consumers/target/it/$project/target/resolved-dependencies.txt"
  if [ -f "$resolved" ]; then
    grep -E 'jackson-(core|databind|datatype-jsr310):|okhttp-jvm|okio-jvm|kotlin-stdlib:|slf4j-api|nimbus|junit-jupiter-api|tools.jackson.core:jackson-databind' "$resolved" \
      | sed -E 's/ -- module.*//; s/^ +/   /'
  else
    failed=1
  fi
  grep -E '^Require upper bound dependencies error for' "$log" | sed 's/^/   enforcer: /' || true
done
[ "$failed" -eq 0 ] || { echo "release rehearsal: a consumer did not run its tests" >&2; exit 1; }
step "done"
