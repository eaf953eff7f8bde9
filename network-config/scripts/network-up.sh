#!/usr/bin/env bash
# Brings the whole network up from nothing (or restarts an existing one):
#   1. generates the CA registrars' passwords (organizations/secrets/, mode 600)
#   2. starts the four Fabric CAs and enrols every node and admin (scripts/enroll-nodes.sh)
#   3. starts the orderers (3, or 1 with XUATXU_ORDERER_COUNT=1) and the three peers
#   4. creates the channel and joins every node (scripts/create-channel.sh)
#   5. deploys the passport chaincode (scripts/deploy-chaincode.sh), unless --no-deploy
# Then: scripts/enroll-identity.sh for each platform organisation, scripts/write-api-settings.sh.
#
# Usage: scripts/network-up.sh [--no-deploy]
#        XUATXU_CHAINCODE_MODE=java scripts/network-up.sh   (Java package built by the peers)
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

deploy=yes
for arg in "$@"; do
  case "$arg" in
    --no-deploy) deploy=no ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *) die "unknown argument $arg" ;;
  esac
done

require_docker
channel_profile >/dev/null

mkdir -p "$SECRETS_DIR" "$ARTIFACTS_DIR"
chmod 700 "$SECRETS_DIR"
for org in orderer "${PEER_ORGS[@]}"; do
  ensure_secret "$(ca_admin_password_file "$org")" >/dev/null
  mkdir -p "$(ca_home "$org")"
done

log "starting the certificate authorities"
compose up -d "ca.$XUATXU_ORDERER_DOMAIN" "ca.$XUATXU_AGENCY_DOMAIN" \
  "ca.$XUATXU_PRODUCERS_DOMAIN" "ca.$XUATXU_SCHOOLS_DOMAIN"

"$NETWORK_DIR/scripts/enroll-nodes.sh"

log "starting orderers and peers"
nodes=()
for name in $(orderer_names); do nodes+=("$(orderer_host "$name")"); done
for org in "${PEER_ORGS[@]}"; do nodes+=("$(peer_host "$org")"); done
compose up -d "${nodes[@]}"

"$NETWORK_DIR/scripts/create-channel.sh"

if [ "$deploy" = yes ]; then
  "$NETWORK_DIR/scripts/deploy-chaincode.sh" --mode "$XUATXU_CHAINCODE_MODE"
fi

log "network is up. Next:"
cat >&2 <<TXT
  scripts/enroll-identity.sh agency <agency organisation id>      (e.g. DienBienAgencyMSP)
  scripts/enroll-identity.sh producer <organisation id>           (e.g. MuongAngCoffeeMSP)
  scripts/enroll-identity.sh school <organisation id>             (e.g. HimLamSchoolMSP)
  scripts/init-ledger.sh <agency organisation id>                 (once per channel, if the API does not)
  scripts/write-api-settings.sh                                   (writes the XUATXU_LEDGER_* env file)
TXT
