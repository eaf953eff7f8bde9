/** Who may act: roles, organisation kinds, and the actor a request runs as. */
package vn.xuatxu.api.identity.domain;
