/** What a lot is and the rules it obeys, with no framework or database in sight. */
package vn.xuatxu.api.passport.lot.domain;
