/**
 * The kitchen over HTTP: the JSON API ({@code /api/v1/kitchens/...}), the tablet pages for kitchen staff
 * ({@code /bep}), the forms download for the kitchen and inspectors, and the public page per school and
 * day ({@code /truong/{kitchen}/{date}}) that parents reach from the QR code at the school gate.
 */
package vn.xuatxu.api.kitchen.web;
