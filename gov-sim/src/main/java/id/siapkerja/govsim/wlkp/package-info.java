/**
 * WLKP (Wajib Lapor Ketenagakerjaan di Perusahaan): synthetic companies and their report
 * codes.
 */
package id.siapkerja.govsim.wlkp;
