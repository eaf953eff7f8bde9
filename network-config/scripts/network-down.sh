#!/usr/bin/env bash
# Stops the network. Keeps the ledgers (Docker volumes), the CA databases and every certificate, so
# scripts/network-up.sh brings the same network back.
#
#   scripts/network-down.sh                 stop and remove the containers
#   scripts/network-down.sh --purge --yes   ALSO delete the ledgers, the CAs (their keys), every
#                                           certificate, the API identities under organizations/
#                                           and channel-artifacts/: the network is gone for good
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

purge=no
confirmed=no
for arg in "$@"; do
  case "$arg" in
    --purge) purge=yes ;;
    --yes) confirmed=yes ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) die "unknown argument $arg" ;;
  esac
done

require_docker
if [ "$purge" = yes ]; then
  [ "$confirmed" = yes ] || die "--purge destroys the ledger and every key; add --yes if you mean it"
  log "removing containers and volumes"
  compose --profile ccaas down --volumes --remove-orphans
  # chaincode containers the peers started themselves in java mode, named
  # dev-peer0.<org domain>-<chaincode>_<version>-<hash>: selected by that exact pattern, removed by id
  docker ps -a --format '{{.ID}} {{.Names}}' |
    awk -v suffix=".${XUATXU_DOMAIN}-${XUATXU_CHAINCODE}_" \
      'index($2, "dev-peer0.") == 1 && index($2, suffix) > 0 {print $1}' |
    while read -r id; do docker rm -f "$id" >/dev/null; done
  log "deleting organizations/ and channel-artifacts/"
  rm -rf "$ORGANIZATIONS_DIR" "$ARTIFACTS_DIR"
else
  log "stopping the network (ledgers, CAs and certificates are kept)"
  compose --profile ccaas down --remove-orphans
fi
