/** The API's OpenAPI description: generated from the controllers when the code is compiled, served as it was built. */
package vn.xuatxu.api.platform.openapi;
