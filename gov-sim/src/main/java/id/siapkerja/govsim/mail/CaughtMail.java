package id.siapkerja.govsim.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One e-mail the catcher received; {@code number} counts from 1 in the order of arrival.
 */
public record CaughtMail(int number, List<String> to, String from, String subject, Instant receivedAt, String text,
		String html) {

	private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss 'WIB'")
		.withZone(ZoneId.of("Asia/Jakarta"));

	/** When it arrived, in Western Indonesian Time, for the page. */
	public String receivedAtWib() {
		return WIB.format(this.receivedAt);
	}

	/** What the page shows of the body: the text part, else the HTML source. */
	public String body() {
		return this.text.isEmpty() ? this.html : this.text;
	}

}
