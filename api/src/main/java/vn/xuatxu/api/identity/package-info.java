/** Organisations, the people who act for them, and how they prove who they are. */
package vn.xuatxu.api.identity;
