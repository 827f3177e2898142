package id.siapkerja.jobfair.entry;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Onsite entry (issue 21): arrival sessions never overbooked, also when 2,000 followers
 * book 500 places at once; a ticket lets one person in once, two gates at the same moment
 * admit one; the pages of the organizer, the seeker and the gate staff, each refused to
 * whoever has no business there.
 */
class EntryTests extends JobfairIntegrationTest {

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	EntrySessions sessions;

	@Autowired
	Gate gate;

	@Autowired
	Fairs fairs;

	@Test
	void twoThousandFollowersBookingFiveHundredPlacesAtOnceEndWithFiveHundred() throws Exception {
		Onsite onsite = onsiteFair(Duration.ofDays(1));
		UUID session = session(onsite, Duration.ofDays(1), 500);
		List<String> followers = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			followers.add("kerumunan-" + UUID.randomUUID());
		}
		this.jdbc.sql("""
				insert into member (sub, name, first_login_at, last_login_at)
				select s, 'Pengunjung', now(), now() from unnest(?::text[]) s
				""").param(followers.toArray(String[]::new)).update();
		this.jdbc
			.sql("insert into fair_follower (fair_id, sub, followed_at) select ?, s, now() from unnest(?::text[]) s")
			.params(onsite.fair().id(), followers.toArray(String[]::new))
			.update();
		Fair fair = this.fairs.byId(onsite.fair().id()).orElseThrow();
		ExecutorService pool = Executors.newFixedThreadPool(32);
		List<Future<EntrySessions.Booking>> bookings = new ArrayList<>();
		for (String sub : followers) {
			bookings.add(pool.submit(() -> this.sessions.book(fair, sub, session)));
		}
		int booked = 0;
		int full = 0;
		for (Future<EntrySessions.Booking> booking : bookings) {
			EntrySessions.Booking outcome = booking.get();
			if (outcome.refusal().isEmpty()) {
				booked++;
			}
			else {
				assertThat(outcome.refusal()).contains(EntrySessions.Refusal.FULL);
				full++;
			}
		}
		pool.shutdown();
		assertThat(booked).isEqualTo(500);
		assertThat(full).isEqualTo(1500);
		assertThat(count("select count(*) from entry_ticket where session_id = ? and cancelled_at is null", session))
			.isEqualTo(500);
		assertThat(count("select booked from entry_session where id = ?", session)).isEqualTo(500);
	}

	@Test
	void aTicketLetsOnePersonInOnceAtTheRightTime() throws Exception {
		Onsite onsite = onsiteFair(Duration.ofDays(1));
		UUID session = session(onsite, Duration.ofDays(1), 10);
		Fair fair = this.fairs.byId(onsite.fair().id()).orElseThrow();
		String first = follower(fair);
		String second = follower(fair);
		String code = this.sessions.book(fair, first, session).ticket().code();
		String other = this.sessions.book(fair, second, session).ticket().code();
		assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(this.jdbc.sql("select count(*) from entry_ticket where encode(id, 'hex') like ?")
			.param("%" + code.replace("-", "").toLowerCase() + "%")
			.query(Integer.class)
			.single()).as("the code is not stored").isZero();

		// the day before: wrong day; an hour before on the day: too early
		assertThat(this.gate.scan(fair, code, onsite.staff()).verdict()).isEqualTo(Gate.Verdict.WRONG_DAY);
		this.clock.advance(Duration.ofDays(1).minusHours(1));
		assertThat(this.gate.scan(fair, code, onsite.staff()).verdict()).isEqualTo(Gate.Verdict.TOO_EARLY);
		this.clock.advance(Duration.ofMinutes(50));
		assertThat(this.gate.scan(fair, code.toLowerCase().replace("-", " "), onsite.staff()).verdict())
			.as("typed in small letters with spaces, 10 minutes early")
			.isEqualTo(Gate.Verdict.ADMITTED);
		Gate.Scan again = this.gate.scan(fair, code, onsite.staff());
		assertThat(again.verdict()).isEqualTo(Gate.Verdict.ALREADY_USED);
		assertThat(again.firstScannedAt()).isNotNull();

		// two gates at the same moment: one lets in
		ExecutorService gates = Executors.newFixedThreadPool(2);
		List<Future<Gate.Scan>> scans = List.of(gates.submit(() -> this.gate.scan(fair, other, onsite.staff())),
				gates.submit(() -> this.gate.scan(fair, other, onsite.staff())));
		List<Gate.Verdict> verdicts = new ArrayList<>();
		for (Future<Gate.Scan> scan : scans) {
			verdicts.add(scan.get().verdict());
		}
		gates.shutdown();
		assertThat(verdicts).containsExactlyInAnyOrder(Gate.Verdict.ADMITTED, Gate.Verdict.ALREADY_USED);

		char last = code.charAt(code.length() - 1);
		String forged = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
		assertThat(this.gate.scan(fair, forged, onsite.staff()).verdict()).isEqualTo(Gate.Verdict.NOT_A_TICKET);
		Onsite elsewhere = onsiteFair(Duration.ofDays(1));
		assertThat(
				this.gate.scan(this.fairs.byId(elsewhere.fair().id()).orElseThrow(), other, onsite.staff()).verdict())
			.isEqualTo(Gate.Verdict.OTHER_FAIR);
	}

	@Test
	void organizerSeekerAndGateStaffThroughThePages() throws Exception {
		Onsite onsite = onsiteFair(Duration.ofDays(2));
		String base = "/kelola/jobfair/" + onsite.fair().id() + "/kedatangan";
		LocalDateTime day = onsite.fair().startsAt().atZone(WIB).toLocalDateTime();
		// the organizer adds sessions; wrong ones are explained and change nothing
		String refused = page(post(base).param("day", day.toLocalDate().toString())
			.param("from", "10:00")
			.param("to", "09:00")
			.param("capacity", "0"), onsite.manager());
		assertThat(refused).contains("Jam selesai harus setelah jam mulai.")
			.contains("Isi kapasitas 1 sampai 100.000 orang.");
		assertThat(count("select count(*) from entry_session where fair_id = ?", onsite.fair().id())).isZero();
		String time = DateTimeFormatter.ofPattern("HH:mm").format(day);
		String until = DateTimeFormatter.ofPattern("HH:mm").format(day.plusHours(2));
		assertThat(flash(post(base).param("day", day.toLocalDate().toString())
			.param("from", time)
			.param("to", until)
			.param("capacity", "1"), onsite.manager(), "done")).isEqualTo("entry.session.added");
		assertThat(flash(post(base).param("day", day.toLocalDate().toString())
			.param("from", DateTimeFormatter.ofPattern("HH:mm").format(day.plusHours(2)))
			.param("to", DateTimeFormatter.ofPattern("HH:mm").format(day.plusHours(4)))
			.param("capacity", "300"), onsite.manager(), "done")).isEqualTo("entry.session.added");
		assertThat(shown(get(base), onsite.manager())).contains("0 dari 1 tempat dipesan")
			.contains("0 dari 300 tempat");

		// a follower takes the first session with room; the next one is placed in the
		// second
		Fair fair = this.fairs.byId(onsite.fair().id()).orElseThrow();
		String budi = follower(fair);
		String sari = follower(fair);
		String booking = "/portofolio/jobfair/" + fair.id() + "/kedatangan";
		assertThat(shown(get(booking), budi)).contains("Pilihkan sesi pertama yang masih ada tempat");
		assertThat(flash(post(booking).param("sesi", ""), budi, "done")).isEqualTo("entry.booked");
		assertThat(flash(post(booking).param("sesi", ""), sari, "done")).isEqualTo("entry.booked");
		String ticketPage = shown(get("/portofolio/jobfair/" + fair.id() + "/tiket"), sari);
		String code = org.jsoup.Jsoup.parse(ticketPage).select("#ticket-code").text();
		assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
		assertThat(ticketPage).contains("<svg").contains(DateTimeFormatter.ofPattern("HH:mm").format(day.plusHours(2)));
		assertThat(shown(get(base), onsite.manager())).contains("1 dari 1 tempat dipesan")
			.contains("1 dari 300 tempat");
		String stranger = member("Orang Lain", null);
		this.mvc.perform(get("/portofolio/jobfair/" + fair.id() + "/tiket").with(as(stranger)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());

		// the manager adds gate staff by e-mail; they see the gate and nothing else
		String staff = member("Andi Petugas", "andi.petugas." + UUID.randomUUID() + "@contoh.id");
		String staffEmail = this.jdbc.sql("select email from member where sub = ?")
			.param(staff)
			.query(String.class)
			.single();
		assertThat(flash(post("/kelola/jobfair/" + fair.id() + "/petugas").param("email", staffEmail), onsite.manager(),
				"done"))
			.isEqualTo("entry.staff.added");
		assertThat(shown(get(base), onsite.manager())).contains("Andi Petugas");
		assertThat(shown(get("/pintu"), staff)).contains(fair.title());
		this.mvc.perform(get("/kelola/jobfair/" + fair.id()).with(as(staff)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
		this.mvc.perform(get("/pintu/" + fair.id()).with(as(stranger)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());

		this.clock.advance(Duration.between(this.clock.instant(), fair.startsAt().plus(Duration.ofHours(2))));
		String admitted = shown(post("/pintu/" + fair.id()).param("kode", code), staff);
		assertThat(admitted).contains("BOLEH MASUK").contains("siapkerja-gate-result mb-3 admitted");
		assertThat(shown(post("/pintu/" + fair.id()).param("kode", code), staff)).contains("SUDAH DIPAKAI")
			.contains("Pertama dipindai pukul");
		assertThat(shown(post("/pintu/" + fair.id()).param("kode", "ABCD-EFGH-JKMN-PQRS"), staff))
			.contains("BUKAN TIKET YANG SAH");
		assertThat(shown(get(base), onsite.manager())).contains("1 dari 300 tempat dipesan · 1 sudah datang");

		// Budi's session started two hours ago: he can no longer cancel or move
		assertThat(flash(post("/portofolio/jobfair/" + fair.id() + "/tiket/batal"), budi, "problem"))
			.isEqualTo("entry.refused.session-started");
	}

	@Test
	void aBookingCanBeMovedOrCancelledBeforeItsSessionFreeingThePlace() throws Exception {
		Onsite onsite = onsiteFair(Duration.ofDays(1));
		UUID morning = session(onsite, Duration.ofDays(1), 1);
		UUID noon = session(onsite, Duration.ofDays(1).plusHours(3), 1);
		Fair fair = this.fairs.byId(onsite.fair().id()).orElseThrow();
		String budi = follower(fair);
		String sari = follower(fair);
		this.sessions.book(fair, budi, morning);
		assertThat(this.sessions.book(fair, sari, morning).refusal()).contains(EntrySessions.Refusal.FULL);
		String code = this.sessions.ticket(fair.id(), budi).orElseThrow().code();
		assertThat(this.sessions.book(fair, budi, noon).ticket().session().id()).isEqualTo(noon);
		assertThat(this.sessions.ticket(fair.id(), budi).orElseThrow().code()).as("the same ticket").isEqualTo(code);
		assertThat(this.sessions.book(fair, sari, morning).refusal()).as("the morning place was freed").isEmpty();
		assertThat(this.sessions.cancel(fair.id(), budi)).isEmpty();
		assertThat(this.gate.scan(fair, code, onsite.staff()).verdict()).isEqualTo(Gate.Verdict.CANCELLED);
		assertThat(count("select booked from entry_session where id = ?", noon)).isZero();
		// an online fair has no sessions
		assertThat(EntrySessions.onsite(fair)).isTrue();
		String notFollowing = member("Tidak Mengikuti", null);
		assertThat(this.sessions.book(fair, notFollowing, noon).refusal())
			.contains(EntrySessions.Refusal.NOT_FOLLOWING);
	}

	@Test
	void theTicketComesByEMailInTheSeekersLanguage() throws Exception {
		Onsite onsite = onsiteFair(Duration.ofDays(1));
		UUID session = session(onsite, Duration.ofDays(1), 10);
		Fair fair = this.fairs.byId(onsite.fair().id()).orElseThrow();
		String email = "tiket." + UUID.randomUUID() + "@contoh.id";
		String sub = member("Budi Bertiket", email);
		this.jdbc.sql("insert into fair_follower (fair_id, sub, followed_at) values (?, ?, now())")
			.params(fair.id(), sub)
			.update();
		String code = this.sessions.book(fair, sub, session).ticket().code();
		String mail = mailTo(email, "Tiket masuk");
		assertThat(mail).contains("Halo Budi Bertiket")
			.contains(fair.title())
			.contains(code)
			.contains("Stadion Pakansari")
			.contains(" WIB")
			.contains("/portofolio/jobfair/" + fair.id() + "/tiket");
	}

	private record Onsite(Fair fair, String manager, String staff) {
	}

	/**
	 * A published offline fair starting this long from now, its manager and a staff
	 * member.
	 */
	private Onsite onsiteFair(Duration startsIn) {
		UUID organizer = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
					values (?, ?, 'DISNAKER_KABKOTA', '32', 'Jl. Tegar Beriman', '021-8765432', 'disnaker@contoh.id', 'Sri', now())
					""")
			.params(organizer, "Disnaker Pintu " + organizer)
			.update();
		String manager = member("Sri Pengelola");
		String staff = member("Petugas Pintu");
		this.jdbc.sql("insert into organizer_member (organizer_id, sub) values (?, ?)")
			.params(organizer, manager)
			.update();
		this.jdbc.sql("insert into organizer_member (organizer_id, sub, role) values (?, ?, 'PETUGAS_PINTU')")
			.params(organizer, staff)
			.update();
		FairId fair = FairId.random();
		Instant start = this.clock.instant().plus(startsIn);
		this.jdbc.sql("""
				insert into fair (id, slug, organizer_id, title, description, type, venue, region_code, zone, starts_at,
					ends_at, registration_deadline, contact_person, contact_phone, status, created_at, updated_at)
				values (?, ?, ?, ?, 'Bursa kerja di gedung, dengan sesi kedatangan.', 'OFFLINE',
					'Stadion Pakansari', '32', 'Asia/Jakarta', ?, ?, ?, 'Sri', '0218765432', 'PUBLISHED', now(), now())
				""")
			.params(fair, "bursa-pintu-" + fair, organizer, "Bursa Kerja Pintu " + fair.toString().substring(0, 6),
					Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(8))),
					Timestamp.from(start.minus(Duration.ofDays(1))))
			.update();
		return new Onsite(this.fairs.byId(fair).orElseThrow(), manager, staff);
	}

	/** A session of two hours starting this long from now. */
	private UUID session(Onsite onsite, Duration startsIn, int capacity) {
		Instant start = this.clock.instant().plus(startsIn);
		assertThat(this.sessions.add(onsite.fair(), start, start.plus(Duration.ofHours(2)), capacity)).isEmpty();
		return this.jdbc.sql("select id from entry_session where fair_id = ? and starts_at = ?")
			.params(onsite.fair().id(), Timestamp.from(start))
			.query(UUID.class)
			.single();
	}

	private String follower(Fair fair) {
		String sub = member("Pengikut " + UUID.randomUUID().toString().substring(0, 4));
		this.jdbc.sql("insert into fair_follower (fair_id, sub, followed_at) values (?, ?, now())")
			.params(fair.id(), sub)
			.update();
		return sub;
	}

}
