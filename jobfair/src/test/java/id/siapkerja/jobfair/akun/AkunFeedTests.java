package id.siapkerja.jobfair.akun;

import java.sql.Timestamp;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import id.siapkerja.jobfair.member.Members;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jobfair keeps its members current from akun's event feed (akun played by WireMock over
 * HTTP): a client-credentials token, each page applied once, the position stored with it,
 * people who never logged in to Jobfair left out.
 */
@SpringBootTest(properties = "siapkerja.jobfair.sso.feed-poll=PT1H")
class AkunFeedTests {

	static final WireMockServer AKUN = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		AKUN.start();
	}

	@DynamicPropertySource
	static void akun(DynamicPropertyRegistry registry) {
		registry.add("siapkerja.jobfair.sso.issuer", AKUN::baseUrl);
	}

	@Autowired
	AkunFeed feed;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachEventIsAppliedOnceAndThePositionMovesWithIt() {
		String issuer = AKUN.baseUrl();
		AKUN.stubFor(get("/.well-known/openid-configuration").willReturn(
				okJson("""
						{"issuer":"%1$s","authorization_endpoint":"%1$s/oauth2/authorize","token_endpoint":"%1$s/oauth2/token",
						 "jwks_uri":"%1$s/oauth2/jwks","userinfo_endpoint":"%1$s/userinfo","end_session_endpoint":"%1$s/connect/logout",
						 "response_types_supported":["code"],"subject_types_supported":["public"],
						 "id_token_signing_alg_values_supported":["RS256"]}
						"""
					.formatted(issuer))));
		AKUN.stubFor(post("/oauth2/token").willReturn(okJson("{\"access_token\":\"t\",\"expires_in\":600}")));
		AKUN.stubFor(get(urlPathEqualTo("/api/v1/events")).withQueryParam("after", equalTo(""))
			.willReturn(
					okJson("""
							{"events":[
							 {"position":"10-1","type":"ProfileChanged","account":"member-1","data":{"name":"Siti Baru","email":"siti.baru@contoh.id","email_verified":true,"phone_number":"+6281200000001","locale":"en","consents":["PRIVACY_NOTICE","SMS_REMINDERS"]}},
							 {"position":"10-2","type":"AccountActivated","account":"stranger","data":{"name":"Orang Lain"}}],
							 "next":"10-2"}
							""")));
		AKUN.stubFor(get(urlPathEqualTo("/api/v1/events")).withQueryParam("after", equalTo("10-2"))
			.willReturn(okJson("{\"events\":[],\"next\":\"10-2\"}")));
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("update feed_cursor set position = '' where feed = 'akun'").update();
		this.jdbc.sql("delete from member where sub in ('member-1', 'stranger')").update();
		this.jdbc.sql("insert into member (sub, name, email, first_login_at, last_login_at) values (?, ?, ?, ?, ?)")
			.params("member-1", "Siti Lama", "siti@contoh.id", now, now)
			.update();

		this.feed.poll();
		assertThat(this.members.bySub("member-1")).hasValueSatisfying((member) -> {
			assertThat(member.name()).isEqualTo("Siti Baru");
			assertThat(member.email()).isEqualTo("siti.baru@contoh.id");
			assertThat(member.locale()).isEqualTo("en");
			assertThat(member.emailNotifications()).as("consent withdrawn in akun").isFalse();
			assertThat(member.smsReminders()).isTrue();
		});
		assertThat(this.members.bySub("stranger")).isEmpty();
		assertThat(this.jdbc.sql("select position from feed_cursor where feed = 'akun'").query(String.class).single())
			.isEqualTo("10-2");

		// a second poll (or a restarted instance) starts after the stored position
		this.jdbc.sql("update member set name = 'Diubah Lokal' where sub = 'member-1'").update();
		this.feed.poll();
		assertThat(this.members.bySub("member-1").orElseThrow().name()).isEqualTo("Diubah Lokal");
		assertThat(AKUN.findAll(getRequestedFor(urlPathEqualTo("/api/v1/events")).withQueryParam("after", equalTo(""))))
			.hasSize(1);
		assertThat(AKUN.findAll(
				getRequestedFor(urlPathEqualTo("/api/v1/events")).withHeader("Authorization", equalTo("Bearer t"))))
			.hasSizeGreaterThanOrEqualTo(2);

		// a deleted account (read when Jobfair is back, from the stored position): the
		// member keeps its subject and nothing of the person
		AKUN.stubFor(get(urlPathEqualTo("/api/v1/events")).withQueryParam("after", equalTo("10-2"))
			.willReturn(
					okJson("""
							{"events":[{"position":"11-1","type":"AccountDeleted","account":"member-1","data":{}}],"next":"11-1"}
							""")));
		AKUN.stubFor(get(urlPathEqualTo("/api/v1/events")).withQueryParam("after", equalTo("11-1"))
			.willReturn(okJson("{\"events\":[],\"next\":\"11-1\"}")));
		this.feed.poll();
		assertThat(this.members.bySub("member-1")).hasValueSatisfying((member) -> {
			assertThat(member.name()).isEqualTo("Akun dihapus");
			assertThat(member.email()).isNull();
			assertThat(member.phone()).isNull();
		});
		assertThat(this.jdbc.sql("select position from feed_cursor where feed = 'akun'").query(String.class).single())
			.isEqualTo("11-1");
	}

}
