/** The translations API for producers. */
package vn.xuatxu.api.passport.translation.web;
