package id.siapkerja.jobfair.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.messaging.Conversations;
import id.siapkerja.jobfair.messaging.Party;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Unduh data saya" reads Jobfair's part through {@code /api/v1/data-pribadi} (akun
 * played by WireMock, publishing its key set): two people at one fair, each followed,
 * checked in, applied with a note and wrote to the company; the part for one holds
 * exactly theirs and nothing of the other. Only a token akun signed for Jobfair, of the
 * personal-data type, unexpired, is answered.
 */
class PersonalDataApiTests extends JobfairIntegrationTest {

	static final WireMockServer AKUN = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static final RSAKey KEY;

	static final RSAKey OTHER_KEY;

	static {
		AKUN.start();
		try {
			KEY = new RSAKeyGenerator(2048).keyID("akun-1").generate();
			OTHER_KEY = new RSAKeyGenerator(2048).keyID("akun-1").generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		AKUN.stubFor(get("/oauth2/jwks").willReturn(okJson(new JWKSet(KEY.toPublicJWK()).toString())));
	}

	@DynamicPropertySource
	static void akun(DynamicPropertyRegistry registry) {
		registry.add("siapkerja.jobfair.sso.issuer", AKUN::baseUrl);
		registry.add("siapkerja.jobfair.sso.feed-poll", () -> "PT1H");
	}

	@Autowired
	Conversations conversations;

	@Autowired
	Fairs fairs;

	@Test
	void eachPersonGetsExactlyTheirOwnData() throws Exception {
		OngoingFair fair = ongoingFair(null, false, 2);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String siti = seeker(fair, "Siti Arsip " + tag, "siti." + tag + "@contoh.id",
				"+6281311" + tag.hashCode() % 100000);
		String budi = seeker(fair, "Budi Lain " + tag, "budi." + tag + "@contoh.id",
				"+6281322" + tag.hashCode() % 100000);
		this.jdbc.sql("update member set phone = ? where sub = ?").params("+6281311100" + tag.length(), siti).update();
		this.jdbc.sql("update member set phone = ? where sub = ?").params("+6281322200" + tag.length(), budi).update();
		apply(fair, siti, "Saya Siti, siap bekerja shift " + tag);
		apply(fair, budi, "Saya Budi, lulusan SMK " + tag);
		write(fair, siti, "Halo, apakah ada mess karyawan? " + tag);
		write(fair, budi, "Halo, saya Budi dari Bogor " + tag);
		// the company answers Siti: in her archive as the company, not as its recruiter
		var conversation = this.conversations.open(this.fairs.byId(fair.id()).orElseThrow(),
				new Party(Party.Kind.COMPANY, fair.company().toString()), new Party(Party.Kind.SEEKER, siti));
		this.conversations.send(conversation, new Party(Party.Kind.COMPANY, fair.company().toString()),
				fair.recruiter(), "Perekrut Rahasia", "Ada, Bu Siti " + tag);

		String archive = archive(token(siti, "jobfair", "personal-data+jwt", Duration.ofMinutes(2), KEY), 200);

		assertThat(archive).contains("Siti Arsip " + tag, "siti." + tag + "@contoh.id", "+6281311100" + tag.length(),
				"Saya Siti, siap bekerja shift " + tag, "Halo, apakah ada mess karyawan? " + tag, "Ada, Bu Siti " + tag,
				"\"checkedInAt\"", "\"profileSent\"", "Teknik Mesin", "\"notifications\"");
		assertThat(archive).as("nothing of the other person, nor of the recruiter")
			.doesNotContain(budi, "Budi Lain", "budi." + tag, "+6281322200", "Saya Budi", "dari Bogor",
					fair.recruiter(), "Perekrut Rahasia");
		assertThat(archive(token(budi, "jobfair", "personal-data+jwt", Duration.ofMinutes(2), KEY), 200))
			.contains("Budi Lain " + tag, "Saya Budi, lulusan SMK " + tag)
			.doesNotContain(siti, "Siti Arsip", "mess karyawan");
	}

	@Test
	void onlyAkunsPersonalDataTokenForJobfairIsAnswered() throws Exception {
		String sub = member("Orang Uji Token", "token@contoh.id");
		archive(null, 401);
		archive(token(sub, "jobfair", "personal-data+jwt", Duration.ofMinutes(2), OTHER_KEY), 401);
		archive(token(sub, "layanan-lain", "personal-data+jwt", Duration.ofMinutes(2), KEY), 401);
		archive(token(sub, "jobfair", "logout+jwt", Duration.ofMinutes(2), KEY), 401);
		archive(token(sub, "jobfair", "JWT", Duration.ofMinutes(2), KEY), 401);
		archive(token(sub, "jobfair", "personal-data+jwt", Duration.ofMinutes(-5), KEY), 401);
		assertThat(archive(token(sub, "jobfair", "personal-data+jwt", Duration.ofMinutes(2), KEY), 200))
			.contains("Orang Uji Token");
		archive(token("tidak-pernah-masuk", "jobfair", "personal-data+jwt", Duration.ofMinutes(2), KEY), 404);
	}

	private String seeker(OngoingFair fair, String name, String email, String phone) throws Exception {
		String sub = member(name, email);
		Map<String, Object> person = person(name, "SMK", "Teknik Mesin", "32.01.01.2001", List.of("Excel"));
		person.put("email", email);
		person.put("phoneNumber", phone);
		this.seekerProfiles.save(sub, person, null);
		submit("/jobfair/" + fair.slug() + "/ikuti", sub);
		submit("/portofolio/jobfair/" + fair.id() + "/check-in", sub);
		return sub;
	}

	private void apply(OngoingFair fair, String sub, String note) throws Exception {
		assertThat(flash(post(fair.page(fair.vacancies().get(0))).param("note", note), sub, "done"))
			.isEqualTo("apply.done");
	}

	private void write(OngoingFair fair, String sub, String text) {
		var conversation = this.conversations.open(this.fairs.byId(fair.id()).orElseThrow(),
				new Party(Party.Kind.SEEKER, sub), new Party(Party.Kind.COMPANY, fair.company().toString()));
		this.conversations.send(conversation, new Party(Party.Kind.SEEKER, sub), sub, "Pencaker", text);
	}

	private String archive(String token, int status) throws Exception {
		var request = MockMvcRequestBuilders.get("/api/v1/data-pribadi");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		return result.getResponse().getContentAsString();
	}

	private static String token(String sub, String audience, String type, Duration lifetime, RSAKey key)
			throws Exception {
		Instant now = Instant.now();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(new JOSEObjectType(type)).build(),
				new JWTClaimsSet.Builder().issuer(AKUN.baseUrl())
					.subject(sub)
					.audience(audience)
					.issueTime(Date.from(now.minusSeconds(10)))
					.expirationTime(Date.from(now.plus(lifetime)))
					.jwtID(UUID.randomUUID().toString())
					.claim("scope", "personal-data.read")
					.build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

}
