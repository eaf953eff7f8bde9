/**
 * Chaincode-as-a-service entry point: runs the contract as a gRPC server for Fabric's external
 * builder (Kubernetes, docker compose), next to the classic launch where the peer starts the shaded
 * jar itself.
 */
package vn.xuatxu.chaincode.service;
