/**
 * How a request is refused: the few kinds of refusal the application knows, each with a message for the
 * person in their language (Vietnamese first), and the handlers that turn them, and any unexpected
 * failure, into a clear HTTP answer without stack traces.
 */
package vn.xuatxu.api.problem;
