/** Value types every akun module uses (the NIK, gender), kept small. */
package id.siapkerja.akun.shared;
