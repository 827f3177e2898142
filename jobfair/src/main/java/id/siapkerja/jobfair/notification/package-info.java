/**
 * Notifications: in the page (the bell), by e-mail and SMS through the outbox; the
 * check-in reminder.
 */
package id.siapkerja.jobfair.notification;
