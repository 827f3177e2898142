package id.siapkerja.jobfair.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.siapkerja.jobfair.application.ApplicationSubmitted;
import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.member.Member;
import id.siapkerja.jobfair.member.Members;
import id.siapkerja.webkit.outbox.Outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * New applications are told to a company's members by one e-mail per hour at most, not
 * one per applicant: notification keeps the applications not yet counted
 * ({@link ApplicationSubmitted}); each digest is recorded up to the newest application it
 * counts, under a unique key, in the transaction that queues it, and the applications it
 * counted are let go. Two instances take turns (an advisory lock), so each digest goes
 * once.
 */
@Component
class ApplicationDigest {

	static final Duration EVERY = Duration.ofHours(1);

	/** The advisory lock two instances take in turn: "digest". */
	private static final long LOCK = 0x6469_6765_7374L;

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

	@ApplicationModuleListener
	void on(ApplicationSubmitted submitted) {
		this.jdbc.sql("""
				insert into digest_application (application_id, company_id, submitted_at) values (?, ?, ?)
				on conflict do nothing
				""")
			.params(submitted.applicationId(), submitted.companyId(), Timestamp.from(submitted.submittedAt()))
			.update();
	}

	/** Sends the digests that are due; returns how many companies got one. */
	@Scheduled(fixedDelayString = "${siapkerja.jobfair.application-digest.check:PT5M}",
			initialDelayString = "${siapkerja.jobfair.application-digest.check:PT5M}")
	@Transactional
	public int send() {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().listOfRows();
		Instant now = this.clock.instant();
		List<Due> due = this.jdbc.sql("""
				select a.company_id, count(*) as applications, max(a.submitted_at) as newest
				from digest_application a
				where coalesce((select max(d.sent_at) from application_digest d where d.company_id = a.company_id),
				  '-infinity') <= :hourAgo
				group by a.company_id
				""")
			.param("hourAgo", Timestamp.from(now.minus(EVERY)))
			.query((rs, row) -> new Due(new CompanyId(rs.getObject("company_id", UUID.class)),
					rs.getInt("applications"), rs.getTimestamp("newest")))
			.list();
		int sent = 0;
		for (Due digest : due) {
			int recorded = this.jdbc.sql("""
					insert into application_digest (company_id, up_to, sent_at) values (?, ?, ?) on conflict do nothing
					""").params(digest.company(), digest.newest(), Timestamp.from(now)).update();
			if (recorded == 0) {
				continue;
			}
			this.jdbc.sql("delete from digest_application where company_id = ? and submitted_at <= ?")
				.params(digest.company(), digest.newest())
				.update();
			String name = this.companies.byId(digest.company()).map(Company::name).orElse("");
			Object[] args = { digest.applications(), name,
					this.baseUrl + "/perusahaan/" + digest.company() + "/jobfair" };
			for (Member member : this.members.bySubs(this.companies.activeMemberSubs(digest.company())).values()) {
				if (member.wantsEmail()) {
					this.outbox.email(member.email(),
							this.messages.getMessage("applicant.digest.subject", args, member.language()),
							this.messages.getMessage("applicant.digest.body", args, member.language()));
				}
			}
			sent++;
		}
		return sent;
	}

	private record Due(CompanyId company, int applications, Timestamp newest) {
	}

}
