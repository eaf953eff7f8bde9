/** The product API and pages: create, edit and read a producer's products. */
package vn.xuatxu.api.passport.product.web;
