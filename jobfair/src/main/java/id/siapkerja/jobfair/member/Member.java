package id.siapkerja.jobfair.member;

import java.time.Instant;
import java.util.List;

/** A person as Jobfair knows them: what akun said at their last login. */
public record Member(String sub, String name, String email, boolean emailVerified, String phone, String locale,
		List<String> roles, Instant firstLoginAt, Instant lastLoginAt, boolean smsReminders,
		boolean emailNotifications) {

	public boolean adminPusat() {
		return this.roles.contains("ADMIN_PUSAT");
	}

}
