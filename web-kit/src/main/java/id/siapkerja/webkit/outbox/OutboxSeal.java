package id.siapkerja.webkit.outbox;

import java.nio.charset.StandardCharsets;

/**
 * How a message's content is kept while it waits in the outbox: akun encrypts it with its
 * personal-data key; an app without such a key keeps it as it is (it is erased once sent
 * either way).
 */
public interface OutboxSeal {

	/** Content kept as UTF-8, erased once sent. */
	OutboxSeal PLAIN = new OutboxSeal() {

		@Override
		public byte[] seal(String content) {
			return content.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public String open(byte[] sealed) {
			return new String(sealed, StandardCharsets.UTF_8);
		}

	};

	byte[] seal(String content);

	String open(byte[] sealed);

}
