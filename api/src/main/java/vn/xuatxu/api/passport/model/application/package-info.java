/**
 * Who may read a passport's completeness and change what it declares, and the rule that a lot with an
 * incomplete passport gets labels only after a warning, or not at all when the agency made a missing item
 * blocking.
 */
package vn.xuatxu.api.passport.model.application;
