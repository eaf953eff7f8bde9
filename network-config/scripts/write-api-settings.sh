#!/usr/bin/env bash
# Writes the environment file that points the API at this network (KEY=value lines, usable as
# `set -a; . FILE; set +a`, docker --env-file, or a systemd EnvironmentFile):
#
#   XUATXU_LEDGER_MODE=fabric
#   XUATXU_LEDGER_FABRIC_PEER_ENDPOINT        host:port of the chosen peer's gateway
#   XUATXU_LEDGER_FABRIC_PEER_HOST_ALIAS      the peer's TLS server name (peer0.<org domain>)
#   XUATXU_LEDGER_FABRIC_TLS_CA_CERTIFICATE   PEM that signs that peer's TLS certificate
#   XUATXU_LEDGER_FABRIC_CHANNEL              passports
#   XUATXU_LEDGER_FABRIC_CHAINCODE            passport
#   XUATXU_LEDGER_FABRIC_IDENTITIES_DIR       one folder per organisation id (cert.pem, key.pem, mspid)
#
# Usage: scripts/write-api-settings.sh [--peer agency|producers|schools] [--host HOST]
#                                      [--identities-dir DIR] [--output FILE]
#   --peer            whose gateway the API uses (default agency; any peer's gateway works for
#                     every identity: it gathers the other endorsements itself)
#   --host            how the API reaches the Docker host (default localhost); inside the compose
#                     network use --host peer0.<org domain> (then the port is 7051)
#   --identities-dir  default organizations/api/identities (XUATXU_IDENTITIES_DIR overrides)
#   --output          default organizations/api/xuatxu-ledger.env
# Needs no Docker; warns when a referenced file does not exist yet.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

org=agency
host=localhost
identities="${XUATXU_IDENTITIES_DIR:-$ORGANIZATIONS_DIR/api/identities}"
output="$ORGANIZATIONS_DIR/api/xuatxu-ledger.env"
while [ "$#" -gt 0 ]; do
  case "$1" in
    --peer) org="$2"; shift 2 ;;
    --host) host="$2"; shift 2 ;;
    --identities-dir) identities="$2"; shift 2 ;;
    --output) output="$2"; shift 2 ;;
    -h | --help) sed -n '2,24p' "$0"; exit 0 ;;
    *) die "unknown argument $1" ;;
  esac
done
case "$org" in agency | producers | schools) ;; *) die "--peer must be agency, producers or schools" ;; esac

port="$(org_peer_host_port "$org")"
[ "$host" = "$(peer_host "$org")" ] && port=7051
tls_ca="$(org_tls_ca "$org")"
mkdir -p "$(dirname "$output")"
identities="$(mkdir -p "$identities" && cd "$identities" && pwd)"

for value in "$host" "$tls_ca" "$identities"; do
  case "$value" in *[[:space:]]* | *\"* | *\'* | *\$*) die "'$value' contains a space, quote or \$: not allowed in the env file" ;; esac
done
[ -s "$tls_ca" ] || warn "$tls_ca does not exist yet (run scripts/network-up.sh)"
[ -n "$(ls -A "$identities")" ] || warn "$identities is empty (run scripts/enroll-identity.sh)"

cat >"$output" <<ENV
# Xuat Xu API -> Fabric network ($(peer_host "$org") gateway). Written by network-config/scripts/write-api-settings.sh
XUATXU_LEDGER_MODE=fabric
XUATXU_LEDGER_FABRIC_PEER_ENDPOINT=$host:$port
XUATXU_LEDGER_FABRIC_PEER_HOST_ALIAS=$(peer_host "$org")
XUATXU_LEDGER_FABRIC_TLS_CA_CERTIFICATE=$tls_ca
XUATXU_LEDGER_FABRIC_CHANNEL=$XUATXU_CHANNEL
XUATXU_LEDGER_FABRIC_CHAINCODE=$XUATXU_CHAINCODE
XUATXU_LEDGER_FABRIC_IDENTITIES_DIR=$identities
ENV
echo "wrote $output"
