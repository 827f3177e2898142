package id.siapkerja.govsim.dukcapil;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

/**
 * The simulated registry's answers, and the switch that makes it slow or failing so that
 * akun's handling of an unavailable registry can be seen and tested.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Registry {

	/** How the registry behaves right now. */
	public enum Mode {

		NORMAL, SLOW, FAILING

	}

	/** The answers a verification can get. */
	public enum Answer {

		MATCH, NOT_FOUND, MOTHER_NAME_MISMATCH, IDENTITY_MISMATCH, INACTIVE, DECEASED, DUPLICATE

	}

	/** How long a SLOW registry takes to answer: longer than akun waits. */
	static final Duration SLOW_DELAY = Duration.ofSeconds(15);

	private final Residents residents;

	private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.NORMAL);

	public Mode mode() {
		return this.mode.get();
	}

	public void switchTo(Mode mode) {
		this.mode.set(mode);
	}

	/**
	 * Verifies a NIK with the mother's maiden name and, when given, the full name and
	 * birth date.
	 */
	public Verification verify(String nik, String motherName, String fullName, LocalDate birthDate) {
		List<Resident> records = this.residents.withNik(nik == null ? "" : nik.strip());
		if (records.isEmpty()) {
			return new Verification(Answer.NOT_FOUND, null);
		}
		Resident resident = records.get(0);
		return switch (resident.status()) {
			case DUPLICATE -> new Verification(Answer.DUPLICATE, null);
			case DECEASED -> new Verification(Answer.DECEASED, null);
			case INACTIVE -> new Verification(Answer.INACTIVE, null);
			case ACTIVE -> {
				if (!sameName(resident.motherName(), motherName)) {
					yield new Verification(Answer.MOTHER_NAME_MISMATCH, null);
				}
				if ((fullName != null && !fullName.isBlank() && !sameName(resident.fullName(), fullName))
						|| (birthDate != null && !birthDate.equals(resident.birthDate()))) {
					yield new Verification(Answer.IDENTITY_MISMATCH, null);
				}
				yield new Verification(Answer.MATCH, resident);
			}
		};
	}

	/** Names compare without regard to case or repeated spaces, as a clerk would. */
	static boolean sameName(String recorded, String given) {
		return given != null && normalize(recorded).equals(normalize(given));
	}

	private static String normalize(String name) {
		return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
	}

	/** An answer, with the resident's record on a match. */
	public record Verification(Answer answer, Resident resident) {
	}

}
