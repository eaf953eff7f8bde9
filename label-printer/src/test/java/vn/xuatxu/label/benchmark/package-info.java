/**
 * JMH benchmarks for label throughput. They live with the tests so that they compile against the
 * module and its test dependencies, but they are not tests: Surefire ignores them (no {@code *Test}
 * class) and they run only by hand, with the command in {@code docs/performance.md}.
 */
package vn.xuatxu.label.benchmark;
