package id.siapkerja.jobfair.messaging;

import java.time.Instant;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

/**
 * What a person or a side has not read yet: the header's count over all conversations,
 * and whether a side has read a conversation up to a moment (for the unread-message
 * mail).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UnreadMessages {

	private final Conversations conversations;

	public int of(String sub) {
		return this.conversations.unreadTotal(sub);
	}

	/** Whether the side has not opened the conversation since the moment. */
	public boolean stillUnread(UUID conversation, MessageSent.Side side, String sideId, Instant since) {
		return !this.conversations.readSince(conversation, new Party(Party.Kind.valueOf(side.name()), sideId), since);
	}

}
