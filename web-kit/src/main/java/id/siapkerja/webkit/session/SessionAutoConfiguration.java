package id.siapkerja.webkit.session;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions in PostgreSQL (Spring Session JDBC) without a write per request: Spring
 * Session saves the last access of a session on every request it is read in; here that
 * update changes the row only when something other than the last access changed, or when
 * the last access saved is a minute old. A page view then costs a read, not a write and a
 * commit to disk. A session may so expire up to a minute before its idle time is over,
 * never later. And a request reads its session once ({@link OneSessionRead},
 * {@link RememberingSessions}).
 */
@AutoConfiguration
@ConditionalOnClass(JdbcIndexedSessionRepository.class)
public class SessionAutoConfiguration {

	/** How stale the saved last access may be before a read writes it (milliseconds). */
	static final long LAST_ACCESS_SLACK_MILLIS = 60_000;

	/**
	 * Spring Session's update, with its six parameters in the same order, as a no-op
	 * unless the row would change by more than the last access's slack.
	 */
	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
				MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
				PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS VARCHAR) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
				CAST(? AS INTEGER) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
				CAST(? AS VARCHAR) AS PRINCIPAL_NAME) V
			WHERE S.PRIMARY_ID = ?
			AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
				OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
				OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= {slack})
			""".replace("{slack}", Long.toString(LAST_ACCESS_SLACK_MILLIS));

	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<OneSessionRead> oneSessionRead() {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new OneSessionRead());
		// just outside Spring Session's filter, whose two look-ups it spans
		registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR,
				jakarta.servlet.DispatcherType.ASYNC);
		return registration;
	}

	/** Spring Session's JDBC repository, behind {@link RememberingSessions}. */
	@Bean
	static org.springframework.beans.factory.config.BeanPostProcessor rememberingSessions() {
		return new org.springframework.beans.factory.config.BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository repository) ? new RememberingSessions(repository)
						: bean;
			}
		};
	}

	/**
	 * Spring Session's insert of a new attribute, as an upsert: two requests of one
	 * session that both add the same attribute (the flash map of two quick form posts)
	 * would otherwise break the primary key, and the second answered 500.
	 */
	static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> fewerSessionWrites() {
		return (repository) -> {
			repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
			repository.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
		};
	}

}
