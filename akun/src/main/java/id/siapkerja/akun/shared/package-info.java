/**
 * Value types and protections every akun module uses: the NIK, phone and e-mail,
 * encryption of personal data.
 */
package id.siapkerja.akun.shared;
