/**
 * The installable web app: the service worker and manifest served from the site's root (so the worker's
 * scope covers the producer and kitchen pages), caching headers for the static files, and the check that
 * an entry queued offline is sent by the account that made it. The browser side lives in
 * {@code static/offline.js} and {@code static/offline-queue.js}; docs/offline.md explains the whole.
 */
package vn.xuatxu.api.platform.offline;
