package id.siapkerja.jobfair.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import id.siapkerja.webkit.outbox.Outbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox's channels go their own ways: while the SMS gateway takes seconds per
 * message, the e-mails queued with them arrive at once, the slow SMS are sent side by
 * side (not one after the other), and no row of the outbox stays locked while they are in
 * flight.
 */
@SpringBootTest(properties = "siapkerja.outbox.poll=200ms")
class OutboxChannelsTests {

	static final GreenMail MAIL = id.siapkerja.jobfair.support.SharedOutsideWorld.MAIL;

	static final WireMockServer SMS = id.siapkerja.jobfair.support.SharedOutsideWorld.SMS;

	static final Duration SLOW = Duration.ofSeconds(3);

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSlowSmsGatewayHoldsUpNeitherTheMailNorTheOtherSmsNorTheTable() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		List<String> phones = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String phone = "+6289" + String.format("%09d", Math.abs((tag + i).hashCode()) % 1_000_000_000);
			phones.add(phone);
			SMS.stubFor(post("/sms/api/messages").withRequestBody(equalToJson("{\"to\":\"" + phone + "\"}", true, true))
				.willReturn(aResponse().withStatus(202)
					.withFixedDelay((int) SLOW.toMillis())
					.withHeader("Content-Type", "application/json")
					.withBody("{\"status\":\"delivered\"}")));
		}
		List<UUID> smsIds = new ArrayList<>();
		long queued = System.nanoTime();
		this.transactions.executeWithoutResult((status) -> {
			for (String phone : phones) {
				smsIds.add(this.outbox.sms(phone, "Kode uji " + tag));
			}
			for (int i = 0; i < 6; i++) {
				this.outbox.email("kanal." + tag + "." + i + "@contoh.id", "Uji kanal " + tag, "Isi surat uji.");
			}
		});

		await().atMost(SLOW.minusMillis(500)).until(() -> countMails("Uji kanal " + tag) == 6);
		assertThat(this.jdbc.sql("select count(*) from outbox_message where id = any(?) and sent_at is null")
			.param(smsIds.toArray(UUID[]::new))
			.query(Integer.class)
			.single()).as("the SMS are still on their way").isEqualTo(6);
		this.transactions.executeWithoutResult((
				status) -> assertThat(this.jdbc.sql("select id from outbox_message where id = any(?) for update nowait")
					.param(smsIds.toArray(UUID[]::new))
					.query(UUID.class)
					.list()).as("no row is locked while they are in flight").hasSize(6));

		await().atMost(SLOW.multipliedBy(2))
			.until(() -> this.jdbc.sql("select count(*) from outbox_message where id = any(?) and sent_at is not null")
				.param(smsIds.toArray(UUID[]::new))
				.query(Integer.class)
				.single() == 6);
		assertThat(Duration.ofNanos(System.nanoTime() - queued)).as("six slow SMS side by side, not one by one")
			.isLessThan(SLOW.multipliedBy(3));
		for (String phone : phones) {
			SMS.verify(1, postRequestedFor(urlEqualTo("/sms/api/messages"))
				.withRequestBody(equalToJson("{\"to\":\"" + phone + "\"}", true, true)));
		}
	}

	private static long countMails(String subject) {
		return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter((message) -> {
			try {
				return subject.equals(message.getSubject());
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).count();
	}

}
