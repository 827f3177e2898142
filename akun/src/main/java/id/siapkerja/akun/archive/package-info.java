/**
 * "Unduh data saya" (UU 27/2022, the right of access): a person's archive of everything
 * SIAPkerja keeps of them, gathered from akun and each service in the background.
 */
package id.siapkerja.akun.archive;
