/**
 * The digital product passport: products, lots and their journey, the GS1 identifiers that name them,
 * and the public resolver a scanned label opens.
 */
package vn.xuatxu.api.passport;
