/** Values of the printing room: the states a print job passes through and the token an agent signs in with. */
package vn.xuatxu.api.printing.domain;
