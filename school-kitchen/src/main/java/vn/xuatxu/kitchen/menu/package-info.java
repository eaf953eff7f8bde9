/**
 * The published menu of a school day: which dishes are served at which meal, and what kind of
 * dish each one is.
 *
 * <p>Why it is its own package: Step 3 of Decision 1246/QĐ-BYT compares the dishes served with
 * the menu (Form 3), the sample rules depend on whether a dish is solid or liquid (100 g versus
 * 150 ml), and the Hà Nội publication rules put the menu in front of parents. All three read the
 * menu; none of them owns it.
 */
package vn.xuatxu.kitchen.menu;
