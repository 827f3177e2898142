package id.siapkerja.jobfair.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.siapkerja.jobfair.entry.EntryBooked;
import id.siapkerja.jobfair.entry.EntrySessions;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.member.Member;
import id.siapkerja.jobfair.member.Members;
import id.siapkerja.webkit.outbox.Outbox;
import id.siapkerja.webkit.text.Times;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The entry ticket by e-mail when a session is booked or moved: the code to show or say
 * at the gate, the session in the fair's zone, the venue and the ticket page's link, in
 * the seeker's language, through the outbox. Sent to a verified address: the ticket is
 * the person's own booking, not a notification to opt out of.
 */
@Component
class TicketMail {

	private final EntrySessions sessions;

	private final Fairs fairs;

	private final Members members;

	private final Outbox outbox;

	private final MessageSource messages;

	private final String baseUrl;

	TicketMail(EntrySessions sessions, Fairs fairs, Members members, Outbox outbox, MessageSource messages,
			@Value("${siapkerja.jobfair.base-url}") String baseUrl) {
		this.sessions = sessions;
		this.fairs = fairs;
		this.members = members;
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(EntryBooked booked) {
		Member member = this.members.bySub(booked.sub()).orElse(null);
		if (member == null || member.email() == null || !member.emailVerified()) {
			return;
		}
		this.fairs.byId(booked.fairId())
			.ifPresent((fair) -> this.sessions.ticket(fair.id(), booked.sub()).ifPresent((ticket) -> {
				Locale locale = Member.language(member.locale());
				String window = DateTimeFormatter.ofPattern("EEEE, dd-MM-yyyy HH:mm", locale)
					.format(ticket.session().startsAt().atZone(fair.zone())) + "–"
						+ DateTimeFormatter.ofPattern("HH:mm").format(ticket.session().endsAt().atZone(fair.zone()))
						+ " " + Times.label(fair.zone());
				String link = this.baseUrl + "/portofolio/jobfair/" + fair.id() + "/tiket";
				this.outbox.email(member.email(),
						this.messages.getMessage("entry.mail.subject", new Object[] { fair.title() }, locale),
						this.messages.getMessage("entry.mail.body",
								new Object[] { member.name(), fair.title(), window, fair.venue(), ticket.code(), link },
								locale));
			}));
	}

}
