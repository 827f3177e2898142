package id.siapkerja.jobfair.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.member.Member;
import id.siapkerja.jobfair.member.Members;
import id.siapkerja.jobfair.organizer.Organizers;
import id.siapkerja.webkit.outbox.Outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message unread for 15 minutes is mailed to its recipient side (the seeker, or every
 * member of the company or organizer), once: the mailing is recorded under a unique key
 * up to the newest message it covers, in the transaction that queues the e-mail.
 */
@Component
class UnreadMail {

	static final Duration UNREAD_FOR = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Conversations conversations;

	private final Members members;

	private final Companies companies;

	private final Organizers organizers;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	UnreadMail(JdbcClient jdbc, Conversations conversations, Members members, Companies companies,
			Organizers organizers, Outbox outbox, MessageSource messages, Clock clock,
			@Value("${siapkerja.jobfair.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.members = members;
		this.companies = companies;
		this.organizers = organizers;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Mails what has waited unread long enough; returns how many sides were mailed. */
	@Scheduled(fixedDelayString = "${siapkerja.jobfair.unread-mail.check:PT1M}")
	@Transactional
	public int mail() {
		Timestamp cutoff = Timestamp.from(this.clock.instant().minus(UNREAD_FOR));
		List<Map<String, Object>> waiting = this.jdbc.sql("""
				select c.id, c.a_kind, c.a_id, c.b_kind, c.b_id, m.author_kind, max(m.sent_at) as last_at
				from message m join conversation c on c.id = m.conversation_id
				where m.sent_at <= :cutoff and m.sent_at > cast(:cutoff as timestamptz) - interval '1 day'
				group by c.id, c.a_kind, c.a_id, c.b_kind, c.b_id, m.author_kind
				""").param("cutoff", cutoff).query().listOfRows();
		int mailed = 0;
		for (Map<String, Object> row : waiting) {
			Party a = new Party(Party.Kind.valueOf((String) row.get("a_kind")), (String) row.get("a_id"));
			Party b = new Party(Party.Kind.valueOf((String) row.get("b_kind")), (String) row.get("b_id"));
			Party recipient = a.kind().name().equals(row.get("author_kind")) ? b : a;
			Party sender = recipient == a ? b : a;
			Timestamp last = (Timestamp) row.get("last_at");
			boolean read = this.jdbc.sql("""
					select count(*) from conversation_read where conversation_id = ? and party_kind = ? and party_id = ?
					  and read_at >= ?
					""")
				.params(row.get("id"), recipient.kind().name(), recipient.id(), last)
				.query(Integer.class)
				.single() > 0;
			if (read) {
				continue;
			}
			int recorded = this.jdbc.sql("""
					insert into message_mail (conversation_id, party_kind, party_id, up_to, sent_at)
					values (?, ?, ?, ?, ?) on conflict do nothing
					""")
				.params(row.get("id"), recipient.kind().name(), recipient.id(), last,
						Timestamp.from(this.clock.instant()))
				.update();
			if (recorded == 0) {
				continue;
			}
			String from = this.conversations.name(sender);
			for (Member member : people(recipient)) {
				if (!member.wantsEmail()) {
					continue;
				}
				Locale locale = member.language();
				this.outbox.email(member.email(),
						this.messages.getMessage("conversation.mail.subject", new Object[] { from }, locale),
						this.messages.getMessage("conversation.mail.body",
								new Object[] { from, this.baseUrl + "/percakapan/" + row.get("id") }, locale));
			}
			mailed++;
		}
		return mailed;
	}

	private List<Member> people(Party party) {
		List<String> subs = switch (party.kind()) {
			case SEEKER -> List.of(party.id());
			case COMPANY -> this.companies.activeMemberSubs(UUID.fromString(party.id()));
			case ORGANIZER -> this.organizers.memberSubs(UUID.fromString(party.id()));
		};
		List<Member> people = new ArrayList<>();
		for (String sub : subs) {
			this.members.bySub(sub).ifPresent(people::add);
		}
		return people;
	}

}
