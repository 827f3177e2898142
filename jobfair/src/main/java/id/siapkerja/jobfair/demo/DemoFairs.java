package id.siapkerja.jobfair.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairDraft;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.organizer.Organizer;
import id.siapkerja.jobfair.organizer.Organizers;
import id.siapkerja.webkit.text.Times;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data of the dev profile, created once: an organizer whose member is the demo
 * account penyelenggara@demo.siapkerja.id (claimed at its first login) and fairs in every
 * state — among them one ongoing and one starting about 90 minutes after the first start.
 */
@Component
@ConditionalOnProperty(name = "siapkerja.jobfair.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoFairs {

	static final String ORGANIZER = "Disnaker Kabupaten Bogor (demo)";

	private static final Logger log = LoggerFactory.getLogger(DemoFairs.class);

	private static final String ACTOR = "data demo";

	private final Organizers organizers;

	private final Fairs fairs;

	private final Clock clock;

	private record Demo(String title, String description, Fair.Type type, Duration startsIn, Duration lasts,
			List<FairStatus.Action> actions) {
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	@Transactional
	void seed() {
		if (this.organizers.byName(ORGANIZER).isPresent()) {
			return;
		}
		Organizer organizer = this.organizers
			.registerWithoutMember(new Organizer(null, ORGANIZER, Organizer.Type.DISNAKER_KABKOTA, "32",
					"Jl. Tegar Beriman No. 1, Cibinong, Kabupaten Bogor", "021-8765432", "disnaker@demo.siapkerja.id",
					"", "Dinas Tenaga Kerja Kabupaten Bogor (data demo).", "Sri Wahyuni"));
		this.organizers.invite(organizer.id(), "penyelenggara@demo.siapkerja.id");
		String text = """
				Bursa kerja dengan lowongan dari **puluhan perusahaan** untuk lulusan:
				- SMA/SMK
				- D3 dan S1

				Informasi: https://kemnaker.go.id (data demo).""";
		List<Demo> demos = List.of(
				new Demo("Bursa Kerja Cibinong Sedang Berlangsung", text, Fair.Type.OFFLINE, Duration.ofHours(-2),
						Duration.ofDays(2),
						List.of(FairStatus.Action.SUBMIT, FairStatus.Action.VERIFY, FairStatus.Action.PUBLISH)),
				new Demo("Jobfair Daring Segera Dimulai", text, Fair.Type.ONLINE, Duration.ofMinutes(90),
						Duration.ofHours(6),
						List.of(FairStatus.Action.SUBMIT, FairStatus.Action.VERIFY, FairStatus.Action.PUBLISH)),
				new Demo("Pameran Kerja Bogor Bulan Depan", text, Fair.Type.HYBRID, Duration.ofDays(30),
						Duration.ofDays(2),
						List.of(FairStatus.Action.SUBMIT, FairStatus.Action.VERIFY, FairStatus.Action.PUBLISH)),
				new Demo("Jobfair Menunggu Verifikasi", text, Fair.Type.OFFLINE, Duration.ofDays(20),
						Duration.ofDays(1), List.of(FairStatus.Action.SUBMIT)),
				new Demo("Jobfair Terverifikasi Belum Terbit", text, Fair.Type.OFFLINE, Duration.ofDays(25),
						Duration.ofDays(1), List.of(FairStatus.Action.SUBMIT, FairStatus.Action.VERIFY)),
				new Demo("Jobfair Ditolak Perlu Diperbaiki", text, Fair.Type.OFFLINE, Duration.ofDays(40),
						Duration.ofDays(1), List.of(FairStatus.Action.SUBMIT, FairStatus.Action.REJECT)),
				new Demo("Draf Jobfair Akhir Tahun", text, Fair.Type.OFFLINE, Duration.ofDays(60), Duration.ofDays(2),
						List.of()),
				new Demo("Bursa Kerja Bogor Bulan Lalu", text, Fair.Type.OFFLINE, Duration.ofDays(-12),
						Duration.ofDays(2),
						List.of(FairStatus.Action.SUBMIT, FairStatus.Action.VERIFY, FairStatus.Action.PUBLISH)),
				new Demo("Jobfair Dibatalkan", text, Fair.Type.ONLINE, Duration.ofDays(15), Duration.ofDays(1),
						List.of(FairStatus.Action.CANCEL)));
		Instant now = this.clock.instant();
		// published fairs whose start or end has passed are ongoing or finished by their
		// clock (the scheduled job records it)
		for (Demo demo : demos) {
			Instant start = now.plus(demo.startsIn());
			Fair fair = this.fairs.create(organizer.id(),
					new FairDraft(demo.title(), demo.description(), demo.type(),
							demo.type() == Fair.Type.ONLINE ? "" : "Gedung Tegar Beriman, Cibinong", "32",
							Times.DEFAULT_ZONE, start, start.plus(demo.lasts()), start.minus(Duration.ofDays(1)),
							"Sri Wahyuni", "021-8765432", "", Fair.Rules.NONE),
					ACTOR);
			for (FairStatus.Action action : demo.actions()) {
				String reason = switch (action) {
					case REJECT -> "Lengkapi daftar perusahaan peserta (data demo).";
					case CANCEL -> "Tempat tidak tersedia (data demo).";
					default -> null;
				};
				this.fairs.act(fair.id(), action, ACTOR, reason);
			}
		}
		log.info("Demo organizer and {} demo fairs created", demos.size());
	}

}
