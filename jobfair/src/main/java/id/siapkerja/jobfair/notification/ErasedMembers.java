package id.siapkerja.jobfair.notification;

import id.siapkerja.jobfair.member.MemberErased;
import id.siapkerja.webkit.outbox.Outbox;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person deleted their account: their notifications go, their name goes from others'
 * notifications (e.g. "Budi mengirim pesan"), and no e-mail or SMS still waiting or kept
 * is addressed to them.
 */
@Component
@RequiredArgsConstructor
class ErasedMembers {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	@ApplicationModuleListener
	void erased(MemberErased erased) {
		this.jdbc.sql("delete from notification where sub = ?").param(erased.sub()).update();
		if (erased.name() != null && !erased.name().isBlank()) {
			this.jdbc.sql("""
					update notification set arguments = (select jsonb_agg(case when value = to_jsonb(:name::text)
						then to_jsonb(:shown::text) else value end order by position)
						from jsonb_array_elements(arguments) with ordinality as a(value, position))
					where jsonb_typeof(arguments) = 'array' and arguments @> jsonb_build_array(:name::text)
					""").param("name", erased.name()).param("shown", MemberErased.SHOWN_AS).update();
		}
		this.outbox.forgetRecipients(erased.email(), erased.phone());
	}

}
