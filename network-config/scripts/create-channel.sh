#!/usr/bin/env bash
# Creates the channel (XUATXU_CHANNEL, "passports") without a system channel:
#   1. configtxgen writes the genesis block from configtx.yaml (profile PassportsChannel, or
#      PassportsChannelSingleOrderer when XUATXU_ORDERER_COUNT=1)
#   2. every orderer joins it through its admin endpoint (osnadmin channel join, port 7053)
#   3. every peer joins it as its organisation's admin (peer channel join)
# Anchor peers are already in the genesis block (AnchorPeers in configtx.yaml). Idempotent.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

require_docker
block="$ARTIFACTS_DIR/$XUATXU_CHANNEL.block"
mkdir -p "$ARTIFACTS_DIR"

if [ ! -s "$block" ]; then
  log "generating the genesis block of '$XUATXU_CHANNEL' (profile $(channel_profile))"
  tools -e "FABRIC_CFG_PATH=$NETWORK_DIR" -- \
    configtxgen -profile "$(channel_profile)" -channelID "$XUATXU_CHANNEL" -outputBlock "$block"
fi

admin_tls="$(org_dir orderer)/users/Admin@$XUATXU_ORDERER_DOMAIN/tls"
for name in $(orderer_names); do
  host="$(orderer_host "$name")"
  osn=(-o "$host:7053" --ca-file "$(orderer_tls_ca)"
    --client-cert "$admin_tls/client.crt" --client-key "$admin_tls/client.key")
  if tools -- osnadmin channel list "${osn[@]}" --channelID "$XUATXU_CHANNEL" >/dev/null 2>&1; then
    log "$host already serves '$XUATXU_CHANNEL'"
  else
    log "$host joins '$XUATXU_CHANNEL'"
    tools -- osnadmin channel join "${osn[@]}" --channelID "$XUATXU_CHANNEL" --config-block "$block"
  fi
done

for org in "${PEER_ORGS[@]}"; do
  peer_admin_env "$org"
  if tools "${PEER_ENV[@]}" -- peer channel list 2>/dev/null | grep -qx "$XUATXU_CHANNEL"; then
    log "$(peer_host "$org") already joined '$XUATXU_CHANNEL'"
    continue
  fi
  log "$(peer_host "$org") joins '$XUATXU_CHANNEL'"
  # the orderers need a moment to elect a Raft leader after the join
  for attempt in 1 2 3 4 5; do
    if tools "${PEER_ENV[@]}" -- peer channel join -b "$block"; then
      break
    fi
    [ "$attempt" = 5 ] && die "$(peer_host "$org") could not join '$XUATXU_CHANNEL'"
    sleep 3
  done
done
log "channel '$XUATXU_CHANNEL' is ready"
