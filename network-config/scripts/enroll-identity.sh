#!/usr/bin/env bash
# Gives one platform organisation its ledger identity: registers it at its MSP's Fabric CA as a
# client with the attribute xuatxu.org=<organisation id> (in the enrolment certificate), enrols
# it, and installs certificate, key and MSP id into the API's identities directory
# (scripts/install-identity.sh explains the layout).
#
# Usage: scripts/enroll-identity.sh <agency|producer|school> <organisation id> [--identities-dir DIR]
#   agency   -> AgencyMSP    (the province agency's organisation id, e.g. DienBienAgencyMSP)
#   producer -> ProducersMSP (a co-op, household or company, e.g. MuongAngCoffeeMSP)
#   school   -> SchoolsMSP   (a school kitchen, e.g. HimLamSchoolMSP)
#   --identities-dir  default organizations/api/identities (XUATXU_IDENTITIES_DIR overrides)
#
# The enrolment id at the CA is the organisation id. The full MSP (for the peer CLI, e.g.
# scripts/init-ledger.sh) stays in organizations/<peer org>/users/<organisation id>/msp.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

[ "$#" -ge 2 ] || { sed -n '2,16p' "$0" >&2; exit 2; }
kind="$1" org_id="$2"
shift 2
identities="${XUATXU_IDENTITIES_DIR:-$ORGANIZATIONS_DIR/api/identities}"
while [ "$#" -gt 0 ]; do
  case "$1" in
    --identities-dir) identities="$2"; shift 2 ;;
    *) die "unknown argument $1" ;;
  esac
done
case "$kind" in
  agency) org=agency ;;
  producer) org=producers ;;
  school) org=schools ;;
  *) die "kind must be agency, producer or school, not '$kind'" ;;
esac
[[ "$org_id" =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$ ]] ||
  die "organisation id '$org_id' must be 1-64 of A-Z a-z 0-9 . _ - starting with a letter or digit"

require_docker
mspid="$(org_mspid "$org")"
msp="$(org_dir "$org")/users/$org_id/msp"

if [ ! -s "$msp/signcerts/cert.pem" ]; then
  secret="$(ensure_secret "$SECRETS_DIR/identities/$org-$org_id.secret")"
  log "registering $org_id at $(ca_name "$org") with xuatxu.org=$org_id"
  if ! out="$(ca_client "$org" register --id.name "$org_id" --id.secret "$secret" --id.type client \
    --id.attrs "xuatxu.org=$org_id:ecert" 2>&1)"; then
    case "$out" in
      *"already registered"*) log "$org_id was already registered; enrolling with the stored secret" ;;
      *) printf '%s\n' "$out" >&2; die "registration failed" ;;
    esac
  fi
  log "enrolling $org_id"
  ca_client "$org" enroll -u "https://$org_id:${secret}@$(ca_host "$org"):7054" --mspdir "$msp"
  # normalised like the admins' MSPs, so the peer CLI can use it too
  rm -rf "$msp/cacerts"
  mkdir -p "$msp/cacerts"
  cp "$(ca_home "$org")/ca-cert.pem" "$msp/cacerts/ca.pem"
  cp "$(org_dir "$org")/msp/config.yaml" "$msp/config.yaml"
fi

"$NETWORK_DIR/scripts/install-identity.sh" "$org_id" "$mspid" "$msp" "$identities"
