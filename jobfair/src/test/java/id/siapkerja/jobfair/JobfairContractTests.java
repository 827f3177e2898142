package id.siapkerja.jobfair;

import id.siapkerja.webkit.test.SiapkerjaAppContract;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every SIAPkerja app promises, checked on jobfair running on the embedded
 * PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobfairContractTests extends SiapkerjaAppContract {

	@Override
	protected Class<?> applicationClass() {
		return JobfairApplication.class;
	}

	@Override
	protected String sessionCookieName() {
		return "SIAPKERJA_JOBFAIR";
	}

	@Autowired
	JdbcClient jdbc;

	/** The front page, a search, a page further and the page of the richest demo fair. */
	@Override
	protected List<String> publicPages() {
		String fair = this.jdbc.sql("""
				select slug from fair where status in ('PUBLISHED', 'ONGOING')
				order by length(description) + length(terms) desc limit 1
				""").query(String.class).single();
		return List.of("/", "/?q=kerja&tipe=OFFLINE", "/jobfair/" + fair);
	}

}
