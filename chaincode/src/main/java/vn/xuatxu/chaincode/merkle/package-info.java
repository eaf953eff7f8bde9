/**
 * The Merkle tree that lets a label batch commit to thousands of serial numbers with one 32-byte
 * root on the ledger, and lets anyone prove one serial was issued without revealing the others.
 *
 * <p>Public and free of Fabric types on purpose: the api and the label printer build roots and
 * proofs with this same code, so "the contract accepts the proof" cannot drift from "the printer
 * computed it".
 */
package vn.xuatxu.chaincode.merkle;
