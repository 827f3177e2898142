package id.siapkerja.jobfair.application;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A seeker's profile as sent with an application (J-S-e): akun's people-API view at that
 * moment, kept with the application so the company reads what was sent, not what the
 * profile says later. Never the NIK or the mother's name. Stored as JSON; what akun adds
 * later is read past.
 */
public record Snapshot(String name, String email, String phoneNumber, Profile profile) {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public Snapshot {
		profile = profile == null ? Profile.EMPTY : profile;
	}

	/** The seven steps, as far as a company reads them. */
	public record Profile(String description, Education education, List<Experience> experiences,
			List<Training> trainings, List<Certification> certifications, List<Skill> skills) {

		static final Profile EMPTY = new Profile(null, null, List.of(), List.of(), List.of(), List.of());

		public Profile {
			experiences = experiences == null ? List.of() : experiences;
			trainings = trainings == null ? List.of() : trainings;
			certifications = certifications == null ? List.of() : certifications;
			skills = skills == null ? List.of() : skills;
		}

	}

	public record Education(String level, String institution, String major, Integer year) {
	}

	/** A job; {@code end} is empty while the person still works there. */
	public record Experience(String position, String company, String start, String end) {
	}

	public record Training(String name, String institution, Integer year) {
	}

	public record Certification(String name, String issuer) {
	}

	public record Skill(String name, String level) {
	}

	/** The education level, or empty when not given. */
	public String educationLevel() {
		return this.profile.education() == null || this.profile.education().level() == null ? ""
				: this.profile.education().level();
	}

	static Snapshot read(String json) {
		return JSON.readValue(json, Snapshot.class);
	}

	/** A profile view as the seeker module keeps it (akun's answer as a map). */
	public static Snapshot of(Map<String, Object> view) {
		return JSON.convertValue(view, Snapshot.class);
	}

}
