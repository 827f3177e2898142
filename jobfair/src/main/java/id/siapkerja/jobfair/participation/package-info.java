/**
 * Companies taking part in fairs: their requests with vacancies, and the organizer's
 * decisions.
 */
package id.siapkerja.jobfair.participation;
