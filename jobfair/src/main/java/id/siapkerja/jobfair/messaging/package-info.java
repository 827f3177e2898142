/**
 * Conversations ("Percakapan") between organizers, companies and seekers of a fair,
 * delivered live.
 */
@ApplicationModule(allowedDependencies = { "company", "fair", "member", "organizer", "participation", "seeker" })
@OwnsTables({ "conversation", "message", "conversation_read" })
package id.siapkerja.jobfair.messaging;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
