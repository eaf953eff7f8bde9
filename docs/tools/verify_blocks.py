#!/usr/bin/env python3
"""Recompute the embedded ledger's hash chain from a copy of blocks.log, independently of Xuất Xứ.

Usage: python3 verify_blocks.py path/to/blocks.log
Prints the height, head hash and number of node key rotations (compare with `java -jar xuatxu.jar
verify-ledger`), or names the first block that does not check out and exits 1. Uses only the Python
standard library, so it checks the hash chain but not the ECDSA signatures (verify-ledger checks those,
following each rotation's certificate change from the original node certificate).
"""
import hashlib
import json
import struct
import sys


def crc32c(data: bytes) -> int:
    """CRC-32C (Castagnoli), as java.util.zip.CRC32C computes it."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def canonical(value) -> bytes:
    """Sorted keys, no spaces, UTF-8 without escaping non-ASCII: the bytes the ledger hashed."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def main(path: str) -> int:
    data = open(path, "rb").read()
    position, previous, number, rotations = 0, "0" * 64, 0, 0
    while position < len(data):
        if len(data) - position < 8:
            print(f"block {number}: torn tail of {len(data) - position} bytes")
            return 1
        (length,) = struct.unpack(">i", data[position:position + 4])
        payload = data[position + 4:position + 4 + length]
        (stored_crc,) = struct.unpack(">i", data[position + 4 + length:position + 8 + length])
        if len(payload) != length or (crc32c(payload) & 0xFFFFFFFF) != (stored_crc & 0xFFFFFFFF):
            print(f"block {number}: frame at byte {position} is torn or its checksum does not match")
            return 1
        block = json.loads(payload.decode("utf-8"))
        content = {key: block[key] for key in ("number", "previousHash", "timestamp", "transactions")}
        if block.get("certificateChange") is not None:
            # A node key rotation: the hash covers the hand-over too (blocks without one never carry the key).
            content["certificateChange"] = block["certificateChange"]
            rotations += 1
        digest = hashlib.sha256(canonical(content)).hexdigest()
        if block["number"] != number or block["previousHash"] != previous or block["hash"] != digest:
            print(f"block {number}: number, link to the previous block or hash does not match")
            return 1
        previous, number, position = digest, number + 1, position + 8 + length
    print(f"height {number}")
    print(f"head {previous}")
    print(f"node key rotations {rotations}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
