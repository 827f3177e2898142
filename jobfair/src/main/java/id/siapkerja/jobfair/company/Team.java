package id.siapkerja.jobfair.company;

import org.springframework.modulith.events.ApplicationModuleListener;
import id.siapkerja.jobfair.member.MemberErased;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.member.Members;
import id.siapkerja.jobfair.signin.SignedIn;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's team (J-C-d … g): the owner invites people by e-mail with a link valid 7
 * days (only its SHA-256 is stored), resends, cancels and removes; an invitee accepts
 * after logging in with the invited, verified address; ownership passes to an active
 * member, and there is always exactly one owner.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Team {

	static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Members members;

	/** Why an invitation was not sent. */
	public enum InviteProblem {

		ALREADY_MEMBER, ALREADY_INVITED

	}

	/** What opening or accepting an invitation found. */
	public enum InvitationState {

		VALID, UNKNOWN, EXPIRED, USED, CANCELLED, WRONG_ACCOUNT,
		/** The invited address is the person's, but not verified yet. */
		EMAIL_NOT_VERIFIED

	}

	/** An invitation as its link shows it. */
	public record Invitation(InvitationState state, TeamMember member) {
	}

	public List<TeamMember> members(CompanyId company) {
		return this.jdbc
			.sql("""
					select * from company_member where company_id = ? and status <> 'REMOVED'
					order by case role when 'OWNER' then 0 else 1 end, case status when 'ACTIVE' then 0 else 1 end, name, email
					""")
			.param(company)
			.query(Team::map)
			.list();
	}

	/**
	 * Invites an address; the e-mail with the link follows this transaction
	 * (InvitationIssued).
	 */
	@Transactional
	public Optional<InviteProblem> invite(CompanyId company, String companyName, String inviterSub, String inviterName,
			String email, String name, Locale locale) {
		String address = email.strip().toLowerCase(Locale.ROOT);
		String[] people = this.members.subsWithEmail(address).toArray(String[]::new);
		boolean member = this.jdbc.sql("""
				select count(*) from company_member m
				where m.company_id = ? and m.status = 'ACTIVE' and (lower(m.email) = ? or m.sub = any(?))
				""").params(company, address, people).query(Integer.class).single() > 0;
		if (member) {
			return Optional.of(InviteProblem.ALREADY_MEMBER);
		}
		boolean invited = this.jdbc
			.sql("select count(*) from company_member where company_id = ? and status = 'PENDING' and lower(email) = ?")
			.params(company, address)
			.query(Integer.class)
			.single() > 0;
		if (invited) {
			return Optional.of(InviteProblem.ALREADY_INVITED);
		}
		String token = newToken();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into company_member (id, company_id, email, name, role, status, invitation_hash, invited_by,
					invited_at, invitation_expires_at) values (?, ?, ?, ?, 'MEMBER', 'PENDING', ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), company, address, name.strip(), hash(token), inviterSub, Timestamp.from(now),
					Timestamp.from(now.plus(INVITATION_LIFETIME)))
			.update();
		mail(company, address, companyName, inviterName, token, now.plus(INVITATION_LIFETIME), locale);
		return Optional.empty();
	}

	/** A new link (the old one stops working) valid 7 days from now. */
	@Transactional
	public boolean resend(CompanyId company, UUID memberId, String companyName, String inviterName, Locale locale) {
		Optional<TeamMember> pending = member(company, memberId)
			.filter((m) -> m.status().allows(TeamMember.Status.Action.RESEND));
		if (pending.isEmpty()) {
			return false;
		}
		String token = newToken();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update company_member set invitation_hash = ?, invited_at = ?, invitation_expires_at = ? where id = ?
				""")
			.params(hash(token), Timestamp.from(now), Timestamp.from(now.plus(INVITATION_LIFETIME)), memberId)
			.update();
		mail(company, pending.get().email(), companyName, inviterName, token, now.plus(INVITATION_LIFETIME), locale);
		return true;
	}

	/** Cancels an invitation or removes a member; never the owner. */
	@Transactional
	public boolean remove(CompanyId company, UUID memberId) {
		Optional<TeamMember> member = member(company, memberId).filter((m) -> m.role() == TeamMember.Role.MEMBER);
		if (member.isEmpty()) {
			return false;
		}
		TeamMember.Status now = member.get().status();
		Optional<TeamMember.Status> next = now.after(
				now == TeamMember.Status.PENDING ? TeamMember.Status.Action.CANCEL : TeamMember.Status.Action.REMOVE);
		// the state read is the state changed: a move made meanwhile by another request
		// wins
		return next.isPresent() && this.jdbc.sql("""
				update company_member set status = ? where id = ? and company_id = ? and role = 'MEMBER' and status = ?
				""").params(next.get().name(), memberId, company, now.name()).update() > 0;
	}

	/** What the link of this token leads to, for this person. */
	public Invitation open(String token, String sub, String verifiedEmail) {
		Optional<TeamMember> found = this.jdbc.sql("select * from company_member where invitation_hash = ?")
			.param(hash(token))
			.query(Team::map)
			.optional();
		if (found.isEmpty()) {
			return new Invitation(InvitationState.UNKNOWN, null);
		}
		TeamMember member = found.get();
		InvitationState state;
		if (member.status() == TeamMember.Status.ACTIVE) {
			state = InvitationState.USED;
		}
		else if (member.status() == TeamMember.Status.REMOVED) {
			state = (member.sub() != null) ? InvitationState.USED : InvitationState.CANCELLED;
		}
		else if (member.expired(this.clock.instant())) {
			state = InvitationState.EXPIRED;
		}
		else if (verifiedEmail == null || !verifiedEmail.strip().equalsIgnoreCase(member.email())) {
			state = InvitationState.WRONG_ACCOUNT;
		}
		else {
			state = InvitationState.VALID;
		}
		return new Invitation(state, member);
	}

	/** Accepts the invitation when it is still valid for this person. */
	@Transactional
	public Invitation accept(String token, String sub, String verifiedEmail, String name) {
		Invitation invitation = open(token, sub, verifiedEmail);
		if (invitation.state() != InvitationState.VALID) {
			return invitation;
		}
		boolean already = this.jdbc
			.sql("select count(*) from company_member where company_id = ? and sub = ? and status = 'ACTIVE'")
			.params(invitation.member().companyId(), sub)
			.query(Integer.class)
			.single() > 0;
		TeamMember.Status pending = invitation.member().status();
		if (already) {
			this.jdbc.sql("update company_member set status = ?, sub = ? where id = ? and status = ?")
				.params(pending.after(TeamMember.Status.Action.CANCEL).orElseThrow().name(), sub,
						invitation.member().id(), pending.name())
				.update();
			return new Invitation(InvitationState.USED, invitation.member());
		}
		this.jdbc.sql("""
				update company_member set sub = ?, name = ?, status = ?, joined_at = ?
				where id = ? and status = ?
				""")
			.params(sub, name, pending.after(TeamMember.Status.Action.ACCEPT).orElseThrow().name(),
					Timestamp.from(this.clock.instant()), invitation.member().id(), pending.name())
			.update();
		return invitation;
	}

	/**
	 * Hands ownership to an active member: the old owner stays a member. Refused unless
	 * the person is the owner and the other an active member of the same company.
	 */
	@Transactional
	public boolean transferOwnership(CompanyId company, String ownerSub, UUID toMember) {
		Optional<TeamMember> target = member(company, toMember)
			.filter((m) -> m.status() == TeamMember.Status.ACTIVE && m.role() == TeamMember.Role.MEMBER);
		int demoted = this.jdbc.sql("""
				update company_member set role = 'MEMBER'
				where company_id = ? and sub = ? and role = 'OWNER' and status = 'ACTIVE'
				""").params(company, ownerSub).update();
		if (target.isEmpty() || demoted != 1) {
			// nothing changed: the transaction rolls back what the demotion did
			throw new NotTransferable();
		}
		this.jdbc.sql("update company_member set role = 'OWNER' where id = ?").param(toMember).update();
		return true;
	}

	/** The transfer was not allowed. */
	public static final class NotTransferable extends RuntimeException {

		NotTransferable() {
			super("ownership not transferable");
		}

	}

	@EventListener
	void signedIn(SignedIn event) {
		claimArranged(event.sub(), event.verifiedEmail(), event.name());
	}

	/**
	 * Memberships arranged before a person ever logged in (the demo data): activated at
	 * the first login with that verified address.
	 */
	@Transactional
	public int claimArranged(String sub, String verifiedEmail, String name) {
		if (verifiedEmail == null || verifiedEmail.isBlank()) {
			return 0;
		}
		return this.jdbc.sql("""
				update company_member set sub = ?, name = ?, status = 'ACTIVE', joined_at = ?
				where status = 'PENDING' and invitation_hash is null and lower(email) = lower(?)
				  and not exists (select 1 from company_member o where o.company_id = company_member.company_id
				    and o.sub = ? and o.status = 'ACTIVE')
				""").params(sub, name, Timestamp.from(this.clock.instant()), verifiedEmail, sub).update();
	}

	/** Arranges a membership for an address (the demo data). */
	@Transactional
	public void arrange(CompanyId company, String email, TeamMember.Role role) {
		this.jdbc.sql("""
				insert into company_member (id, company_id, email, name, role, status, invited_at)
				values (?, ?, lower(?), '', ?, 'PENDING', ?)
				""")
			.params(UUID.randomUUID(), company, email, role.name(), Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * A pending invitation whose link was never sent (the demo data): it shows on the
	 * team page as waiting, and can be resent or cancelled there.
	 */
	@Transactional
	public void arrangeInvitation(CompanyId company, String email, String name) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into company_member (id, company_id, email, name, role, status, invitation_hash, invited_at,
					invitation_expires_at) values (?, ?, lower(?), ?, 'MEMBER', 'PENDING', ?, ?, ?)
				""")
			.params(UUID.randomUUID(), company, email, name, hash(newToken()), Timestamp.from(now),
					Timestamp.from(now.plus(INVITATION_LIFETIME)))
			.update();
	}

	public Optional<TeamMember> member(CompanyId company, UUID memberId) {
		return this.jdbc.sql("select * from company_member where id = ? and company_id = ?")
			.params(memberId, company)
			.query(Team::map)
			.optional();
	}

	/** The e-mail with the link leaves through the notification module, after commit. */
	private void mail(CompanyId company, String to, String companyName, String inviterName, String token,
			Instant expires, Locale locale) {
		this.events.publishEvent(
				new InvitationIssued(company, companyName, inviterName, to, token, expires, locale.getLanguage()));
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static TeamMember map(ResultSet rs, int row) throws SQLException {
		return new TeamMember(rs.getObject("id", UUID.class), new CompanyId(rs.getObject("company_id", UUID.class)),
				rs.getString("sub"), rs.getString("email"), rs.getString("name"),
				TeamMember.Role.valueOf(rs.getString("role")), TeamMember.Status.valueOf(rs.getString("status")),
				instant(rs, "invited_at"), instant(rs, "invitation_expires_at"), instant(rs, "joined_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	/**
	 * The person deleted their account: they leave every company team, and invitations to
	 * their address go.
	 */
	@ApplicationModuleListener
	void erased(MemberErased erased) {
		this.jdbc.sql("delete from company_member where sub = ? or lower(email) = lower(?)")
			.params(erased.sub(), erased.email() == null ? "" : erased.email())
			.update();
	}

}
