/**
 * The public pages' languages: which language a reader gets, the words of each page in message bundles
 * ({@code i18n/*_vi.properties} and {@code *_en.properties}), and one formatter for dates, numbers and money.
 */
package vn.xuatxu.api.platform.i18n;
