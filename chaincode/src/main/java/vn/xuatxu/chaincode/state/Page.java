package vn.xuatxu.chaincode.state;

import java.util.List;

/**
 * One page of a paginated composite-key query, with Fabric's response metadata.
 *
 * @param records             the decoded values, in key order
 * @param fetchedRecordsCount how many records the peer returned
 * @param bookmark            the key the next page starts at, or empty when there is none
 */
public record Page<T>(List<T> records, int fetchedRecordsCount, String bookmark) {
}
