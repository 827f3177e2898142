/** Companies: registration (with WLKP), profile, team and invitations. */
package id.siapkerja.jobfair.company;
