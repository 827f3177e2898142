/** Registration checked against Dukcapil, and activation by SMS code. */
package id.siapkerja.akun.registration;
