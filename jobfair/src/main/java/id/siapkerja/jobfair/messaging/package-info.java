/**
 * Conversations ("Percakapan") between organizers, companies and seekers of a fair,
 * delivered live.
 */
package id.siapkerja.jobfair.messaging;
