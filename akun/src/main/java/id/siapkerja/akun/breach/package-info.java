/**
 * Personal-data incidents: the record an officer keeps, the 3 × 24-hour clock, and the
 * notice to the people affected, sent through the outbox once confirmed.
 */
package id.siapkerja.akun.breach;
