package vn.xuatxu.api.ledger.fabric;

import io.grpc.Status;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading the contract's refusal out of what a Fabric gateway reports. */
class GatewayFailureTest {

    @Test
    void anEndorsementRefusalCarriesTheContractsCodeInThePeerDetail() {
        GatewayFailure failure = new GatewayFailure(
                Status.ABORTED.withDescription("failed to endorse transaction, see attached details for more info"),
                List.of(detail("chaincode response 500, FORBIDDEN: registerLot: GTIN 089 is owned by MSP 'A'")));
        assertEquals(Optional.of(new GatewayFailure.Refusal("FORBIDDEN",
                "FORBIDDEN: registerLot: GTIN 089 is owned by MSP 'A'")), failure.refusal());
    }

    @Test
    void anEvaluateRefusalCarriesItInTheStatusDescription() {
        GatewayFailure failure = new GatewayFailure(Status.UNKNOWN.withDescription(
                "evaluate call to endorser returned error: chaincode response 500, NOT_FOUND: getLot: no lot"), List.of());
        assertEquals("NOT_FOUND", failure.refusal().orElseThrow().code());
    }

    @Test
    void aChaincodeFailureWithoutOurCodeIsAContractError() {
        GatewayFailure failure = new GatewayFailure(Status.ABORTED, List.of(detail("chaincode response 500, Undefined contract method called")));
        assertEquals("CONTRACT_ERROR", failure.refusal().orElseThrow().code());
    }

    @Test
    void aFailureWithoutAChaincodeResponseIsNoRefusal() {
        GatewayFailure failure = new GatewayFailure(Status.ABORTED.withDescription(
                "failed to collect enough transaction endorsements, see attached details for more info"),
                List.of(detail("rpc error: code = Unavailable desc = connection refused")));
        assertEquals(Optional.empty(), failure.refusal());
    }

    private static ErrorDetail detail(String message) {
        return ErrorDetail.newBuilder().setAddress("peer0:7051").setMspId("AgencyMSP").setMessage(message).build();
    }
}
