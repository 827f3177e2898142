/**
 * Organizers of job fairs (Disnaker, campuses, BLK, private organizers) and their
 * members.
 */
package id.siapkerja.jobfair.organizer;
