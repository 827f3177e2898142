package id.siapkerja.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recruiter with forty applicants, as the company's applicants page is used: seekers
 * apply through Jobfair's own pages (the vacancy, its form with the CSRF token, the
 * post), and a recruiter becomes the owner of the company they applied to.
 */
final class Applicants {

	private static final Pattern HREF = Pattern.compile("href=\"(/portofolio/jobfair/[^\"/]+/lowongan/([^\"?]+))\"");

	private static final Pattern CSRF = Pattern
		.compile("<form[^>]*id=\"apply-form\"[\\s\\S]*?name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** The recruiter's page and cookie. */
	record Recruiter(String page, String cookie, int applications) {
	}

	private Applicants() {
	}

	/**
	 * {@code count} new seekers of the fair apply to the first vacancy they are shown
	 * (the same for all), and a new recruiter owns its company.
	 */
	static Recruiter seed(Connection akun, Connection jobfair, java.nio.file.Path dataDir, String jobfairUrl,
			String akunUrl, UUID fair, int count) throws Exception {
		List<Accounts.Account> seekers = Accounts.seed(akun, dataDir, "applicant", count);
		NationalFair.members(jobfair, seekers);
		NationalFair.follow(jobfair, fair, seekers, true);
		List<String> cookies = JobfairSessions.mint(jobfair, seekers, akunUrl);
		String fairPage = get(jobfairUrl + "/portofolio/jobfair/" + fair, cookies.get(0)).body();
		Matcher link = HREF.matcher(fairPage);
		if (!link.find()) {
			throw new IllegalStateException("The fair page shows no vacancy to apply to");
		}
		String vacancyPath = link.group(1);
		UUID vacancy = UUID.fromString(link.group(2));
		int applied = 0;
		for (String cookie : cookies) {
			String form = get(jobfairUrl + vacancyPath, cookie).body();
			Matcher csrf = CSRF.matcher(form);
			if (!csrf.find()) {
				throw new IllegalStateException("No application form on " + vacancyPath);
			}
			HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(jobfairUrl + vacancyPath))
				.header("Cookie", JobfairSessions.COOKIE + "=" + cookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("note=" + URLEncoder.encode("Saya tertarik.", StandardCharsets.UTF_8) + "&_csrf="
							+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (sent.statusCode() == 302
					&& sent.headers().firstValue("Location").orElse("").endsWith("/portofolio/lamaran")) {
				applied++;
			}
		}
		UUID company = UUID.fromString(companyOf(jobfair, vacancy));
		List<Accounts.Account> recruiter = Accounts.seed(akun, dataDir, "recruiter", 1);
		NationalFair.members(jobfair, recruiter);
		try (PreparedStatement owner = jobfair.prepareStatement("""
				insert into company_member (id, company_id, sub, email, name, role, status, joined_at)
				values (gen_random_uuid(), ?, ?, ?, ?, 'OWNER', 'ACTIVE', now())
				""")) {
			owner.setObject(1, company);
			owner.setString(2, recruiter.get(0).sub());
			owner.setString(3, recruiter.get(0).email());
			owner.setString(4, recruiter.get(0).name());
			owner.executeUpdate();
		}
		String cookie = JobfairSessions.mint(jobfair, recruiter, akunUrl).get(0);
		return new Recruiter("/perusahaan/" + company + "/jobfair/" + fair + "/pelamar", cookie, applied);
	}

	private static String companyOf(Connection jobfair, UUID vacancy) throws SQLException {
		try (PreparedStatement query = jobfair.prepareStatement("select company_id from vacancy where id = ?")) {
			query.setObject(1, vacancy);
			try (var rs = query.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	private static HttpResponse<String> get(String url, String cookie) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Cookie", JobfairSessions.COOKIE + "=" + cookie)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response;
	}

}
