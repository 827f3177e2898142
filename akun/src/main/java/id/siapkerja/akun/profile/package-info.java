/** The 7-step profile ("Lengkapi Profil", A-5) and the profile dashboard. */
package id.siapkerja.akun.profile;
