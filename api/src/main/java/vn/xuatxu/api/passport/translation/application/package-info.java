/** Entering translations, with the same ownership rules as editing the product. */
package vn.xuatxu.api.passport.translation.application;
