package id.siapkerja.jobfair.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.member.Members;
import id.siapkerja.webkit.outbox.Outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * New applications are told to a company's members by one e-mail per hour at most, not
 * one per applicant: each digest is recorded up to the newest application it counts,
 * under a unique key, in the transaction that queues it.
 */
@Component
class ApplicationDigest {

	static final Duration EVERY = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Companies companies;

	private final Members members;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	ApplicationDigest(JdbcClient jdbc, Companies companies, Members members, Outbox outbox, MessageSource messages,
			Clock clock, @Value("${siapkerja.jobfair.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.members = members;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Sends the digests that are due; returns how many companies got one. */
	@Scheduled(fixedDelayString = "${siapkerja.jobfair.application-digest.check:PT5M}")
	@Transactional
	public int send() {
		Timestamp now = Timestamp.from(this.clock.instant());
		Timestamp hourAgo = Timestamp.from(this.clock.instant().minus(EVERY));
		List<Map<String, Object>> due = this.jdbc
			.sql("""
					with last as (
					  select company_id, max(up_to) as up_to, max(sent_at) as sent_at from application_digest group by company_id
					)
					select a.company_id, count(*) as applications, max(a.submitted_at) as newest
					from application a left join last l on l.company_id = a.company_id
					where a.submitted_at > coalesce(l.up_to, '-infinity') and coalesce(l.sent_at, '-infinity') <= :hourAgo
					group by a.company_id
					""")
			.param("hourAgo", hourAgo)
			.query()
			.listOfRows();
		int sent = 0;
		for (Map<String, Object> row : due) {
			UUID company = (UUID) row.get("company_id");
			int recorded = this.jdbc.sql("""
					insert into application_digest (company_id, up_to, sent_at) values (?, ?, ?) on conflict do nothing
					""").params(company, row.get("newest"), now).update();
			if (recorded == 0) {
				continue;
			}
			String name = this.companies.byId(company).map(id.siapkerja.jobfair.company.Company::name).orElse("");
			for (String sub : this.companies.activeMemberSubs(company)) {
				this.members.bySub(sub).filter((m) -> m.wantsEmail()).ifPresent((m) -> {
					Locale locale = m.language();
					Object[] args = { ((Number) row.get("applications")).intValue(), name,
							this.baseUrl + "/perusahaan/" + company + "/jobfair" };
					this.outbox.email(m.email(), this.messages.getMessage("applicant.digest.subject", args, locale),
							this.messages.getMessage("applicant.digest.body", args, locale));
				});
			}
			sent++;
		}
		return sent;
	}

}
