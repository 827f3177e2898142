package id.siapkerja.jobfair.messaging;

import java.util.Locale;

/**
 * One side of a conversation: an organizer or a company (whose members all speak for it)
 * or a seeker. Written {@code kind:id} in addresses, e.g. {@code perusahaan:<uuid>}.
 */
public record Party(Kind kind, String id) implements Comparable<Party> {

	public enum Kind {

		ORGANIZER("penyelenggara"), COMPANY("perusahaan"), SEEKER("pencaker");

		final String word;

		Kind(String word) {
			this.word = word;
		}

		public String messageKey() {
			return "conversation.party." + name().toLowerCase(Locale.ROOT);
		}

	}

	public static Party parse(String text) {
		if (text == null || !text.contains(":")) {
			throw new IllegalArgumentException("no party");
		}
		String word = text.substring(0, text.indexOf(':'));
		for (Kind kind : Kind.values()) {
			if (kind.word.equals(word)) {
				return new Party(kind, text.substring(text.indexOf(':') + 1));
			}
		}
		throw new IllegalArgumentException("no party " + word);
	}

	String address() {
		return this.kind.word + ":" + this.id;
	}

	@Override
	public int compareTo(Party other) {
		int byKind = this.kind.compareTo(other.kind);
		return byKind != 0 ? byKind : this.id.compareTo(other.id);
	}

}
