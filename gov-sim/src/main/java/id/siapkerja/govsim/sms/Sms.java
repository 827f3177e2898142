package id.siapkerja.govsim.sms;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A text message the gateway accepted, or refused to deliver. */
public record Sms(long id, String to, String text, Instant receivedAt, boolean delivered) {

	private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss 'WIB'")
		.withZone(ZoneId.of("Asia/Jakarta"));

	/** When the gateway got it, in Western Indonesian Time. */
	public String receivedAtWib() {
		return WIB.format(this.receivedAt);
	}

}
