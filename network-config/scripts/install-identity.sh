#!/usr/bin/env bash
# Copies one enrolled identity into the API's identities directory, in the layout the API's Fabric
# adapter reads (xuatxu.ledger.fabric.identities-dir):
#
#   <identities-dir>/<organisation id>/cert.pem   X.509 enrolment certificate (PEM)
#   <identities-dir>/<organisation id>/key.pem    its private key, PKCS#8 PEM (EC P-256), mode 600
#   <identities-dir>/<organisation id>/mspid      the Fabric MSP id, one line (e.g. ProducersMSP)
#
# Checks before copying: the key matches the certificate, and the certificate carries the
# attribute xuatxu.org=<organisation id> (Fabric CA's attribute extension 1.2.3.4.5.6.7.8.1).
# Needs only openssl; scripts/enroll-identity.sh calls it after enrolling.
#
# Usage: scripts/install-identity.sh <organisation id> <msp id> <msp dir> <identities dir>
#   <msp dir> is what fabric-ca-client enroll wrote (signcerts/cert.pem, keystore/*_sk)
set -euo pipefail

die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
[ "$#" -eq 4 ] || { sed -n '2,16p' "$0" >&2; exit 2; }
org_id="$1" mspid="$2" msp="$3" identities="$4"

[[ "$org_id" =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$ ]] ||
  die "organisation id '$org_id' must be 1-64 of A-Z a-z 0-9 . _ - (the contract's MspId rule)"
case "$mspid" in
  AgencyMSP | ProducersMSP | SchoolsMSP) ;;
  *) die "msp id '$mspid' is not one of AgencyMSP, ProducersMSP, SchoolsMSP" ;;
esac
cert="$msp/signcerts/cert.pem"
[ -s "$cert" ] || die "no certificate at $cert"
keys=("$msp"/keystore/*_sk)
if [ "${#keys[@]}" -ne 1 ] || [ ! -s "${keys[0]}" ]; then
  die "expected exactly one key in $msp/keystore"
fi
key="${keys[0]}"

cert_pub="$(openssl x509 -in "$cert" -noout -pubkey)"
key_pub="$(openssl pkey -in "$key" -pubout)"
[ "$cert_pub" = "$key_pub" ] || die "the key in $key does not belong to $cert"
openssl x509 -in "$cert" -noout -text | tr -d ' ' | grep -qF "\"xuatxu.org\":\"$org_id\"" ||
  die "$cert has no attribute xuatxu.org=$org_id (register it with --id.attrs 'xuatxu.org=$org_id:ecert')"

dest="$identities/$org_id"
mkdir -p "$dest"
chmod 700 "$dest"
cp "$cert" "$dest/cert.pem"
(umask 077 && openssl pkcs8 -topk8 -nocrypt -in "$key" -out "$dest/key.pem")
chmod 600 "$dest/key.pem"
printf '%s\n' "$mspid" >"$dest/mspid"
echo "installed $org_id ($mspid) in $dest"
