#!/usr/bin/env bash
# Offline validation of network-config/: everything that can be checked without a Docker engine
# or a Fabric binary. Run from anywhere: network-config/validate.sh
#
#   1. bash -n on every script, and shellcheck -x when installed (apt-get install shellcheck)
#   2. every YAML file parses and the names agree across network.env, configtx.yaml, the compose
#      files, the CA configurations, scripts/lib.sh, the API settings, the chaincode source and
#      docs/fabric.md (validate/check_network.py, python3 with PyYAML: apt-get install python3-yaml)
#   3. yamllint (relaxed, no line-length rule) when installed
#   4. both chaincode packages build from chaincode/target/*-fabric.jar, reproducibly, with the
#      structure the peers expect (skipped with a warning when the jar has not been built)
#   5. scripts/install-identity.sh lays out an identity as the API reads it, from a certificate
#      made here with Fabric CA's attribute extension, and refuses one without xuatxu.org
#
# Ends with "validate: N passed, M failed"; exits non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

# ---------------------------------------------------------------- 1. scripts
scripts=(validate.sh scripts/*.sh)
for s in "${scripts[@]}"; do
  if bash -n "$s"; then pass "bash -n $s"; else fail "bash -n $s"; fi
  if [ "$s" != validate.sh ] && [ "$(head -1 "$s")" = "#!/usr/bin/env bash" ] &&
    { [ "$s" = scripts/lib.sh ] || grep -q '^set -euo pipefail$' "$s"; }; then
    pass "$s: bash shebang and set -euo pipefail"
  elif [ "$s" != validate.sh ]; then
    fail "$s: bash shebang and set -euo pipefail"
  fi
  if [ "$s" != scripts/lib.sh ] && [ ! -x "$s" ]; then fail "$s is executable"; fi
done
if command -v shellcheck >/dev/null 2>&1; then
  # from scripts/ so that the "# shellcheck source=" directives resolve
  if shellcheck validate.sh && (cd scripts && shellcheck -x ./*.sh); then
    pass "shellcheck -x (${#scripts[@]} scripts)"
  else
    fail "shellcheck -x"
  fi
else
  echo "skip shellcheck (not installed: apt-get install shellcheck)"
fi

# ---------------------------------------------------------------- 2. YAML and consistency
python=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import yaml' 2>/dev/null; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 &&
  [ -z "${XUATXU_VALIDATE_NO_INSTALL:-}" ]; then
  echo "installing python3-yaml (set XUATXU_VALIDATE_NO_INSTALL=1 to prevent)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-yaml >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-yaml >/dev/null 2>&1; } || true
  /usr/bin/python3 -c 'import yaml' 2>/dev/null && python=/usr/bin/python3
fi
if [ -z "$python" ]; then
  fail "python3 with PyYAML (apt-get install python3-yaml, or pip install pyyaml)"
else
  if "$python" validate/check_network.py >validate-report.tmp 2>&1; then status=0; else status=$?; fi
  grep -v '^ok ' validate-report.tmp || true
  n_ok="$(grep -c '^ok ' validate-report.tmp || true)"
  rm -f validate-report.tmp
  if [ "$status" = 0 ]; then pass "check_network.py: $n_ok consistency checks"; else fail "check_network.py: $status check(s) failed"; fi
fi

if command -v yamllint >/dev/null 2>&1; then
  yaml_files=(configtx.yaml docker-compose.yaml docker-compose.java-chaincode.yaml fabric-ca/*/fabric-ca-server-config.yaml)
  if yamllint -s -d '{extends: relaxed, rules: {line-length: disable}}' "${yaml_files[@]}"; then
    pass "yamllint (${#yaml_files[@]} files)"
  else
    fail "yamllint"
  fi
else
  echo "skip yamllint (not installed: apt-get install yamllint)"
fi

# ---------------------------------------------------------------- 3. chaincode packages
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar="$(sed -n 's/^XUATXU_CHAINCODE_JAR=//p' network.env)"
if [ ! -s "$jar" ]; then
  echo "skip chaincode packages: $jar not built (./mvnw -pl chaincode package)"
elif scripts/package-chaincode.sh --out "$work/a" >"$work/a.log" 2>&1 &&
  scripts/package-chaincode.sh --out "$work/b" >"$work/b.log" 2>&1; then
  pass "package-chaincode.sh builds both packages: $(tr '\n' ' ' <"$work/a.log")"
  if cmp -s "$work/a/passport-java.tar.gz" "$work/b/passport-java.tar.gz" &&
    cmp -s "$work/a/passport-ccaas.tar.gz" "$work/b/passport-ccaas.tar.gz"; then
    pass "packages are reproducible (same bytes, same package ids)"
  else
    fail "packages are reproducible"
  fi
  port="$(sed -n 's/^XUATXU_CCAAS_PORT=//p' network.env)"
  mkdir -p "$work/x/java" "$work/x/ccaas"
  tar -xzf "$work/a/passport-java.tar.gz" -C "$work/x/java"
  tar -xzf "$work/a/passport-ccaas.tar.gz" -C "$work/x/ccaas"
  if [ "$(tar -tzf "$work/a/passport-java.tar.gz" | sort | tr '\n' ' ')" = "code.tar.gz metadata.json " ] &&
    grep -q '"type":"java"' "$work/x/java/metadata.json" &&
    [ "$(tar -tzf "$work/x/java/code.tar.gz")" = src/chaincode.jar ]; then
    pass "java package: metadata.json type java, code.tar.gz = src/chaincode.jar"
  else
    fail "java package structure"
  fi
  tar -xzf "$work/x/java/code.tar.gz" -C "$work/x/java"
  manifest="$(unzip -p "$work/x/java/src/chaincode.jar" META-INF/MANIFEST.MF | tr -d '\r')"
  listing="$(unzip -l "$work/x/java/src/chaincode.jar")"
  if grep -q '^Main-Class: org.hyperledger.fabric.contract.ContractRouter$' <<<"$manifest" &&
    grep -q 'vn/xuatxu/chaincode/PassportContract.class' <<<"$listing"; then
    pass "the jar starts ContractRouter and contains vn.xuatxu.chaincode.PassportContract"
  else
    fail "the jar's Main-Class / PassportContract"
  fi
  tar -xzf "$work/x/ccaas/code.tar.gz" -C "$work/x/ccaas"
  if grep -q '"type":"ccaas"' "$work/x/ccaas/metadata.json" &&
    grep -q "\"address\": \"ccaas-{{.peername}}:$port\"" "$work/x/ccaas/connection.json" &&
    [ "$(cut -d' ' -f1 "$work/x/ccaas/chaincode.sha256")" = "$(sha256sum "$jar" | cut -d' ' -f1)" ]; then
    pass "ccaas package: type ccaas, address ccaas-{{.peername}}:$port, jar digest"
  else
    fail "ccaas package structure"
  fi
  if [ "$(cut -d: -f2 "$work/a/passport-ccaas.id")" = "$(sha256sum "$work/a/passport-ccaas.tar.gz" | cut -d' ' -f1)" ]; then
    pass "package id = label:sha256(package)"
  else
    fail "package id"
  fi
else
  cat "$work/a.log" "$work/b.log" 2>/dev/null || true
  fail "package-chaincode.sh"
fi

# ---------------------------------------------------------------- 4. identity layout
msp="$work/msp"
mkdir -p "$msp/signcerts" "$msp/keystore"
openssl ecparam -name prime256v1 -genkey -noout -out "$msp/keystore/test_sk" 2>/dev/null
attrs='{"attrs":{"hf.EnrollmentID":"MuongAngCoffeeMSP","hf.Type":"client","xuatxu.org":"MuongAngCoffeeMSP"}}'
hex="$(printf '%s' "$attrs" | od -An -tx1 | tr -d ' \n')"
openssl req -new -x509 -key "$msp/keystore/test_sk" -subj "/OU=client/CN=MuongAngCoffeeMSP" -days 1 \
  -addext "1.2.3.4.5.6.7.8.1=DER:$hex" -out "$msp/signcerts/cert.pem" 2>/dev/null
ids="$work/identities"
if scripts/install-identity.sh MuongAngCoffeeMSP ProducersMSP "$msp" "$ids" >/dev/null &&
  [ -s "$ids/MuongAngCoffeeMSP/cert.pem" ] && [ "$(cat "$ids/MuongAngCoffeeMSP/mspid")" = ProducersMSP ] &&
  head -1 "$ids/MuongAngCoffeeMSP/key.pem" | grep -q 'BEGIN PRIVATE KEY' &&
  [ "$(stat -c %a "$ids/MuongAngCoffeeMSP/key.pem")" = 600 ]; then
  pass "install-identity.sh: <id>/cert.pem, <id>/key.pem (PKCS#8, 600), <id>/mspid"
else
  fail "install-identity.sh layout"
fi
if scripts/install-identity.sh HimLamSchoolMSP SchoolsMSP "$msp" "$ids" >/dev/null 2>&1; then
  fail "install-identity.sh refuses a certificate without xuatxu.org=<id>"
else
  pass "install-identity.sh refuses a certificate without xuatxu.org=<id>"
fi

echo "validate: $passed passed, $failed failed"
[ "$failed" = 0 ]
