package id.siapkerja.jobfair.fair;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.siapkerja.webkit.test.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Jobfair instances on one database, each with its scheduled clock check running
 * every fifth of a second: when the clock passes the start and the end of forty fairs at
 * once, each fair starts once and finishes once, whichever instance gets there first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "siapkerja.jobfair.fairs.clock-check=PT0.2S", "siapkerja.jobfair.demo-data=false" })
@Import(TwoInstancesTests.Clocks.class)
class TwoInstancesTests {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Environment environment;

	@Test
	void theClockMovesEachFairOnceWithTwoInstancesRunning() throws Exception {
		try (ConfigurableApplicationContext second = secondInstance()) {
			assertThat(second.getBean(Fairs.class)).isNotNull();
			List<FairId> fairs = publishedFairs(40, Duration.ofHours(1), Duration.ofHours(3));

			this.clock.advance(Duration.ofHours(1).plusMinutes(1));
			awaitAll(fairs, "ONGOING");
			this.clock.advance(Duration.ofHours(3));
			awaitAll(fairs, "FINISHED");

			for (FairId fair : fairs) {
				assertThat(this.jdbc.sql("""
						select to_status from fair_history where fair_id = ? and actor = 'sistem' order by id
						""").param(fair).query(String.class).list()).as("each change once")
					.containsExactly("ONGOING", "FINISHED");
			}
		}
	}

	private ConfigurableApplicationContext secondInstance() {
		return id.siapkerja.jobfair.support.SecondInstance.start(this.environment, this.clock,
				"--siapkerja.jobfair.fairs.clock-check=PT0.2S", "--siapkerja.jobfair.demo-data=false");
	}

	private List<FairId> publishedFairs(int count, Duration startsIn, Duration lasts) {
		UUID organizer = UUID.randomUUID();
		this.jdbc.sql("""
				insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
				values (?, 'Disnaker Provinsi Jawa Tengah', 'DISNAKER_PROVINSI', '33', 'Jl. Pahlawan No. 16, Semarang',
					'024-8311713', 'disnakertrans@jatengprov.go.id', 'Sri', now())
				""").param(organizer).update();
		Instant start = this.clock.instant().plus(startsIn);
		List<FairId> fairs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			FairId fair = FairId.random();
			this.jdbc.sql("""
					insert into fair (id, slug, organizer_id, title, description, type, zone, starts_at, ends_at,
						registration_deadline, contact_person, contact_phone, status, created_at, updated_at)
					values (?, ?, ?, ?, 'Jobfair daring untuk lulusan SMK se-Jawa Tengah.', 'ONLINE', 'Asia/Jakarta',
						?, ?, ?, 'Sri', '0248311713', 'PUBLISHED', now(), now())
					""")
				.params(fair, "dua-instans-" + fair, organizer, "Jobfair Daring Jateng " + i, Timestamp.from(start),
						Timestamp.from(start.plus(lasts)), Timestamp.from(start.minus(Duration.ofDays(1))))
				.update();
			fairs.add(fair);
		}
		return fairs;
	}

	private void awaitAll(List<FairId> fairs, String status) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			int moved = this.jdbc.sql("select count(*) from fair where id = any(?) and status = ?")
				.params(fairs.stream().map(FairId::value).toArray(UUID[]::new), status)
				.query(Integer.class)
				.single();
			if (moved == fairs.size()) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("not every fair became " + status + " in 20 s");
	}

}
