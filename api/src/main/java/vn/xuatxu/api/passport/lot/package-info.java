/** Lots: a product's batch from production to the shelf, the unit a label, a journey and a recall name. */
package vn.xuatxu.api.passport.lot;
