package id.siapkerja.jobfair.messaging;

import org.springframework.modulith.events.ApplicationModuleListener;
import id.siapkerja.jobfair.member.MemberErased;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.member.Member;
import id.siapkerja.jobfair.member.Members;
import id.siapkerja.jobfair.organizer.Organizer;
import id.siapkerja.jobfair.organizer.Organizers;
import id.siapkerja.jobfair.participation.Participation;
import id.siapkerja.jobfair.participation.Participations;
import id.siapkerja.jobfair.seeker.Followers;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations within a fair (J-O-j, J-C-q, J-S-g). Who may write when, in one place:
 * the organizer and accepted companies from acceptance until 30 days after the fair ends;
 * a seeker (a follower) with the organizer and the accepted companies only while the fair
 * runs, reading afterwards. A message is at most 2,000 characters; a person sends at most
 * 20 a minute. Each sent message is announced to every instance (PostgreSQL NOTIFY).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Conversations {

	static final Duration AFTER_THE_END = Duration.ofDays(30);

	static final int MAX_LENGTH = 2000;

	static final int PER_MINUTE = 20;

	/** What stays of a message whose author deleted their account. */
	static final String ERASED_BODY = "(pesan dihapus)";

	private final JdbcClient jdbc;

	private final Fairs fairs;

	private final Participations participations;

	private final Followers followers;

	private final Companies companies;

	private final Organizers organizers;

	private final Members members;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public record Conversation(UUID id, FairId fairId, Party a, Party b, Instant lastMessageAt) {

		public Party other(List<Party> mine) {
			return mine.contains(this.a) ? this.b : this.a;
		}

		public Party mine(List<Party> mine) {
			return mine.contains(this.a) ? this.a : this.b;
		}

	}

	record Message(UUID id, String authorSub, String authorName, Party.Kind authorKind, String body, Instant sentAt) {
	}

	/** Why writing was refused. */
	public enum Refusal {

		NOT_A_PARTY, NOT_ACCEPTED, NOT_FOLLOWING, SEEKER_ONLY_WHILE_ONGOING, CLOSED, TOO_LONG, EMPTY, TOO_FAST

	}

	/** Every party the person speaks for: as a seeker, for each company and organizer. */
	public List<Party> partiesOf(String sub) {
		List<Party> parties = new ArrayList<>();
		parties.add(new Party(Party.Kind.SEEKER, sub));
		for (Company company : this.companies.of(sub)) {
			parties.add(new Party(Party.Kind.COMPANY, company.id().toString()));
		}
		for (Organizer organizer : this.organizers.of(sub)) {
			parties.add(new Party(Party.Kind.ORGANIZER, organizer.id().toString()));
		}
		return parties;
	}

	/** Whether this party may write to the other in this fair now, and if not why. */
	public Optional<Refusal> mayWrite(Fair fair, Party writer, Party other) {
		if (!fair.status().visibleToPublic() || writer.kind() == other.kind()) {
			return Optional.of(Refusal.NOT_A_PARTY);
		}
		Instant now = this.clock.instant();
		for (Party party : List.of(writer, other)) {
			if (party.kind() == Party.Kind.COMPANY && this.participations.of(fair.id(), CompanyId.valueOf(party.id()))
				.filter((p) -> p.status() == Participation.Status.ACCEPTED)
				.isEmpty()) {
				return Optional.of(Refusal.NOT_ACCEPTED);
			}
			if (party.kind() == Party.Kind.SEEKER && this.followers.of(fair.id(), party.id()).isEmpty()) {
				return Optional.of(Refusal.NOT_FOLLOWING);
			}
			if (party.kind() == Party.Kind.ORGANIZER && !fair.organizerId().toString().equals(party.id())) {
				return Optional.of(Refusal.NOT_A_PARTY);
			}
		}
		if (writer.kind() == Party.Kind.SEEKER) {
			return fair.status() == FairStatus.ONGOING ? Optional.empty()
					: Optional.of(Refusal.SEEKER_ONLY_WHILE_ONGOING);
		}
		return now.isBefore(fair.endsAt().plus(AFTER_THE_END)) ? Optional.empty() : Optional.of(Refusal.CLOSED);
	}

	/** The conversation of two parties in a fair, started when the first may write. */
	@Transactional
	public Conversation open(Fair fair, Party from, Party to) {
		Optional<Refusal> refused = mayWrite(fair, from, to);
		Party a = from.compareTo(to) < 0 ? from : to;
		Party b = a == from ? to : from;
		Optional<Conversation> existing = find(fair.id(), a, b);
		if (existing.isPresent()) {
			return existing.get();
		}
		if (refused.isPresent()) {
			throw new Refused(refused.get());
		}
		this.jdbc.sql("""
				insert into conversation (id, fair_id, a_kind, a_id, b_kind, b_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing
				""")
			.params(UUID.randomUUID(), fair.id(), a.kind().name(), a.id(), b.kind().name(), b.id(), now())
			.update();
		return find(fair.id(), a, b).orElseThrow();
	}

	/**
	 * Sends a message as one of the conversation's parties; announced to every instance.
	 */
	@Transactional
	public Message send(Conversation conversation, Party as, String authorSub, String authorName, String body) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new Refused(Refusal.EMPTY);
		}
		if (text.length() > MAX_LENGTH) {
			throw new Refused(Refusal.TOO_LONG);
		}
		Party other = as.equals(conversation.a()) ? conversation.b() : conversation.a();
		Fair fair = this.fairs.byId(conversation.fairId()).orElseThrow();
		Optional<Refusal> refused = mayWrite(fair, as, other);
		if (refused.isPresent()) {
			throw new Refused(refused.get());
		}
		int recent = this.jdbc.sql("select count(*) from message where author_sub = ? and sent_at > ?")
			.params(authorSub, Timestamp.from(this.clock.instant().minus(Duration.ofMinutes(1))))
			.query(Integer.class)
			.single();
		if (recent >= PER_MINUTE) {
			throw new Refused(Refusal.TOO_FAST);
		}
		UUID id = UUID.randomUUID();
		Timestamp now = now();
		this.jdbc.sql("""
				insert into message (id, conversation_id, author_sub, author_name, author_kind, body, sent_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(id, conversation.id(), authorSub, authorName, as.kind().name(), text, now).update();
		this.jdbc.sql("update conversation set last_message_at = ? where id = ?")
			.params(now, conversation.id())
			.update();
		markRead(conversation, as);
		this.events.publishEvent(new MessageSent(conversation.id(), MessageSent.Side.valueOf(as.kind().name()), as.id(),
				MessageSent.Side.valueOf(other.kind().name()), other.id(), now.toInstant()));
		// delivered to the listeners of every instance when this transaction commits
		this.jdbc.sql("select pg_notify(?, ?)")
			.params(MessageBus.CHANNEL, conversation.id().toString())
			.query()
			.listOfRows();
		return new Message(id, authorSub, authorName, as.kind(), text, now.toInstant());
	}

	@Transactional
	public void markRead(Conversation conversation, Party party) {
		this.jdbc.sql("""
				insert into conversation_read (conversation_id, party_kind, party_id, read_at) values (?, ?, ?, ?)
				on conflict (conversation_id, party_kind, party_id) do update set read_at = excluded.read_at
				""").params(conversation.id(), party.kind().name(), party.id(), now()).update();
	}

	boolean readSince(UUID conversation, Party party, Instant since) {
		return this.jdbc.sql("""
				select count(*) from conversation_read where conversation_id = ? and party_kind = ? and party_id = ?
				  and read_at >= ?
				""")
			.params(conversation, party.kind().name(), party.id(), Timestamp.from(since))
			.query(Integer.class)
			.single() > 0;
	}

	public Optional<Conversation> byId(UUID id) {
		return this.jdbc.sql("select * from conversation where id = ?").param(id).query(Conversations::map).optional();
	}

	public List<Message> messages(UUID conversation) {
		return this.jdbc.sql("select * from message where conversation_id = ? order by sent_at, id")
			.param(conversation)
			.query((rs, row) -> new Message(rs.getObject("id", UUID.class), rs.getString("author_sub"),
					rs.getString("author_name"), Party.Kind.valueOf(rs.getString("author_kind")), rs.getString("body"),
					rs.getTimestamp("sent_at").toInstant()))
			.list();
	}

	/**
	 * A seeker's own conversation as the person's archive keeps it: the other side by its
	 * name (a company or organizer, never one of its people), every message.
	 */
	public record Kept(UUID id, FairId fairId, String with, List<KeptMessage> messages) {
	}

	/** A message of the archive: written by the person, or by the other side. */
	public record KeptMessage(Instant sentAt, boolean mine, String text) {
	}

	/** A message the person wrote for a company or organizer they belong to. */
	public record Written(UUID conversationId, FairId fairId, Party.Kind as, Instant sentAt, String text) {
	}

	/** The person's conversations as a seeker, for their archive (UU 27/2022). */
	public List<Kept> keptFor(String sub) {
		Party me = new Party(Party.Kind.SEEKER, sub);
		List<Kept> kept = new ArrayList<>();
		for (Conversation conversation : ofParties(List.of(me))) {
			List<KeptMessage> messages = messages(conversation.id()).stream()
				.map((message) -> new KeptMessage(message.sentAt(),
						message.authorKind() == Party.Kind.SEEKER && sub.equals(message.authorSub()), message.body()))
				.toList();
			kept.add(new Kept(conversation.id(), conversation.fairId(), name(conversation.other(List.of(me))),
					messages));
		}
		return kept;
	}

	/** What the person wrote for a company or organizer, for their archive. */
	public List<Written> writtenBy(String sub) {
		return this.jdbc.sql("""
				select m.conversation_id, c.fair_id, m.author_kind, m.sent_at, m.body from message m
				join conversation c on c.id = m.conversation_id
				where m.author_sub = ? and m.author_kind <> 'SEEKER' order by m.sent_at, m.id
				""")
			.param(sub)
			.query((rs, row) -> new Written(rs.getObject("conversation_id", UUID.class),
					new FairId(rs.getObject("fair_id", UUID.class)), Party.Kind.valueOf(rs.getString("author_kind")),
					rs.getTimestamp("sent_at").toInstant(), rs.getString("body")))
			.list();
	}

	/** A conversation in the list: the other side's name, the fair, the unread count. */
	record Summary(Conversation conversation, String otherName, Party.Kind otherKind, String fairTitle, int unread) {
	}

	/**
	 * The person's conversations, newest first, optionally those whose names or messages
	 * contain the words.
	 */
	public List<Summary> list(String sub, String search) {
		List<Summary> summaries = new ArrayList<>();
		List<Party> mine = partiesOf(sub);
		String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
		for (Conversation conversation : ofParties(mine)) {
			Party other = conversation.other(mine);
			String otherName = name(other);
			String fairTitle = this.fairs.byId(conversation.fairId()).map(Fair::title).orElse("");
			if (!words.isEmpty() && !otherName.toLowerCase(Locale.ROOT).contains(words)
					&& !fairTitle.toLowerCase(Locale.ROOT).contains(words) && !mentions(conversation, words)) {
				continue;
			}
			summaries.add(new Summary(conversation, otherName, other.kind(), fairTitle,
					unread(conversation, conversation.mine(mine))));
		}
		return summaries;
	}

	/**
	 * Unread messages over all of the person's conversations (the header's count, on
	 * every page): one query over every party the person speaks for.
	 */
	int unreadTotal(String sub) {
		List<Party> mine = partiesOf(sub);
		return this.jdbc.sql("""
				select count(*) from unnest(cast(:kinds as text[]), cast(:ids as text[])) as p(kind, id)
				join conversation c on (c.a_kind = p.kind and c.a_id = p.id) or (c.b_kind = p.kind and c.b_id = p.id)
				join message m on m.conversation_id = c.id and m.author_kind <> p.kind
				where m.sent_at > coalesce((select r.read_at from conversation_read r where r.conversation_id = c.id
				  and r.party_kind = p.kind and r.party_id = p.id), '-infinity')
				""")
			.param("kinds", mine.stream().map((party) -> party.kind().name()).toArray(String[]::new))
			.param("ids", mine.stream().map(Party::id).toArray(String[]::new))
			.query(Integer.class)
			.single();
	}

	int unread(Conversation conversation, Party party) {
		return this.jdbc.sql("""
				select count(*) from message m where m.conversation_id = :c and m.author_kind <> :kind
				  and m.sent_at > coalesce((select read_at from conversation_read r where r.conversation_id = :c
				    and r.party_kind = :kind and r.party_id = :id), '-infinity')
				""")
			.param("c", conversation.id())
			.param("kind", party.kind().name())
			.param("id", party.id())
			.query(Integer.class)
			.single();
	}

	public String name(Party party) {
		return switch (party.kind()) {
			case ORGANIZER -> this.organizers.byId(UUID.fromString(party.id())).map(Organizer::name).orElse("");
			case COMPANY -> this.companies.byId(CompanyId.valueOf(party.id())).map(Company::name).orElse("");
			case SEEKER -> this.members.bySub(party.id()).map(Member::name).orElse("");
		};
	}

	private boolean mentions(Conversation conversation, String words) {
		return this.jdbc.sql("select count(*) from message where conversation_id = ? and lower(body) like ?")
			.params(conversation.id(), "%" + words + "%")
			.query(Integer.class)
			.single() > 0;
	}

	private List<Conversation> ofParties(List<Party> parties) {
		List<Conversation> all = new ArrayList<>();
		for (Party party : parties) {
			all.addAll(this.jdbc.sql("""
					select * from conversation where (a_kind = :kind and a_id = :id) or (b_kind = :kind and b_id = :id)
					""").param("kind", party.kind().name()).param("id", party.id()).query(Conversations::map).list());
		}
		all.sort((x, y) -> {
			Instant left = x.lastMessageAt() == null ? Instant.EPOCH : x.lastMessageAt();
			Instant right = y.lastMessageAt() == null ? Instant.EPOCH : y.lastMessageAt();
			return right.compareTo(left);
		});
		return all.stream().distinct().toList();
	}

	private Optional<Conversation> find(FairId fair, Party a, Party b) {
		return this.jdbc
			.sql("select * from conversation where fair_id = ? and a_kind = ? and a_id = ? and b_kind = ? and b_id = ?")
			.params(fair, a.kind().name(), a.id(), b.kind().name(), b.id())
			.query(Conversations::map)
			.optional();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static Conversation map(ResultSet rs, int row) throws SQLException {
		return new Conversation(rs.getObject("id", UUID.class), new FairId(rs.getObject("fair_id", UUID.class)),
				new Party(Party.Kind.valueOf(rs.getString("a_kind")), rs.getString("a_id")),
				new Party(Party.Kind.valueOf(rs.getString("b_kind")), rs.getString("b_id")),
				rs.getTimestamp("last_message_at") == null ? null : rs.getTimestamp("last_message_at").toInstant());
	}

	/** Writing was refused; the reason names the rule. */
	public static final class Refused extends RuntimeException {

		public final Refusal refusal;

		Refused(Refusal refusal) {
			super(refusal.name());
			this.refusal = refusal;
		}

	}

	/**
	 * The person deleted their account: their messages stay in the conversations for the
	 * other side, shown as written by "Akun dihapus", their text gone.
	 */
	@ApplicationModuleListener
	void erased(MemberErased erased) {
		this.jdbc.sql("update message set author_name = ?, body = ? where author_sub = ?")
			.params(MemberErased.SHOWN_AS, ERASED_BODY, erased.sub())
			.update();
	}

	/** Retention: the conversations of these fairs (ended long ago) go; how many. */
	@Transactional
	public int forgetOf(List<FairId> fairs) {
		if (fairs.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("delete from conversation where fair_id = any(?)")
			.param(fairs.stream().map(FairId::value).toArray(UUID[]::new))
			.update();
	}

}
