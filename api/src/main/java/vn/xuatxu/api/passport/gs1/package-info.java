/**
 * GS1 identifiers as values that cannot be invalid once made: GTINs with verified check digits, lot
 * numbers in GS1's character set, and the Digital Link URIs printed in QR codes.
 */
package vn.xuatxu.api.passport.gs1;
