/**
 * Conversations ("Percakapan") between organizers, companies and seekers of a fair,
 * delivered live.
 */
@OwnsTables({ "conversation", "message", "conversation_read" })
package id.siapkerja.jobfair.messaging;

import id.siapkerja.webkit.modules.OwnsTables;
