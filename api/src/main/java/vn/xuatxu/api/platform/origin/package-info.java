/** Where a public request comes from, coarsely: the peer's address for limits, a province or country for display. */
package vn.xuatxu.api.platform.origin;
