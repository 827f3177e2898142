/** Demo accounts of the development profile, so that every role can be tried at once. */
package id.siapkerja.akun.demo;
