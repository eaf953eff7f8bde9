package vn.xuatxu.chaincode.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    /** Vectors computed independently (Python hashlib) from the spec in the class Javadoc and docs/chaincode.md. */
    @Test
    void rootsMatchIndependentlyComputedVectors() {
        assertEquals("f2a4c812a97ec0a45fb88cc0dc2641e4e7b2440bad514ae8e3b2cd93ce07d242",
                MerkleTree.of(List.of("000001")).rootHex(), "one serial: the root is its leaf hash");
        assertEquals("f045dfc882bfa5ff72d3f32886cad218aa12a69123856fab738f3c51414c9eaa",
                MerkleTree.of(List.of("000003", "000001", "000002")).rootHex(), "three serials, odd node promoted");
        assertEquals("d9740b923e7fc4cf4e5b11275eed5f991b0504793c99a3aebbaaf85347e65d3b",
                MerkleTree.of(List.of("A1", "A2", "A3", "A4", "A5")).rootHex());
    }

    @Test
    void aPromotedNodeContributesNoProofStep() {
        MerkleProof proof = MerkleTree.of(List.of("000001", "000002", "000003")).proof("000003");
        assertEquals(List.of(new MerkleProof.Step(MerkleProof.Side.LEFT,
                "b7519ded04a6a3927a39f607953c7f576534bab9e98c53e955407b582eaef7d1")), proof.steps());
        assertEquals("{\"siblings\":[{\"hash\":\"b7519ded04a6a3927a39f607953c7f576534bab9e98c53e955407b582eaef7d1\","
                + "\"side\":\"LEFT\"}]}", proof.toJson());
    }

    @Test
    void everyLeafOfEveryTreeSizeProvesAndNothingElseDoes() {
        for (int size = 1; size <= 17; size++) {
            List<String> serials = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                serials.add(String.format("S%05d", i * 7 % 100));
            }
            MerkleTree tree = MerkleTree.of(serials);
            for (String serial : serials) {
                MerkleProof proof = MerkleProof.fromJson(tree.proof(serial).toJson());
                assertTrue(proof.proves(serial, tree.rootHex()), size + " " + serial);
                assertFalse(proof.proves("X" + serial.substring(1), tree.rootHex()), "another serial must not pass");
            }
        }
    }

    @Test
    void theRootDependsOnTheSetNotTheOrder() {
        assertEquals(MerkleTree.of(List.of("b", "a", "c")).rootHex(), MerkleTree.of(List.of("c", "b", "a")).rootHex());
        assertFalse(MerkleTree.of(List.of("a", "b")).rootHex().equals(MerkleTree.of(List.of("a", "b", "c")).rootHex()));
    }

    @Test
    void aTamperedProofFails() {
        MerkleTree tree = MerkleTree.of(List.of("1", "2", "3", "4"));
        MerkleProof proof = tree.proof("2");
        List<MerkleProof.Step> flipped = new ArrayList<>();
        for (MerkleProof.Step step : proof.steps()) {
            flipped.add(new MerkleProof.Step(step.side() == MerkleProof.Side.LEFT ? MerkleProof.Side.RIGHT
                    : MerkleProof.Side.LEFT, step.hash()));
        }
        assertFalse(new MerkleProof(flipped).proves("2", tree.rootHex()));
        assertFalse(new MerkleProof(List.of()).proves("2", tree.rootHex()));
    }

    @Test
    void refusesEmptySetsDuplicatesAndMalformedProofs() {
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of("a", "b", "a")));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of("a")).proof("b"));
        assertThrows(IllegalArgumentException.class, () -> MerkleProof.fromJson("[]"));
        assertThrows(IllegalArgumentException.class, () -> MerkleProof.fromJson("{\"siblings\":[{\"hash\":\"00\",\"side\":\"LEFT\"}]}"));
        assertThrows(IllegalArgumentException.class, () -> MerkleProof.fromJson(
                "{\"siblings\":[{\"hash\":\"" + "0".repeat(64) + "\",\"side\":\"UP\"}]}"));
        assertThrows(IllegalArgumentException.class, () -> MerkleProof.fromJson("{\"siblings\":[],\"extra\":1}"));
    }
}
