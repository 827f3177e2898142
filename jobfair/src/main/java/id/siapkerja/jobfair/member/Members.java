package id.siapkerja.jobfair.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The members, created at their first login and refreshed at every login. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Members {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/**
	 * The person deleted their account in akun: the member keeps its subject (what
	 * Jobfair's records point to) and nothing else of them, and every module is told to
	 * erase its part ({@link MemberErased}). A person who never logged in to Jobfair has
	 * nothing here.
	 * @return whether there was such a member
	 */
	@Transactional
	public boolean erase(String sub) {
		Optional<Member> member = bySub(sub);
		if (member.isEmpty()) {
			return false;
		}
		this.jdbc.sql("""
				update member set name = ?, email = null, email_verified = false, phone = null, roles = '',
					sms_reminders = false, email_notifications = false where sub = ?
				""").params(MemberErased.SHOWN_AS, sub).update();
		this.events
			.publishEvent(new MemberErased(sub, member.get().name(), member.get().email(), member.get().phone()));
		return true;
	}

	/** Records a login: a new member the first time, fresh data from akun each time. */
	@Transactional
	public Member loggedIn(OidcUser user) {
		Map<String, Object> claims = user.getClaims();
		Object roles = claims.get("roles");
		String joinedRoles = (roles instanceof List<?> list)
				? String.join(",", list.stream().map(String::valueOf).toList()) : "";
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc
			.sql("""
					insert into member (sub, name, email, email_verified, phone, locale, roles, first_login_at, last_login_at)
					values (:sub, :name, :email, :verified, :phone, :locale, :roles, :now, :now)
					on conflict (sub) do update set name = excluded.name, email = excluded.email,
						email_verified = excluded.email_verified, phone = excluded.phone, locale = excluded.locale,
						roles = excluded.roles, last_login_at = excluded.last_login_at
					""")
			.param("sub", user.getSubject())
			.param("name", user.getFullName() == null ? user.getSubject() : user.getFullName())
			.param("email", user.getEmail())
			.param("verified", Boolean.TRUE.equals(user.getEmailVerified()))
			.param("phone", user.getPhoneNumber())
			.param("locale", user.getLocale() == null ? "id" : user.getLocale())
			.param("roles", joinedRoles)
			.param("now", now)
			.update();
		return bySub(user.getSubject()).orElseThrow();
	}

	/**
	 * Refreshes a known member from an akun account event; a person who never logged in
	 * to Jobfair is not recorded.
	 * @return whether a member was updated
	 */
	@Transactional
	public boolean changedInAkun(String sub, Map<String, Object> data) {
		if (data == null || data.get("name") == null) {
			return false;
		}
		return this.jdbc.sql("""
				update member set name = :name, email = :email, email_verified = :verified, phone = :phone,
					locale = :locale where sub = :sub
				""")
			.param("sub", sub)
			.param("name", data.get("name"))
			.param("email", data.get("email"))
			.param("verified", Boolean.TRUE.equals(data.get("email_verified")))
			.param("phone", data.get("phone_number"))
			.param("locale", data.get("locale") == null ? "id" : data.get("locale"))
			.update() > 0 && consented(sub, data.get("consents"));
	}

	/**
	 * The consents the person gives in akun (e-mail notifications, SMS reminders) decide
	 * what Jobfair sends them; an event without them (older akun) changes nothing.
	 */
	private boolean consented(String sub, Object consents) {
		if (consents instanceof List<?> given) {
			this.jdbc.sql("update member set email_notifications = ?, sms_reminders = ? where sub = ?")
				.params(given.contains("EMAIL_NOTIFICATIONS"), given.contains("SMS_REMINDERS"), sub)
				.update();
		}
		return true;
	}

	/** Which messages the member wants outside the page. */
	@Transactional
	public void choose(String sub, boolean smsReminders, boolean emailNotifications) {
		this.jdbc.sql("update member set sms_reminders = ?, email_notifications = ? where sub = ?")
			.params(smsReminders, emailNotifications, sub)
			.update();
	}

	/** The members akun names Admin Pusat (as of their last login). */
	public List<String> adminSubs() {
		return this.jdbc.sql("select sub from member where ',' || roles || ',' like '%,ADMIN_PUSAT,%'")
			.query(String.class)
			.list();
	}

	public Optional<Member> bySub(String sub) {
		return this.jdbc.sql("select * from member where sub = ?").param(sub).query(Members::map).optional();
	}

	/** The members whose address (as akun last gave it) is this one, any case. */
	public List<String> subsWithEmail(String email) {
		return this.jdbc.sql("select sub from member where lower(email) = lower(?)")
			.param(email.strip())
			.query(String.class)
			.list();
	}

	/** These members, by subject, in one look (the ones Jobfair knows). */
	public Map<String, Member> bySubs(Collection<String> subs) {
		Map<String, Member> found = new HashMap<>();
		if (subs.isEmpty()) {
			return found;
		}
		this.jdbc.sql("select * from member where sub = any(?)")
			.param(subs.toArray(String[]::new))
			.query(Members::map)
			.list()
			.forEach((member) -> found.put(member.sub(), member));
		return found;
	}

	private static Member map(ResultSet rs, int row) throws SQLException {
		return new Member(rs.getString("sub"), rs.getString("name"), rs.getString("email"),
				rs.getBoolean("email_verified"), rs.getString("phone"), rs.getString("locale"),
				rs.getString("roles").isEmpty() ? List.of() : Arrays.asList(rs.getString("roles").split(",")),
				rs.getTimestamp("first_login_at").toInstant(), rs.getTimestamp("last_login_at").toInstant(),
				rs.getBoolean("sms_reminders"), rs.getBoolean("email_notifications"));
	}

}
