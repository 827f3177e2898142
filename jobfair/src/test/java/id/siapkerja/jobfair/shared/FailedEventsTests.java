package id.siapkerja.jobfair.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import id.siapkerja.jobfair.application.ApplicationSubmitted;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.vacancy.VacancyId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event between modules is not lost when its listener fails: it stays in the registry
 * as failed, and once the cause is gone the next run of {@link FailedEvents} does what
 * the listener owed — here, telling a company's team of a new applicant while the
 * notification table refused it.
 */
@SpringBootTest(properties = "siapkerja.jobfair.demo-data=false")
class FailedEventsTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FailedEvents failedEvents;

	@AfterEach
	void openTheTableAgain() {
		this.jdbc.sql("drop trigger if exists refuse_received on notification").update();
	}

	@Test
	void aListenerThatFailedRunsAgainOnceTheCauseIsGone() {
		String recruiter = UUID.randomUUID().toString();
		this.jdbc.sql("insert into member (sub, name, first_login_at, last_login_at) values (?, 'Rina', now(), now())")
			.param(recruiter)
			.update();
		CompanyId company = CompanyId.random();
		this.jdbc.sql("""
				insert into company (id, name, legal_form, sector, size, region_code, address, phone, email, created_at)
				values (?, 'PT Ulang', 'PT', 'Industri', 'BESAR', '32.01', 'Jl.', '021', 'x@contoh.id', now())
				""").param(company).update();
		this.jdbc.sql("""
				insert into company_member (id, company_id, sub, email, name, role, status, joined_at)
				values (gen_random_uuid(), ?, ?, 'x@contoh.id', 'Rina', 'OWNER', 'ACTIVE', now())
				""").params(company, recruiter).update();
		// the notification table refuses the company's notice, as a database in trouble
		// would
		this.jdbc.sql("""
				create or replace function refuse_received() returns trigger language plpgsql as $$
				begin
				  if new.message_key = 'notify.application.received' then
				    raise exception 'notification refused (test)';
				  end if;
				  return new;
				end $$
				""").update();
		this.jdbc.sql("""
				create trigger refuse_received before insert on notification
				for each row execute function refuse_received()
				""").update();

		UUID application = UUID.randomUUID();
		this.transactions
			.executeWithoutResult((status) -> this.events.publishEvent(new ApplicationSubmitted(application,
					FairId.random(), VacancyId.random(), "Operator Produksi", company, "pelamar", Instant.now())));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("select status from event_publication where serialized_event like ? and listener_id like ?")
				.params("%" + application + "%", "%applicationSubmitted%")
				.query(String.class)
				.optional()).as("kept, marked failed").contains("FAILED"));
		assertThat(told(recruiter)).isZero();

		// the cause gone, the next run does what was owed, once
		openTheTableAgain();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			this.failedEvents.runAgain();
			assertThat(told(recruiter)).isOne();
		});
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.jdbc.sql("select count(*) from event_publication where serialized_event like ?")
						.param("%" + application + "%")
						.query(Integer.class)
						.single())
				.as("done, so removed")
				.isZero());
		this.failedEvents.runAgain();
		assertThat(told(recruiter)).isOne();
	}

	private int told(String sub) {
		return this.jdbc.sql("select count(*) from notification where sub = ? and message_key = ?")
			.params(sub, "notify.application.received")
			.query(Integer.class)
			.single();
	}

}
