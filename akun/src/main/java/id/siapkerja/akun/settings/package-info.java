/**
 * The account page, "Pengaturan" (change e-mail, password, phone; A-4) and the activity
 * page.
 */
package id.siapkerja.akun.settings;
