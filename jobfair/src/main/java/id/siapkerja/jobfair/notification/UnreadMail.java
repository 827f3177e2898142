package id.siapkerja.jobfair.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.member.Member;
import id.siapkerja.jobfair.member.Members;
import id.siapkerja.jobfair.messaging.MessageSent.Side;
import id.siapkerja.jobfair.messaging.MessageSent;
import id.siapkerja.jobfair.messaging.UnreadMessages;
import id.siapkerja.jobfair.organizer.Organizer;
import id.siapkerja.jobfair.organizer.Organizers;
import id.siapkerja.webkit.outbox.Outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message unread for 15 minutes is mailed to its recipient side (the seeker, or every
 * member of the company or organizer), once: notification keeps the newest message each
 * side was sent ({@link MessageSent}), and records each mailing under a unique key up to
 * that message, in the transaction that queues the e-mail.
 */
@Component
class UnreadMail {

	static final Duration UNREAD_FOR = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final UnreadMessages unread;

	private final Members members;

	private final Companies companies;

	private final Organizers organizers;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	UnreadMail(JdbcClient jdbc, UnreadMessages unread, Members members, Companies companies, Organizers organizers,
			Outbox outbox, MessageSource messages, Clock clock,
			@Value("${siapkerja.jobfair.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.unread = unread;
		this.members = members;
		this.companies = companies;
		this.organizers = organizers;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(MessageSent sent) {
		this.jdbc.sql("""
				insert into unread_message (conversation_id, party_kind, party_id, sender_kind, sender_id, last_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (conversation_id, party_kind, party_id) do update
				  set sender_kind = excluded.sender_kind, sender_id = excluded.sender_id, last_at = excluded.last_at
				  where unread_message.last_at < excluded.last_at
				""")
			.params(sent.conversationId(), sent.to().name(), sent.toId(), sent.from().name(), sent.fromId(),
					Timestamp.from(sent.sentAt()))
			.update();
	}

	/** Mails what has waited unread long enough; returns how many sides were mailed. */
	@Scheduled(fixedDelayString = "${siapkerja.jobfair.unread-mail.check:PT1M}",
			initialDelayString = "${siapkerja.jobfair.unread-mail.check:PT1M}")
	@Transactional
	public int mail() {
		Instant cutoff = this.clock.instant().minus(UNREAD_FOR);
		List<Waiting> waiting = this.jdbc.sql("""
				select * from unread_message u where u.last_at <= :cutoff and u.last_at > :dayBefore
				  and not exists (select 1 from message_mail m where m.conversation_id = u.conversation_id
				    and m.party_kind = u.party_kind and m.party_id = u.party_id and m.up_to = u.last_at)
				""")
			.param("cutoff", Timestamp.from(cutoff))
			.param("dayBefore", Timestamp.from(cutoff.minus(Duration.ofDays(1))))
			.query((rs, row) -> new Waiting(rs.getObject("conversation_id", UUID.class),
					Side.valueOf(rs.getString("party_kind")), rs.getString("party_id"),
					Side.valueOf(rs.getString("sender_kind")), rs.getString("sender_id"),
					rs.getTimestamp("last_at").toInstant()))
			.list();
		int mailed = 0;
		for (Waiting message : waiting) {
			if (!this.unread.stillUnread(message.conversation(), message.to(), message.toId(), message.lastAt())) {
				continue;
			}
			int recorded = this.jdbc.sql("""
					insert into message_mail (conversation_id, party_kind, party_id, up_to, sent_at)
					values (?, ?, ?, ?, ?) on conflict do nothing
					""")
				.params(message.conversation(), message.to().name(), message.toId(), Timestamp.from(message.lastAt()),
						Timestamp.from(this.clock.instant()))
				.update();
			if (recorded == 0) {
				continue;
			}
			String from = name(message.from(), message.fromId());
			for (Member member : this.members.bySubs(subs(message.to(), message.toId())).values()) {
				if (!member.wantsEmail()) {
					continue;
				}
				Locale locale = member.language();
				this.outbox.email(member.email(),
						this.messages.getMessage("conversation.mail.subject", new Object[] { from }, locale),
						this.messages.getMessage("conversation.mail.body",
								new Object[] { from, this.baseUrl + "/percakapan/" + message.conversation() }, locale));
			}
			mailed++;
		}
		return mailed;
	}

	private record Waiting(UUID conversation, Side to, String toId, Side from, String fromId, Instant lastAt) {
	}

	private List<String> subs(Side side, String id) {
		return switch (side) {
			case SEEKER -> List.of(id);
			case COMPANY -> this.companies.activeMemberSubs(CompanyId.valueOf(id));
			case ORGANIZER -> this.organizers.memberSubs(UUID.fromString(id));
		};
	}

	private String name(Side side, String id) {
		return switch (side) {
			case ORGANIZER -> this.organizers.byId(UUID.fromString(id)).map(Organizer::name).orElse("");
			case COMPANY -> this.companies.byId(CompanyId.valueOf(id)).map(Company::name).orElse("");
			case SEEKER -> this.members.bySub(id).map(Member::name).orElse("");
		};
	}

}
