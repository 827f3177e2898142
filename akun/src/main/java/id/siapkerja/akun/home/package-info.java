/** The home page of akun: what the service is and where to go next. */
package id.siapkerja.akun.home;
