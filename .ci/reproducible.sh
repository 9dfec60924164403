#!/usr/bin/env bash
# Reproducible-build check: builds the published artifacts from clean and compares their SHA-256
# with a first build's. Every published file takes part: main, -sources, -javadoc and -tests jars,
# the CycloneDX SBOM and the POMs.
#
#   bash .ci/reproducible.sh                 # builds twice from clean and compares
#   bash .ci/reproducible.sh DIR             # compares one clean build with the files under DIR
#                                            # (for example target/central-bundle/repository,
#                                            # the release profile's bundle, copied away first)
#
# Extra arguments for Maven go in MVN_ARGS (for example MVN_ARGS=-o).
set -euo pipefail
cd "$(dirname "$0")/.."

modules=sdk-bom,sdk-core,sdk-cards,sdk-kiosk,sdk-webhooks,sdk-testing,sdk-micrometer,sdk-spring-boot-starter,sdk-spring-boot-test
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {
  # -am also builds the parent POM and the test-support module sdk-cards' tests use.
  ./mvnw -B -q ${MVN_ARGS:-} -pl "$modules" -am clean package -DskipTests -Dspotless.check.skip=true
}

# Lists "sha256  file-name" of every published file below $1, sorted by name.
checksums() {
  find "$1" -type f \( -name '*.jar' -o -name '*.pom' -o -name '*-cyclonedx.json' \) -print0 \
    | xargs -0 sha256sum | sed -E 's#  .*/#  #' | sort -k2
}

# Copies one build's published files into $1 under the names the repository gives them.
collect() {
  local into=$1 version m a
  mkdir -p "$into"
  version=$(sed -n 's#^  <version>\(.*\)</version>#\1#p' pom.xml | head -1)
  cp pom.xml "$into/wise-cards-parent-$version.pom"
  cp sdk-bom/pom.xml "$into/sdk-bom-$version.pom"
  for m in sdk-core sdk-cards sdk-kiosk sdk-webhooks sdk-testing sdk-micrometer sdk-spring-boot-starter sdk-spring-boot-test; do
    a=$m
    cp "$m"/target/"$a-$version"*.jar "$into/"
    cp "$m/pom.xml" "$into/$a-$version.pom"
    cp "$m/target/bom.json" "$into/$a-$version-cyclonedx.json"
  done
}

if [ $# -ge 1 ]; then
  reference=$1
  [ -d "$reference" ] || { echo "reproducible: no directory $reference" >&2; exit 1; }
  checksums "$reference" > "$work/first.txt"
else
  echo "== reproducible: first clean build"
  build
  collect "$work/first"
  checksums "$work/first" > "$work/first.txt"
fi

echo "== reproducible: second clean build"
build
collect "$work/second"
checksums "$work/second" > "$work/second.txt"

count=$(wc -l < "$work/second.txt")
if [ "$count" -lt 20 ]; then
  echo "reproducible: FAILED: only $count published files found" >&2
  exit 1
fi
if ! diff -u "$work/first.txt" "$work/second.txt"; then
  echo "reproducible: FAILED: the files above differ between two clean builds" >&2
  exit 1
fi
echo "reproducible: OK: $count published files byte-identical across two clean builds"
