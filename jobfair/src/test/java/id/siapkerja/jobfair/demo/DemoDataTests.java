package id.siapkerja.jobfair.demo;

import id.siapkerja.jobfair.signin.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev profile's demo companies, so the journeys can be tried at once. */
@SpringBootTest
class DemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theOngoingDemoFairHasTwentyAcceptedCompaniesAndAHundredVacancies() {
		assertThat(count("""
				select count(*) from participation p join fair f on f.id = p.fair_id
				where f.title = 'Bursa Kerja Cibinong Sedang Berlangsung' and p.status = 'ACCEPTED'
				""")).isGreaterThanOrEqualTo(20);
		assertThat(count("""
				select count(*) from participation_vacancy pv join participation p on p.id = pv.participation_id
				join fair f on f.id = p.fair_id
				where f.title = 'Bursa Kerja Cibinong Sedang Berlangsung' and p.status = 'ACCEPTED'
				""")).isGreaterThanOrEqualTo(100);
		assertThat(this.jdbc.sql("select distinct status from participation").query(String.class).list())
			.contains("REQUESTED", "ACCEPTED", "REJECTED");
		assertThat(count("select count(distinct min_education) from vacancy")).isGreaterThanOrEqualTo(4);
		assertThat(count("""
				select count(*) from company_member m join company c on c.id = m.company_id
				where c.name = 'PT Demo Maju Bersama' and m.status = 'PENDING' and m.invitation_hash is not null
				""")).isOne();
	}

	@Test
	void theDemoCompanyOwnerIsClaimedAtTheFirstLogin() {
		String sub = "demo-owner-" + System.nanoTime();
		this.jdbc.sql(
				"insert into member (sub, name, first_login_at, last_login_at) values (?, 'Pemilik Demo', now(), now())")
			.param(sub)
			.update();
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new SignedIn(sub, "Pemilik Demo", "perusahaan@demo.siapkerja.id")));
		assertThat(this.jdbc.sql("""
				select m.role from company_member m join company c on c.id = m.company_id
				where c.name = 'PT Demo Maju Bersama' and m.sub = ? and m.status = 'ACTIVE'
				""").param(sub).query(String.class).optional()).as("the first to log in with the address owns it")
			.satisfiesAnyOf((role) -> assertThat(role).hasValue("OWNER"), (role) -> assertThat(role).isEmpty());
		assertThat(count("""
				select count(*) from company_member m join company c on c.id = m.company_id
				where c.name = 'PT Demo Maju Bersama' and m.role = 'OWNER' and m.status = 'ACTIVE'
				""")).isOne();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
