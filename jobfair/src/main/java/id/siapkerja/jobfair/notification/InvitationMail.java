package id.siapkerja.jobfair.notification;

import java.util.Locale;

import id.siapkerja.jobfair.company.InvitationIssued;
import id.siapkerja.jobfair.member.Member;
import id.siapkerja.webkit.outbox.Outbox;
import id.siapkerja.webkit.text.Times;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The team invitation's e-mail (J-C-d): the link, who invites to which company, and until
 * when it is valid (in WIB, as the team page shows it), in the inviter's language,
 * through the outbox.
 */
@Component
class InvitationMail {

	private final Outbox outbox;

	private final MessageSource messages;

	private final String baseUrl;

	InvitationMail(Outbox outbox, MessageSource messages, @Value("${siapkerja.jobfair.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(InvitationIssued invitation) {
		Locale locale = Member.language(invitation.language());
		String link = this.baseUrl + "/undangan/" + invitation.token();
		String until = new Times().at(invitation.expiresAt());
		this.outbox.email(invitation.email(),
				this.messages.getMessage("team.mail.subject", new Object[] { invitation.companyName() }, locale),
				this.messages.getMessage("team.mail.body",
						new Object[] { invitation.inviterName(), invitation.companyName(), link, until }, locale));
	}

}
