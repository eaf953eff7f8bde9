/**
 * How state values become ledger bytes and where they are kept.
 *
 * <p>Every endorsing peer must produce identical write sets, so values are written as canonical
 * JSON ({@link vn.xuatxu.chaincode.state.CanonicalJson}) under composite keys built only through
 * {@link vn.xuatxu.chaincode.state.ObjectType}.
 */
package vn.xuatxu.chaincode.state;
