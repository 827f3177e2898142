package id.siapkerja.govsim.mail;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A GreenMail SMTP server on loopback that keeps every message it receives in memory
 * (until gov-sim restarts).
 */
@Component
class MailCatcher implements SmartLifecycle {

	private final GreenMail greenMail;

	private volatile boolean running;

	MailCatcher(@Value("${siapkerja.govsim.smtp-port:3025}") int port) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		this.greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
	}

	@Override
	public void start() {
		this.greenMail.start();
		this.running = true;
	}

	@Override
	public void stop() {
		this.greenMail.stop();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** The port SMTP listens on. */
	int port() {
		return this.greenMail.getSmtp().getPort();
	}

	/** How many messages arrived since gov-sim started. */
	int received() {
		return this.greenMail.getReceivedMessages().length;
	}

	/**
	 * The received messages, newest first; only those to the address when one is given.
	 */
	List<CaughtMail> messages(String to) {
		MimeMessage[] received = this.greenMail.getReceivedMessages();
		List<CaughtMail> result = new ArrayList<>();
		for (int i = received.length - 1; i >= 0; i--) {
			CaughtMail mail = read(i, received[i]);
			if (to == null || to.isBlank()
					|| mail.to().stream().anyMatch((address) -> address.equalsIgnoreCase(to.strip()))) {
				result.add(mail);
			}
		}
		return result;
	}

	private static CaughtMail read(int index, MimeMessage message) {
		try {
			Bodies bodies = new Bodies();
			bodies.collect(message);
			Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
					: message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
			return new CaughtMail(index + 1, addresses(message.getRecipients(Message.RecipientType.TO)),
					addresses(message.getFrom()).stream().findFirst().orElse(""), message.getSubject(), received,
					bodies.text, bodies.html);
		}
		catch (MessagingException | IOException ex) {
			return new CaughtMail(index + 1, List.of(), "", "(unreadable: " + ex.getMessage() + ")", Instant.EPOCH, "",
					"");
		}
	}

	private static List<String> addresses(Address[] addresses) {
		if (addresses == null) {
			return List.of();
		}
		return Arrays.stream(addresses)
			.map((address) -> address instanceof jakarta.mail.internet.InternetAddress internet ? internet.getAddress()
					: address.toString())
			.map((address) -> address.toLowerCase(Locale.ROOT))
			.toList();
	}

	/** The plain-text and HTML bodies of a message, from any depth of multipart. */
	private static final class Bodies {

		String text = "";

		String html = "";

		void collect(Part part) throws MessagingException, IOException {
			if (part.isMimeType("text/plain") && this.text.isEmpty()) {
				this.text = String.valueOf(part.getContent());
			}
			else if (part.isMimeType("text/html") && this.html.isEmpty()) {
				this.html = String.valueOf(part.getContent());
			}
			else if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart body = multipart.getBodyPart(i);
					collect(body);
				}
			}
		}

	}

}
