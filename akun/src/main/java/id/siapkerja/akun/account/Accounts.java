package id.siapkerja.akun.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.shared.DataProtection;
import id.siapkerja.akun.shared.EmailAddress;
import id.siapkerja.akun.shared.Gender;
import id.siapkerja.akun.shared.MaritalStatus;
import id.siapkerja.akun.shared.Nik;
import id.siapkerja.akun.shared.PhoneNumber;
import id.siapkerja.webkit.region.Regions;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts. The NIK is stored encrypted and found by its blind index; the mother's
 * maiden name is stored encrypted and never read back onto a page.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Accounts {

	private static final String COLUMNS = "id, status, nik_masked, email, email_verified, phone, password_hash,"
			+ " full_name, birth_place, birth_date, gender, marital_status, village_code, street, locale,"
			+ " created_at, activated_at";

	/**
	 * The version of the privacy notice shown at registration; every account records the
	 * one it agreed to (registration refuses to go on without the consent).
	 */
	public static final String PRIVACY_NOTICE_VERSION = "2026-11";

	private final JdbcClient jdbc;

	private final DataProtection protection;

	private final Clock clock;

	/**
	 * Stores a new, pending account; the unique indexes refuse a taken NIK, e-mail or
	 * phone.
	 */
	@Transactional
	public Account add(NewAccount account) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into account (id, status, nik_index, nik_encrypted, nik_masked, mother_name_encrypted, email,
					phone, password_hash, full_name, birth_place, birth_date, gender, marital_status, village_code,
					street, locale, created_at, privacy_consent_at, privacy_notice_version)
				values (:id, 'PENDING', :nikIndex, :nik, :nikMasked, :mother, :email, :phone, :hash, :name,
					:birthPlace, :birthDate, :gender, :marital, :village, :street, :locale, :now, :now, :notice)
				""")
			.param("id", id)
			.param("nikIndex", nikIndex(account.nik()))
			.param("nik", this.protection.encrypt(account.nik().digits()))
			.param("nikMasked", account.nik().masked())
			.param("mother", this.protection.encrypt(account.motherName()))
			.param("email", account.email().value())
			.param("phone", account.phone().e164())
			.param("hash", account.passwordHash())
			.param("name", account.fullName())
			.param("birthPlace", account.birthPlace())
			.param("birthDate", account.birthDate())
			.param("gender", account.gender().name())
			.param("marital", account.maritalStatus().name())
			.param("village", account.villageCode())
			.param("street", account.street())
			.param("locale", account.locale())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("notice", PRIVACY_NOTICE_VERSION)
			.update();
		// the privacy notice ticked on the form, and the optional consents (Consents),
		// given with it and withdrawn on the consents page; sharing the profile with
		// companies only when the person gives it there
		this.jdbc
			.sql("""
					insert into account_consent (account_id, purpose, given, notice_version, changed_at)
					select ?, purpose, purpose <> 'PROFILE_TO_FAIR_COMPANIES',
						case when purpose = 'PROFILE_TO_FAIR_COMPANIES' then '' else ? end, ?
					from unnest(array['PRIVACY_NOTICE', 'EMAIL_NOTIFICATIONS', 'SMS_REMINDERS', 'PROFILE_TO_FAIR_COMPANIES'])
						as p(purpose)
					""")
			.params(id, PRIVACY_NOTICE_VERSION, Timestamp.from(this.clock.instant()))
			.update();
		return byId(id).orElseThrow();
	}

	public Optional<Account> byId(UUID id) {
		return one("id = ?", id);
	}

	public Optional<Account> byNik(Nik nik) {
		return one("nik_index = ?", nikIndex(nik));
	}

	public Optional<Account> byEmail(EmailAddress email) {
		return one("lower(email) = lower(?)", email.value());
	}

	public Optional<Account> byPhone(PhoneNumber phone) {
		return one("phone = ?", phone.e164());
	}

	/**
	 * The account a person means by what they typed to log in: an e-mail address, a
	 * mobile number or a NIK.
	 */
	public Optional<Account> byLogin(String typed, Regions regions) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		if (typed.contains("@")) {
			return EmailAddress.parse(typed).flatMap(this::byEmail);
		}
		String digits = typed.replaceAll("[\\s.\\-]", "");
		if (digits.matches("\\d{16}") && Nik.check(digits, regions).isEmpty()) {
			return byNik(Nik.of(digits, regions));
		}
		return PhoneNumber.parse(typed).flatMap(this::byPhone);
	}

	/** The NIK in clear, for the owner's own use (e.g. the registry); never for a log. */
	public String nikOf(UUID id) {
		return this.protection.decrypt(this.jdbc.sql("select nik_encrypted from account where id = ?")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.single());
	}

	/**
	 * The mother's maiden name in clear, for the owner's own archive after their
	 * password; never for a log.
	 */
	public String motherNameOf(UUID id) {
		return this.protection.decrypt(this.jdbc.sql("select mother_name_encrypted from account where id = ?")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.single());
	}

	@Transactional
	public void activate(UUID id) {
		this.jdbc.sql("update account set status = 'ACTIVE', activated_at = ? where id = ? and status = 'PENDING'")
			.params(now(), id)
			.update();
	}

	@Transactional
	public void changePassword(UUID id, String hash) {
		this.jdbc.sql("update account set password_hash = ? where id = ?").params(hash, id).update();
	}

	@Transactional
	public void changeEmail(UUID id, EmailAddress email, boolean verified) {
		this.jdbc.sql("update account set email = ?, email_verified = ? where id = ?")
			.params(email.value(), verified, id)
			.update();
	}

	@Transactional
	public void changeMaritalStatus(UUID id, MaritalStatus status) {
		this.jdbc.sql("update account set marital_status = ? where id = ?").params(status.name(), id).update();
	}

	@Transactional
	public void changePhone(UUID id, PhoneNumber phone) {
		this.jdbc.sql("update account set phone = ? where id = ?").params(phone.e164(), id).update();
	}

	/** Deletes pending accounts registered before the cut-off; returns how many. */
	@Transactional
	public int deletePendingRegisteredBefore(Instant cutOff) {
		return this.jdbc.sql("delete from account where status = 'PENDING' and created_at < ?")
			.param(Timestamp.from(cutOff))
			.update();
	}

	public boolean nikTaken(Nik nik) {
		return byNik(nik).isPresent();
	}

	public boolean emailTaken(EmailAddress email) {
		return byEmail(email).isPresent();
	}

	public boolean phoneTaken(PhoneNumber phone) {
		return byPhone(phone).isPresent();
	}

	private byte[] nikIndex(Nik nik) {
		return this.protection.index("nik:" + nik.digits());
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private Optional<Account> one(String where, Object value) {
		return this.jdbc.sql("select " + COLUMNS + " from account where " + where)
			.param(value)
			.query(Accounts::map)
			.optional();
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getObject("id", UUID.class), Account.Status.valueOf(rs.getString("status")),
				rs.getString("nik_masked"), rs.getString("email"), rs.getBoolean("email_verified"),
				rs.getString("phone"), rs.getString("password_hash"), rs.getString("full_name"),
				rs.getString("birth_place"), rs.getObject("birth_date", LocalDate.class),
				Gender.valueOf(rs.getString("gender")), MaritalStatus.valueOf(rs.getString("marital_status")),
				rs.getString("village_code"), rs.getString("street"), rs.getString("locale"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("activated_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
