#!/usr/bin/env bash
# Deploys (or upgrades) the passport chaincode on the channel with Fabric's lifecycle:
# package -> install on every peer -> (ccaas: start the chaincode containers) -> approve for every
# organisation -> commit with every peer's endorsement -> ping.
#
# Usage: scripts/deploy-chaincode.sh [--mode ccaas|java] [--sequence N]
#   --mode      ccaas (default, XUATXU_CHAINCODE_MODE): chaincode as a service, one container per
#               organisation (ccaas-agency, ccaas-producers, ccaas-schools) running java -jar;
#               java: the Java package, built and started by the peers (network must run with
#               XUATXU_CHAINCODE_MODE=java, see docker-compose.java-chaincode.yaml)
#   --sequence  the definition's sequence; default: the committed sequence + 1 (1 on a new channel)
# Endorsement policy: XUATXU_ENDORSEMENT_POLICY in network.env (docs/fabric.md explains it).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

mode="$XUATXU_CHAINCODE_MODE"
sequence=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --mode) mode="$2"; shift 2 ;;
    --sequence) sequence="$2"; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) die "unknown argument $1" ;;
  esac
done
case "$mode" in ccaas | java) ;; *) die "--mode must be ccaas or java" ;; esac

require_docker
cc="$XUATXU_CHAINCODE"
ccdir="$ARTIFACTS_DIR/chaincode"
"$NETWORK_DIR/scripts/package-chaincode.sh" --out "$ccdir"
package="$ccdir/$cc-$mode.tar.gz"
package_id="$(cat "$ccdir/$cc-$mode.id")"
log "package $package_id"

orderer_opts=(-o "$ORDERER_ADDRESS" --tls --cafile "$(orderer_tls_ca)")

for org in "${PEER_ORGS[@]}"; do
  peer_admin_env "$org"
  if tools "${PEER_ENV[@]}" -- peer lifecycle chaincode queryinstalled 2>/dev/null | grep -qF "$package_id"; then
    log "already installed on $(peer_host "$org")"
  else
    log "installing on $(peer_host "$org")"
    tools "${PEER_ENV[@]}" -- peer lifecycle chaincode install "$package"
  fi
done

if [ "$mode" = ccaas ]; then
  # the containers read the package id (passport-ccaas.id) and the jar (passport.jar) that
  # package-chaincode.sh just wrote to channel-artifacts/chaincode/
  log "starting the chaincode servers"
  compose --profile ccaas up -d --force-recreate ccaas-agency ccaas-producers ccaas-schools
fi

if [ -z "$sequence" ]; then
  peer_admin_env agency
  committed="$(tools "${PEER_ENV[@]}" -- peer lifecycle chaincode querycommitted \
    --channelID "$XUATXU_CHANNEL" --name "$cc" --output json 2>/dev/null || true)"
  current="$(printf '%s' "$committed" | tr -d ' \n' | sed -n 's/.*"sequence":\([0-9][0-9]*\).*/\1/p')"
  sequence=$((${current:-0} + 1))
fi
log "chaincode definition $cc version $XUATXU_CHAINCODE_VERSION sequence $sequence"
log "endorsement policy $XUATXU_ENDORSEMENT_POLICY"

definition=(--channelID "$XUATXU_CHANNEL" --name "$cc" --version "$XUATXU_CHAINCODE_VERSION"
  --sequence "$sequence" --signature-policy "$XUATXU_ENDORSEMENT_POLICY")

for org in "${PEER_ORGS[@]}"; do
  log "approving for $(org_mspid "$org")"
  peer_admin_env "$org"
  tools "${PEER_ENV[@]}" -- peer lifecycle chaincode approveformyorg "${orderer_opts[@]}" \
    "${definition[@]}" --package-id "$package_id"
done

peer_admin_env agency
tools "${PEER_ENV[@]}" -- peer lifecycle chaincode checkcommitreadiness "${definition[@]}" --output json

peer_opts=()
for org in "${PEER_ORGS[@]}"; do
  peer_opts+=(--peerAddresses "$(peer_host "$org"):7051" --tlsRootCertFiles "$(org_tls_ca "$org")")
done
log "committing"
tools "${PEER_ENV[@]}" -- peer lifecycle chaincode commit "${orderer_opts[@]}" "${definition[@]}" "${peer_opts[@]}"
tools "${PEER_ENV[@]}" -- peer lifecycle chaincode querycommitted --channelID "$XUATXU_CHANNEL" --name "$cc"

log "ping"
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  if tools "${PEER_ENV[@]}" -- peer chaincode query -C "$XUATXU_CHANNEL" -n "$cc" -c '{"Args":["ping"]}'; then
    log "chaincode '$cc' answers on '$XUATXU_CHANNEL'"
    exit 0
  fi
  [ "$attempt" = 10 ] && die "the chaincode does not answer ping (docker compose logs ccaas-agency)"
  sleep 3
done
