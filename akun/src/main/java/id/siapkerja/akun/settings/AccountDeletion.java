package id.siapkerja.akun.settings;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.AccountEvents;
import id.siapkerja.akun.account.AccountSessions;
import id.siapkerja.akun.sso.SingleLogout;
import id.siapkerja.webkit.outbox.Outbox;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Hapus akun" (UU 27/2022, the right to erasure): after the password is asked again,
 * akun deletes the account with all it keeps of the person — the NIK and mother's name,
 * the profile with its photo, codes and links, the activity, the sessions, the
 * registration's registry checks, login holds, e-mails and SMS for them still waiting —
 * and tells every service twice: a back-channel logout now (through the outbox), and
 * {@code AccountDeleted} on the account feed, which a service that is down reads when it
 * is back and then erases its part. What stays is the event: the account's random id and
 * the time, nothing that names the person. The NIK may register again.
 */
@Service
@RequiredArgsConstructor
class AccountDeletion {

	private final JdbcClient jdbc;

	private final AccountEvents events;

	private final AccountSessions sessions;

	private final SingleLogout singleLogout;

	private final Outbox outbox;

	@Transactional
	void delete(Account account, String issuer) {
		String id = account.id().toString();
		this.singleLogout.endEverywhere(id, issuer);
		// the account's earlier events named the person: only their kind and time stay
		this.jdbc.sql("update account_event set payload = '{}' where account_id = ?").param(account.id()).update();
		this.events.record(AccountEvents.Type.AccountDeleted, account.id());
		this.jdbc.sql("delete from oauth2_authorization_consent where principal_name = ?").param(id).update();
		this.jdbc.sql("delete from login_throttle where subject = ?").param(id).update();
		this.outbox.forgetRecipients(account.email(), account.phone());
		this.jdbc.sql("delete from registry_check where nik_index = (select nik_index from account where id = ?)")
			.param(account.id())
			.update();
		this.sessions.endAll(account.id());
		// the profile, codes, links and activity go with it (on delete cascade)
		this.jdbc.sql("delete from account where id = ?").param(account.id()).update();
	}

}
