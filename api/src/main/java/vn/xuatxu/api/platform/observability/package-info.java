/**
 * What an operator watches: Prometheus metrics (requests, the outbox's depth and age, ledger commit
 * latency, labels rendered) and a request id on every response and every log line written for it, so a
 * user's "it failed at 10:42" can be found in the logs.
 */
package vn.xuatxu.api.platform.observability;
