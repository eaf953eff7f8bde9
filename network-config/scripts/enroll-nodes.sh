#!/usr/bin/env bash
# Enrols, from each organisation's running Fabric CA, everything the network needs before a node
# starts: the organisation MSPs (channel members in configtx.yaml), each peer's and orderer's MSP
# and TLS certificate, and each organisation's admin. Idempotent: what exists is kept.
#
# Layout written (all under organizations/, never committed):
#   {peer,orderer}Organizations/<domain>/msp/{cacerts/ca.pem,tlscacerts/ca.pem,config.yaml}
#   .../peers/peer0.<domain>/{msp,tls/{server.crt,server.key,ca.crt}}
#   .../orderers/ordererN.<domain>/{msp,tls/...}
#   .../users/Admin@<domain>/msp   (+ tls/{client.crt,client.key,ca.crt} for the orderer admin)
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

write_node_ous() {
  cat >"$1/config.yaml" <<'YAML'
NodeOUs:
  Enable: true
  ClientOUIdentifier:
    Certificate: cacerts/ca.pem
    OrganizationalUnitIdentifier: client
  PeerOUIdentifier:
    Certificate: cacerts/ca.pem
    OrganizationalUnitIdentifier: peer
  AdminOUIdentifier:
    Certificate: cacerts/ca.pem
    OrganizationalUnitIdentifier: admin
  OrdererOUIdentifier:
    Certificate: cacerts/ca.pem
    OrganizationalUnitIdentifier: orderer
YAML
}

# normalises an MSP written by fabric-ca-client: cacerts/ca.pem + NodeOU config
finish_msp() {
  local org="$1" msp="$2"
  rm -rf "$msp/cacerts" "$msp/intermediatecerts"
  mkdir -p "$msp/cacerts"
  cp "$(ca_home "$org")/ca-cert.pem" "$msp/cacerts/ca.pem"
  write_node_ous "$msp"
}

enroll_registrar() {
  local org="$1" pw
  [ -s "$ORGANIZATIONS_DIR/fabric-ca-client/$org/msp/signcerts/cert.pem" ] && return 0
  pw="$(ensure_secret "$(ca_admin_password_file "$org")")"
  log "enrolling the registrar of $(ca_name "$org")"
  ca_client "$org" enroll -u "https://admin:${pw}@$(ca_host "$org"):7054"
}

# register NAME TYPE: registers once; a rerun reuses the stored secret
register() {
  local org="$1" name="$2" type="$3" secret out
  secret="$(ensure_secret "$SECRETS_DIR/$org-$name.secret")"
  if ! out="$(ca_client "$org" register --id.name "$name" --id.secret "$secret" --id.type "$type" 2>&1)"; then
    case "$out" in
      *"already registered"*) ;;
      *) printf '%s\n' "$out" >&2; die "registering $name at $(ca_name "$org") failed" ;;
    esac
  fi
  printf '%s' "$secret"
}

# enroll_node ORG NAME TYPE HOST DIR: DIR/msp and DIR/tls/{server.crt,server.key,ca.crt}
enroll_node() {
  local org="$1" name="$2" type="$3" host="$4" dir="$5" secret url
  if [ -s "$dir/msp/signcerts/cert.pem" ] && [ -s "$dir/tls/server.crt" ]; then
    return 0
  fi
  log "enrolling $host ($type) at $(ca_name "$org")"
  secret="$(register "$org" "$name" "$type")"
  url="https://${name}:${secret}@$(ca_host "$org"):7054"
  ca_client "$org" enroll -u "$url" --mspdir "$dir/msp" --csr.hosts "$host"
  finish_msp "$org" "$dir/msp"
  ca_client "$org" enroll -u "$url" --mspdir "$dir/tls-msp" --enrollment.profile tls \
    --csr.hosts "$host" --csr.hosts localhost
  mkdir -p "$dir/tls"
  cp "$dir/tls-msp/signcerts/cert.pem" "$dir/tls/server.crt"
  cp "$dir"/tls-msp/keystore/*_sk "$dir/tls/server.key"
  cp "$(ca_home "$org")/ca-cert.pem" "$dir/tls/ca.crt"
  chmod 600 "$dir/tls/server.key"
  rm -rf "$dir/tls-msp"
}

enroll_admin() {
  local org="$1" domain dir secret url
  domain="$(org_domain "$org")"
  dir="$(org_dir "$org")/users/Admin@$domain"
  [ -s "$dir/msp/signcerts/cert.pem" ] && return 0
  log "enrolling the $org admin"
  secret="$(register "$org" "$org-admin" admin)"
  url="https://$org-admin:${secret}@$(ca_host "$org"):7054"
  ca_client "$org" enroll -u "$url" --mspdir "$dir/msp"
  finish_msp "$org" "$dir/msp"
  # a TLS client certificate for the admin (osnadmin needs one for the orderers' admin endpoint)
  ca_client "$org" enroll -u "$url" --mspdir "$dir/tls-msp" --enrollment.profile tls
  mkdir -p "$dir/tls"
  cp "$dir/tls-msp/signcerts/cert.pem" "$dir/tls/client.crt"
  cp "$dir"/tls-msp/keystore/*_sk "$dir/tls/client.key"
  cp "$(ca_home "$org")/ca-cert.pem" "$dir/tls/ca.crt"
  chmod 600 "$dir/tls/client.key"
  rm -rf "$dir/tls-msp"
}

org_msp() {
  local org="$1" msp
  msp="$(org_dir "$org")/msp"
  mkdir -p "$msp/cacerts" "$msp/tlscacerts"
  cp "$(ca_home "$org")/ca-cert.pem" "$msp/cacerts/ca.pem"
  cp "$(ca_home "$org")/ca-cert.pem" "$msp/tlscacerts/ca.pem"
  write_node_ous "$msp"
}

for org in orderer "${PEER_ORGS[@]}"; do
  wait_for_file "$(ca_tls_cert "$org")" 60
  enroll_registrar "$org"
  org_msp "$org"
  enroll_admin "$org"
done

for name in $(orderer_names); do
  host="$(orderer_host "$name")"
  enroll_node orderer "$name" orderer "$host" "$(org_dir orderer)/orderers/$host"
done

for org in "${PEER_ORGS[@]}"; do
  host="$(peer_host "$org")"
  enroll_node "$org" "peer0-$org" peer "$host" "$(org_dir "$org")/peers/$host"
done

log "node and admin certificates are in $ORGANIZATIONS_DIR"
