package id.siapkerja.jobfair.member;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.messaging.Conversations;
import id.siapkerja.jobfair.messaging.Party;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import id.siapkerja.webkit.outbox.Outbox;
import id.siapkerja.webkit.test.PersonalDataScan;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A person deletes their SIAPkerja account (issue 22, UU 27/2022): once akun's
 * AccountDeleted reaches Jobfair, no column of any table holds their name, e-mail or
 * phone — not the member, the copied profile, the applications' snapshots and notes,
 * messages, notifications, team memberships or mails waiting — while the application
 * stays counted, anonymous, for the company and the statistics.
 */
class MemberErasureTests extends JobfairIntegrationTest {

	@Autowired
	Members members;

	@Autowired
	Conversations conversations;

	@Autowired
	Fairs fairs;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anErasedMemberLeavesNothingOfThemButAnAnonymousApplication() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String name = "Rahmat Hapusdata " + tag;
		String email = "rahmat." + tag + "@contoh.id";
		String phone = "+62812" + (10_000_000 + Math.abs(tag.hashCode() % 89_999_999));
		OngoingFair fair = ongoingFair(null, false, 1);
		String sub = member(name, email);
		this.jdbc.sql("update member set phone = ? where sub = ?").params(phone, sub).update();
		Map<String, Object> person = person(name, "SMK", "Teknik Mesin", "32.01.01.2001", List.of("Excel"));
		person.put("email", email);
		person.put("phoneNumber", phone);
		this.seekerProfiles.save(sub, person, "foto".getBytes(StandardCharsets.UTF_8));
		submit("/jobfair/" + fair.slug() + "/ikuti", sub);
		submit("/portofolio/jobfair/" + fair.id() + "/check-in", sub);
		assertThat(flash(post(fair.page(fair.vacancies().get(0))).param("note", "Saya " + name + ", " + email), sub,
				"done"))
			.isEqualTo("apply.done");
		UUID application = this.jdbc.sql("select id from application where sub = ?")
			.param(sub)
			.query(UUID.class)
			.single();
		// the seeker writes to the company; a notification and a mail to them wait
		var conversation = this.conversations.open(this.fairs.byId(fair.id()).orElseThrow(),
				new Party(Party.Kind.SEEKER, sub), new Party(Party.Kind.COMPANY, fair.company().toString()));
		this.conversations.send(conversation, new Party(Party.Kind.SEEKER, sub), sub, name,
				"Halo, saya " + name + ", nomor saya " + phone);
		this.jdbc.sql("""
				insert into notification (id, sub, message_key, arguments, link, created_at)
				values (gen_random_uuid(), ?, 'notify.message', jsonb_build_array(?::text), '/percakapan', now())
				""").params(fair.recruiter(), name).update();
		this.transactions.executeWithoutResult((status) -> this.outbox.email(email, "Lamaran", "Halo " + name));
		// and they were invited to a company's team
		this.jdbc.sql("""
				insert into company_member (id, company_id, sub, email, name, role, status, joined_at)
				values (gen_random_uuid(), ?, ?, ?, ?, 'MEMBER', 'ACTIVE', now())
				""").params(fair.company(), sub, email, name).update();
		assertThat(leftovers(name, email, phone)).as("the person is everywhere before").isNotEmpty();

		assertThat(this.members.erase(sub)).isTrue();

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(leftovers(name, email, phone)).as("no column of any table").isEmpty());
		assertThat(count("select count(*) from application where id = ?", application)).as("still counted").isOne();
		assertThat(count("select count(*) from application where id = ? and photo is null and note = ''", application))
			.as("no photo, no note")
			.isOne();
		assertThat(count("select count(*) from seeker_profile where sub = ?", sub)).isZero();
		String applicant = shown(get("/perusahaan/" + fair.company() + "/pelamar/" + application), fair.recruiter());
		assertThat(applicant).contains("Akun dihapus").doesNotContain(name);
		assertThat(this.jdbc.sql("select body from message where author_sub = ?").param(sub).query(String.class).list())
			.containsOnly("(pesan dihapus)");
		assertThat(this.members.erase(sub)).as("again: nothing more to do, no harm").isTrue();
		assertThat(this.members.erase("tidak-pernah-masuk")).isFalse();
	}

	/** Every column of every table of Jobfair holding one of the words. */
	private List<String> leftovers(String... words) {
		return PersonalDataScan.leftovers(this.jdbc, words);
	}

}
