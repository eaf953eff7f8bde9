/** A translation language and the translated texts, checked once. */
package vn.xuatxu.api.passport.translation.domain;
