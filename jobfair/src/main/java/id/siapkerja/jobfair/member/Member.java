package id.siapkerja.jobfair.member;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A person as Jobfair knows them: what akun said at their last login. */
public record Member(String sub, String name, String email, boolean emailVerified, String phone, String locale,
		List<String> roles, Instant firstLoginAt, Instant lastLoginAt, boolean smsReminders,
		boolean emailNotifications) {

	public boolean adminPusat() {
		return this.roles.contains("ADMIN_PUSAT");
	}

	/** The language the person reads Jobfair in: English when chosen, else Indonesian. */
	public Locale language() {
		return language(this.locale);
	}

	/**
	 * The language of a locale as akun names it ("en", "id"): English when chosen, else
	 * Indonesian.
	 */
	public static Locale language(String locale) {
		return "en".equals(locale) ? Locale.ENGLISH : INDONESIAN;
	}

	/** An e-mail may be sent: the address is verified and the person wants e-mail. */
	public boolean wantsEmail() {
		return this.email != null && this.emailVerified && this.emailNotifications;
	}

	/**
	 * An SMS reminder may be sent: a mobile number is known and the person wants them.
	 */
	public boolean wantsSms() {
		return this.phone != null && this.smsReminders;
	}

	private static final Locale INDONESIAN = Locale.of("id");

}
