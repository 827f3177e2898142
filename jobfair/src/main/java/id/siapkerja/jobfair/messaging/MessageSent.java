package id.siapkerja.jobfair.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * A message was sent in a conversation (J-O-j, J-C-q, J-S-g): published with the
 * message's transaction, so the other side can be mailed when it stays unread.
 */
public record MessageSent(UUID conversationId, Side from, String fromId, Side to, String toId, Instant sentAt) {

	/**
	 * A side of a conversation: a seeker, or a company or organizer whose members speak
	 * for it.
	 */
	public enum Side {

		ORGANIZER, COMPANY, SEEKER

	}

}
