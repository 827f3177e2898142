/**
 * Logging in with e-mail, phone or NIK, throttling, logging out, and "Lupa
 * password".
 */
package id.siapkerja.akun.signin;
