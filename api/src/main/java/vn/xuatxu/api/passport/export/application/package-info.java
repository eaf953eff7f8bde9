/** Who may export what, per lot and in bulk, the PDF rendering, and the portal push port with its relay. */
package vn.xuatxu.api.passport.export.application;
