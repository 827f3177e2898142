package id.siapkerja.webkit.session;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.siapkerja.webkit.postgres.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session JDBC with web-kit's update on a real PostgreSQL: reading a session again
 * within a minute writes nothing; a minute later, a new id, a new idle time or a new
 * attribute is written as before. A request that opens its session reads it from the
 * database once, not twice. Two requests adding the same attribute both succeed.
 */
class SessionWritesTests {

	private static EmbeddedPostgres postgres;

	private static JdbcTemplate jdbc;

	private static org.springframework.session.SessionRepository<org.springframework.session.Session> sessions;

	@BeforeAll
	static void sessionTables() throws Exception {
		Path base = Path.of(System.getProperty("siapkerja.data-dir", "target/test-data"));
		postgres = EmbeddedPostgres.acquire(Files.createDirectories(base.resolve("pg-" + UUID.randomUUID())), 0);
		postgres.ensureDatabase("sessions");
		var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), postgres.jdbcUrl("sessions"),
				postgres.username(), postgres.password());
		jdbc = new JdbcTemplate(dataSource);
		jdbc.execute(new String(
				SessionWritesTests.class.getResourceAsStream("/db/siapkerja/V0_1__sessions.sql").readAllBytes(),
				StandardCharsets.UTF_8));
		var repository = new JdbcIndexedSessionRepository(jdbc,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
		new SessionAutoConfiguration().fewerSessionWrites().customize(repository);
		@SuppressWarnings({ "unchecked", "rawtypes" })
		var asSessions = (org.springframework.session.SessionRepository<org.springframework.session.Session>) (org.springframework.session.SessionRepository) repository;
		sessions = asSessions;
	}

	@AfterAll
	static void stop() {
		postgres.release();
	}

	@Test
	void aSessionReadAgainWithinAMinuteIsNotWrittenAMinuteLaterItIs() {
		var session = sessions.createSession();
		Instant began = session.getLastAccessedTime().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		session.setAttribute("language", "id");
		sessions.save(session);

		var again = sessions.findById(session.getId());
		again.setLastAccessedTime(began.plusSeconds(30));
		sessions.save(again);
		assertThat(savedLastAccess(session.getId())).as("a read 30 s later writes nothing").isEqualTo(began);

		var later = sessions.findById(session.getId());
		later.setLastAccessedTime(began.plusSeconds(61));
		sessions.save(later);
		assertThat(savedLastAccess(session.getId())).as("61 s later the last access is saved")
			.isEqualTo(began.plusSeconds(61));
	}

	@Test
	void aNewAttributeANewIdAndANewIdleTimeAreWrittenAtOnce() {
		var session = sessions.createSession();
		Instant began = session.getLastAccessedTime().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		sessions.save(session);

		var again = sessions.findById(session.getId());
		again.setLastAccessedTime(began.plusSeconds(5));
		again.setAttribute("language", "en");
		again.setAttribute(org.springframework.session.FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
				"budi");
		again.setMaxInactiveInterval(Duration.ofHours(4));
		String newId = again.changeSessionId();
		sessions.save(again);

		assertThat(sessions.findById(session.getId())).as("the old id is gone").isNull();
		var found = sessions.findById(newId);
		assertThat(found).isNotNull();
		assertThat((String) found.getAttribute("language")).isEqualTo("en");
		assertThat(jdbc.queryForObject("select principal_name from spring_session where session_id = ?", String.class,
				newId))
			.isEqualTo("budi");
		assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(4));
		assertThat(savedLastAccess(newId)).isEqualTo(began.plusSeconds(5));
	}

	@Test
	void twoRequestsOfOneSessionAddingTheSameAttributeBothSucceed() {
		var session = sessions.createSession();
		sessions.save(session);
		// two requests read the session before either saves, as 50 quick applies do
		var first = sessions.findById(session.getId());
		var second = sessions.findById(session.getId());
		first.setAttribute("flash", "pertama");
		second.setAttribute("flash", "kedua");
		sessions.save(first);
		sessions.save(second);
		assertThat((String) sessions.findById(session.getId()).getAttribute("flash")).isEqualTo("kedua");
	}

	@Test
	void aRedirectedRequestReadsItsSessionOnceAndAStaticFileNotAtAll() throws Exception {
		var session = sessions.createSession();
		sessions.save(session);
		java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
		var counted = new org.springframework.session.FindByIndexNameSessionRepository<org.springframework.session.Session>() {
			@Override
			public org.springframework.session.Session createSession() {
				return sessions.createSession();
			}

			@Override
			public void save(org.springframework.session.Session changed) {
				sessions.save(changed);
			}

			@Override
			public org.springframework.session.Session findById(String id) {
				reads.incrementAndGet();
				return sessions.findById(id);
			}

			@Override
			public void deleteById(String id) {
				sessions.deleteById(id);
			}

			@Override
			public java.util.Map<String, org.springframework.session.Session> findByIndexNameAndIndexValue(
					String indexName, String indexValue) {
				return java.util.Map.of();
			}
		};
		var filter = new org.springframework.session.web.http.SessionRepositoryFilter<>(
				new RememberingSessions(counted));
		String cookie = java.util.Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));

		var apply = new org.springframework.mock.web.MockHttpServletRequest("POST", "/portofolio/jobfair/1/lowongan/2");
		apply.setCookies(new jakarta.servlet.http.Cookie("SESSION", cookie));
		new OneSessionRead().doFilter(apply, new org.springframework.mock.web.MockHttpServletResponse(),
				(outer, outerResponse) -> filter.doFilter(outer, outerResponse, (request, response) -> {
					((jakarta.servlet.http.HttpServletRequest) request).getSession(false).getAttribute("language");
					// a redirect commits the response: Spring Session saves the session
					// then
					// and once more at the end of the request
					((jakarta.servlet.http.HttpServletResponse) response).sendRedirect("/portofolio/lamaran");
				}));
		assertThat(reads).as("an application sent and redirected reads its session once").hasValue(1);

		reads.set(0);
		var asset = new org.springframework.mock.web.MockHttpServletRequest("GET", "/webkit/siapkerja.css");
		asset.setCookies(new jakarta.servlet.http.Cookie("SESSION", cookie));
		new OneSessionRead().doFilter(asset, new org.springframework.mock.web.MockHttpServletResponse(),
				(outer, outerResponse) -> filter.doFilter(outer, outerResponse, (request, response) -> {
				}));
		assertThat(reads).as("a static file does not read the session").hasValue(0);
	}

	private static Instant savedLastAccess(String id) {
		return Instant.ofEpochMilli(jdbc
			.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id));
	}

}
