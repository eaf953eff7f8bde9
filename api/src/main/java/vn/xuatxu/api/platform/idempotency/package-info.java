/** Idempotency keys on POST: a request retried over a flaky connection is answered, not repeated. */
package vn.xuatxu.api.platform.idempotency;
