#!/usr/bin/env bash
# Records the province agency on a new channel: submits initLedger(<agency organisation id>) as
# that agency identity (enrolled first with scripts/enroll-identity.sh agency <id>), endorsed by
# the agency's and the producers' peers as the endorsement policy requires. Only needed when the
# API does not do it itself; the contract answers a repeated call with the same record.
#
# Usage: scripts/init-ledger.sh <agency organisation id>     e.g. DienBienAgencyMSP
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

[ "$#" -eq 1 ] || { sed -n '2,7p' "$0" >&2; exit 2; }
agency_id="$1"
msp="$(org_dir agency)/users/$agency_id/msp"
[ -s "$msp/signcerts/cert.pem" ] || die "no identity $agency_id: run scripts/enroll-identity.sh agency $agency_id"

require_docker
args="$(printf '{"Args":["initLedger","%s"]}' "$agency_id")"
tools -e CORE_PEER_TLS_ENABLED=true -e "CORE_PEER_LOCALMSPID=$XUATXU_AGENCY_MSPID" \
  -e "CORE_PEER_MSPCONFIGPATH=$msp" -e "CORE_PEER_ADDRESS=$(peer_host agency):7051" \
  -e "CORE_PEER_TLS_ROOTCERT_FILE=$(org_tls_ca agency)" -- \
  peer chaincode invoke -o "$ORDERER_ADDRESS" --tls --cafile "$(orderer_tls_ca)" \
  -C "$XUATXU_CHANNEL" -n "$XUATXU_CHAINCODE" \
  --peerAddresses "$(peer_host agency):7051" --tlsRootCertFiles "$(org_tls_ca agency)" \
  --peerAddresses "$(peer_host producers):7051" --tlsRootCertFiles "$(org_tls_ca producers)" \
  --waitForEvent -c "$args"
