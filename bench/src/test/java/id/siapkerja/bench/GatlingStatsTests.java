package id.siapkerja.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures the reports take from Gatling's HTML report: its statistics table, row by
 * row, and its errors (read from reports of Gatling 3.15; a change of its layout fails
 * here first).
 */
class GatlingStatsTests {

	@Test
	void readsEveryRowOfTheStatisticsTable() throws URISyntaxException {
		GatlingStats stats = GatlingStats
			.of(Path.of(getClass().getResource("/gatling-report/index.html").toURI()).getParent());
		assertThat(stats.rows()).extracting(GatlingStats.Row::name)
			.containsExactly("All Requests", "login", "1 authorize", "2 login form", "3 password", "4 authorize again",
					"5 token");
		GatlingStats.Row login = stats.row("login").orElseThrow();
		assertThat(login.total()).isEqualTo(430);
		assertThat(login.ok()).isEqualTo(430);
		assertThat(login.ko()).isZero();
		assertThat(login.perSecond()).isEqualTo(7.05);
		assertThat(login.p50()).isEqualTo(1093);
		assertThat(login.p95()).isEqualTo(1365);
		assertThat(stats.all().total()).isEqualTo(2150);
		assertThat(stats.errors()).extracting(GatlingStats.Error::count).containsExactly(38661L, 7692L, 1647L);
		assertThat(stats.errors().get(0).message()).startsWith("i.n.c.ConnectTimeoutException");
		assertThat(stats.errors().get(0).share()).isEqualTo("80.54%");
	}

}
