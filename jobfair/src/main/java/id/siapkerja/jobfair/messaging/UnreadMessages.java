package id.siapkerja.jobfair.messaging;

import org.springframework.stereotype.Service;

/** The number of unread messages a person has over all conversations, for the header. */
@Service
public class UnreadMessages {

	private final Conversations conversations;

	UnreadMessages(Conversations conversations) {
		this.conversations = conversations;
	}

	public int of(String sub) {
		return this.conversations.unreadTotal(sub);
	}

}
