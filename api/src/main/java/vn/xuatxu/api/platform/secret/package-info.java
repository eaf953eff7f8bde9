/**
 * Secrets machines present (print agents, thermometers, webhook signatures): one value type, shared by every
 * feature that issues such tokens, so they are made and hashed one way and never logged.
 */
package vn.xuatxu.api.platform.secret;
