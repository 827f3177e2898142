/**
 * Job seekers: their profile from akun, following and checking in to fairs, matching
 * vacancies.
 */
package id.siapkerja.jobfair.seeker;
