package id.siapkerja.webkit.web;

import java.util.Locale;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * What every SIAPkerja web app shares: Bahasa Indonesia by default with English
 * selectable ({@code ?lang=en}), remembered in a cookie; the security headers on every
 * response; the URLs of the sibling services for the layout.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SiapkerjaWebProperties.class)
public class WebKitAutoConfiguration {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("siapkerja-lang");
		resolver.setDefaultLocale(Languages.DEFAULT);
		resolver.setCookieMaxAge(java.time.Duration.ofDays(365));
		return resolver;
	}

	@Bean
	LanguageSwitch languageSwitch(LocaleResolver localeResolver) {
		return new LanguageSwitch(localeResolver);
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(SiapkerjaWebProperties properties) {
		var registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter(properties.getContentSecurityPolicy(), properties.getWeb().getCameraPaths()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Fingerprinted links to static files, cached for a year; in place of Spring's
	 * {@code ResourceUrlEncodingFilter}, which Boot registers only when no registration
	 * of that type exists: hence the declared type (the contract tests check that only
	 * this one is there).
	 */
	@Bean
	FilterRegistrationBean<org.springframework.web.servlet.resource.ResourceUrlEncodingFilter> staticAssets(
			org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.resource.ResourceUrlProvider> urls,
			SiapkerjaWebProperties properties) {
		var registration = new FilterRegistrationBean<org.springframework.web.servlet.resource.ResourceUrlEncodingFilter>(
				new StaticAssets(urls, properties.getWeb().getAssetFolders()));
		// the innermost wrapper of the response, as Boot places Spring's filter: Spring
		// Security's DisableEncodeUrlFilter answers encodeURL without asking the
		// wrappers it wraps
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
		return registration;
	}

	/**
	 * Requests beyond what the instance carries wait their turn or are asked to come back
	 * soon; health checks and static files always pass.
	 */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "siapkerja.capacity.enabled",
			matchIfMissing = true)
	Admission admission(SiapkerjaWebProperties properties, org.springframework.core.env.Environment environment) {
		SiapkerjaWebProperties.Capacity capacity = properties.getCapacity();
		java.util.List<String> free = new java.util.ArrayList<>(properties.getWeb().getAssetFolders());
		free.add("/actuator/");
		free.add("/favicon.ico");
		return new Admission(capacity.getConcurrent(), capacity.getQueue(), capacity.getWait(),
				capacity.getNewcomerWait(), (int) Math.max(1, capacity.getRetryAfter().toSeconds()), free,
				environment.getProperty("server.servlet.session.cookie.name", "SESSION"), capacity.getInside());
	}

	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "siapkerja.capacity.enabled",
			matchIfMissing = true)
	FilterRegistrationBean<Admission> admissionRegistration(Admission admission) {
		var registration = new FilterRegistrationBean<>(admission);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * The database out of reach: a fast, translated 503 instead of an error page, outside
	 * the session filter (which reads the database too).
	 */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	@org.springframework.boot.autoconfigure.condition.ConditionalOnClass(
			name = "org.springframework.transaction.CannotCreateTransactionException")
	static class DatabaseOutages {

		@Bean
		FilterRegistrationBean<DatabaseOutage> databaseOutage() {
			var registration = new FilterRegistrationBean<>(new DatabaseOutage());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
			return registration;
		}

	}

	/** How much the instance is carrying: requests worked on, waiting, sent back. */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "siapkerja.capacity.enabled",
			matchIfMissing = true)
	io.micrometer.core.instrument.binder.MeterBinder admissionMetrics(Admission admission) {
		return (registry) -> {
			io.micrometer.core.instrument.Gauge.builder("siapkerja.admission.working", admission, Admission::working)
				.description("requests being worked on now")
				.register(registry);
			io.micrometer.core.instrument.Gauge.builder("siapkerja.admission.waiting", admission, Admission::waiting)
				.description("requests waiting their turn now")
				.register(registry);
			io.micrometer.core.instrument.FunctionCounter
				.builder("siapkerja.admission.refused", admission, (a) -> (double) a.refused())
				.description("requests answered 'coba lagi sebentar' (503)")
				.register(registry);
		};
	}

	/** The request id in the log and the answer, passed on to other services. */
	@Bean
	FilterRegistrationBean<RequestIds> requestIds() {
		var registration = new FilterRegistrationBean<>(new RequestIds());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** The metrics endpoint only with the metrics token. */
	@Bean
	FilterRegistrationBean<MetricsAccess> metricsAccess(
			@org.springframework.beans.factory.annotation.Value("${siapkerja.metrics.token:}") String token) {
		var registration = new FilterRegistrationBean<>(new MetricsAccess(token));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	/** Every RestClient built from Boot's builder passes the request id on. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	@org.springframework.boot.autoconfigure.condition.ConditionalOnClass(
			name = "org.springframework.boot.restclient.RestClientCustomizer")
	static class RequestIdsPassedOn {

		@Bean
		org.springframework.boot.restclient.RestClientCustomizer requestIdsPassedOn() {
			return (builder) -> builder.requestInterceptor(RequestIds.passedOn());
		}

	}

	/** The shipped Indonesian regions, read once and shared. */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
	id.siapkerja.webkit.region.Regions regions() {
		return id.siapkerja.webkit.region.Regions.shipped();
	}

	/**
	 * Descriptions and messages shown with their limited formatting, everything else
	 * escaped: {@code #formatted} in templates.
	 */
	@Bean
	id.siapkerja.webkit.text.LimitedText limitedText() {
		return new id.siapkerja.webkit.text.LimitedText();
	}

	@Bean
	id.siapkerja.webkit.text.LimitedTextDialect limitedTextDialect(id.siapkerja.webkit.text.LimitedText limitedText) {
		return new id.siapkerja.webkit.text.LimitedTextDialect(limitedText);
	}

	/**
	 * The shipped job titles and skills, and the normalization of skills for matching.
	 */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
	id.siapkerja.webkit.catalog.Catalogs catalogs() {
		return new id.siapkerja.webkit.catalog.Catalogs();
	}

	@Bean
	LayoutModel layoutModel(SiapkerjaWebProperties properties) {
		return new LayoutModel(properties);
	}

	@Bean
	WebMvcConfigurer languageSwitchRegistration(LanguageSwitch languageSwitch) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(languageSwitch);
			}
		};
	}

	/** The languages of the pages. */
	public static final class Languages {

		public static final Locale DEFAULT = Locale.of("id");

		public static final Locale ENGLISH = Locale.ENGLISH;

		private Languages() {
		}

	}

}
