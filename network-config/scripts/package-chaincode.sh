#!/usr/bin/env bash
# Builds both chaincode packages from the shaded jar, byte for byte reproducibly, without Docker
# or any Fabric binary, and prints their package ids (label:sha256 of the package file, exactly
# what `peer lifecycle chaincode calculatepackageid` prints):
#
#   passport-java.tar.gz   type "java": code.tar.gz holds src/chaincode.jar; the peers run it in
#                          hyperledger/fabric-javaenv (the same as `peer lifecycle chaincode package
#                          --lang java` on a folder holding only the jar)
#   passport-ccaas.tar.gz  type "ccaas": code.tar.gz holds connection.json (address
#                          ccaas-{{.peername}}:<port>, filled in by each peer's ccaas_builder) and
#                          chaincode.sha256, the jar's digest, so a new jar gives a new package id
#                          and so a new chaincode definition every organisation must approve
#
# Usage: scripts/package-chaincode.sh [--jar PATH] [--out DIR]
#   defaults: --jar XUATXU_CHAINCODE_JAR from network.env, --out channel-artifacts/chaincode
# Writes to DIR: passport.jar (copy of the jar the ccaas containers run), the two packages, and
# passport-java.id / passport-ccaas.id.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

jar="$NETWORK_DIR/$XUATXU_CHAINCODE_JAR"
out="$ARTIFACTS_DIR/chaincode"
while [ "$#" -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h | --help) sed -n '2,19p' "$0"; exit 0 ;;
    *) die "unknown argument $1" ;;
  esac
done
[ -s "$jar" ] || die "no chaincode jar at $jar: build it with ./mvnw -pl chaincode package"

cc="$XUATXU_CHAINCODE"
label="${cc}_${XUATXU_CHAINCODE_VERSION}"
ccaas_label="${cc}-ccaas_${XUATXU_CHAINCODE_VERSION}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# reproducible tar.gz of the named entries of a folder
det_tgz() {
  local dir="$1" target="$2"
  shift 2
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 --mode=u=rw,go=r \
    --format=gnu -C "$dir" -cf - "$@" | gzip -n -9 >"$target"
}

package_id() { printf '%s:%s' "$1" "$(sha256sum "$2" | cut -d' ' -f1)"; }

cp "$jar" "$out/$cc.jar"
jar_sha="$(sha256sum "$jar" | cut -d' ' -f1)"

# Java package
mkdir -p "$work/java/code/src" "$work/java/pkg"
cp "$jar" "$work/java/code/src/chaincode.jar"
det_tgz "$work/java/code" "$work/java/pkg/code.tar.gz" src/chaincode.jar
printf '{"path":"","type":"java","label":"%s"}\n' "$label" >"$work/java/pkg/metadata.json"
det_tgz "$work/java/pkg" "$out/$cc-java.tar.gz" metadata.json code.tar.gz
package_id "$label" "$out/$cc-java.tar.gz" >"$out/$cc-java.id"

# chaincode-as-a-service package
mkdir -p "$work/ccaas/code" "$work/ccaas/pkg"
cat >"$work/ccaas/code/connection.json" <<JSON
{
  "address": "ccaas-{{.peername}}:${XUATXU_CCAAS_PORT}",
  "dial_timeout": "10s",
  "tls_required": false
}
JSON
printf '%s  chaincode.jar\n' "$jar_sha" >"$work/ccaas/code/chaincode.sha256"
det_tgz "$work/ccaas/code" "$work/ccaas/pkg/code.tar.gz" connection.json chaincode.sha256
printf '{"type":"ccaas","label":"%s"}\n' "$ccaas_label" >"$work/ccaas/pkg/metadata.json"
det_tgz "$work/ccaas/pkg" "$out/$cc-ccaas.tar.gz" metadata.json code.tar.gz
package_id "$ccaas_label" "$out/$cc-ccaas.tar.gz" >"$out/$cc-ccaas.id"

echo "java  $(cat "$out/$cc-java.id")"
echo "ccaas $(cat "$out/$cc-ccaas.id")"
