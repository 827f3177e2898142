package id.siapkerja.akun.profile;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.siapkerja.akun.account.AccountEvents;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profiles: each saved change is committed with a {@code ProfileChanged} event for
 * the services' feed. The profile is complete once photo, personal data and at least one
 * skill are saved and every step was saved or skipped.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Profiles {

	private final JdbcClient jdbc;

	private final AccountEvents events;

	private final Clock clock;

	@Transactional
	public Profile of(UUID account) {
		this.jdbc.sql("insert into profile (account_id, updated_at) values (?, ?) on conflict do nothing")
			.params(account, now())
			.update();
		return this.jdbc.sql("select * from profile where account_id = ?")
			.param(account)
			.query((rs, row) -> map(rs, account))
			.single();
	}

	/** The photo, {@code large} 600×800 or else 150×200. */
	public Optional<byte[]> photo(UUID account, boolean large) {
		return this.jdbc.sql("select " + (large ? "photo_large" : "photo_small") + " from profile where account_id = ?")
			.param(account)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.filter((bytes) -> bytes != null);
	}

	@Transactional
	void savePhoto(UUID account, Photos.Photo photo) {
		of(account);
		this.jdbc.sql("update profile set photo_large = ?, photo_small = ?, photo_updated_at = ? where account_id = ?")
			.params(photo.large(), photo.small(), now(), account)
			.update();
		done(account, ProfileStep.FOTO);
	}

	/** Step b: the person's description, domicile, training wish and desired jobs. */
	record PersonalData(String description, String villageCode, String street, String postalCode,
			boolean seekingTraining, List<String> desiredJobs) {
	}

	@Transactional
	void savePersonal(UUID account, PersonalData data) {
		of(account);
		this.jdbc.sql("""
				update profile set description = ?, domicile_village_code = ?, domicile_street = ?,
					domicile_postal_code = ?, seeking_training = ?, desired_jobs = ? where account_id = ?
				""")
			.params(data.description(), data.villageCode(), data.street(), data.postalCode(), data.seekingTraining(),
					String.join("\n", data.desiredJobs()), account)
			.update();
		done(account, ProfileStep.DATA_DIRI);
	}

	@Transactional
	void addExperience(UUID account, Profile.Experience experience) {
		of(account);
		this.jdbc.sql("""
				insert into profile_experience (id, account_id, company, position, start_month, end_month,
					employment_type, description) values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), account, experience.company(), experience.position(),
					Date.valueOf(experience.start().atDay(1)),
					experience.end() == null ? null : Date.valueOf(experience.end().atDay(1)),
					experience.employmentType().name(), experience.description())
			.update();
		changed(account);
	}

	@Transactional
	void addTraining(UUID account, Profile.Training training) {
		of(account);
		this.jdbc.sql("""
				insert into profile_training (id, account_id, name, institution, year, certificate_number)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), account, training.name(), training.institution(), training.year(),
					training.certificateNumber())
			.update();
		changed(account);
	}

	@Transactional
	void addCertification(UUID account, Profile.Certification certification) {
		of(account);
		this.jdbc.sql("""
				insert into profile_certification (id, account_id, name, issuer, number, issued_on, expires_on)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), account, certification.name(), certification.issuer(), certification.number(),
					Date.valueOf(certification.issuedOn()),
					certification.expiresOn() == null ? null : Date.valueOf(certification.expiresOn()))
			.update();
		changed(account);
	}

	/** Removes an entry of a repeated step; only the person's own. */
	@Transactional
	boolean removeEntry(UUID account, ProfileStep step, UUID entry) {
		String table = switch (step) {
			case PENGALAMAN -> "profile_experience";
			case PELATIHAN -> "profile_training";
			case SERTIFIKASI -> "profile_certification";
			default -> throw new IllegalArgumentException(step.name());
		};
		boolean removed = this.jdbc.sql("delete from " + table + " where id = ? and account_id = ?")
			.params(entry, account)
			.update() > 0;
		if (removed) {
			changed(account);
		}
		return removed;
	}

	@Transactional
	void saveEducation(UUID account, Profile.Education education) {
		of(account);
		this.jdbc.sql("""
				update profile set education_level = ?, education_institution = ?, education_major = ?,
					education_year = ?, education_grade = ? where account_id = ?
				""")
			.params(education.level().name(), education.institution(), education.major(), education.year(),
					education.grade(), account)
			.update();
		done(account, ProfileStep.PENDIDIKAN);
	}

	@Transactional
	void addSkill(UUID account, Profile.Skill skill) {
		of(account);
		this.jdbc.sql("""
				insert into profile_skill (account_id, normalized, name, level) values (?, ?, ?, ?)
				on conflict (account_id, normalized) do update set name = excluded.name, level = excluded.level
				""").params(account, skill.normalized(), skill.name(), skill.level().name()).update();
		changed(account);
	}

	@Transactional
	boolean removeSkill(UUID account, String normalized) {
		boolean removed = this.jdbc.sql("delete from profile_skill where account_id = ? and normalized = ?")
			.params(account, normalized)
			.update() > 0;
		if (removed) {
			changed(account);
		}
		return removed;
	}

	/** Marks a step saved or skipped, and the profile complete when it now is. */
	@Transactional
	void done(UUID account, ProfileStep step) {
		Profile profile = of(account);
		Set<ProfileStep> done = profile.doneSteps().isEmpty() ? EnumSet.noneOf(ProfileStep.class)
				: EnumSet.copyOf(profile.doneSteps());
		done.add(step);
		this.jdbc.sql("update profile set done_steps = ? where account_id = ?")
			.params(done.stream().map(Enum::name).collect(Collectors.joining(",")), account)
			.update();
		Profile after = of(account);
		if (after.completedAt() == null && done.size() == ProfileStep.values().length && after.hasPhoto()
				&& after.description() != null && !after.skills().isEmpty()) {
			this.jdbc.sql("update profile set completed_at = ? where account_id = ?").params(now(), account).update();
		}
		changed(account);
	}

	private void changed(UUID account) {
		this.jdbc.sql("update profile set updated_at = ? where account_id = ?").params(now(), account).update();
		this.events.record(AccountEvents.Type.ProfileChanged, account);
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private Profile map(ResultSet rs, UUID account) throws SQLException {
		String level = rs.getString("education_level");
		Profile.Education education = level == null ? null
				: new Profile.Education(Profile.EducationLevel.valueOf(level), rs.getString("education_institution"),
						rs.getString("education_major"), (Integer) rs.getObject("education_year"),
						rs.getString("education_grade"));
		String doneSteps = rs.getString("done_steps");
		Set<ProfileStep> done = doneSteps.isEmpty() ? Set.of()
				: Arrays.stream(doneSteps.split(",")).map(ProfileStep::valueOf).collect(Collectors.toUnmodifiableSet());
		String jobs = rs.getString("desired_jobs");
		Timestamp photoAt = rs.getTimestamp("photo_updated_at");
		Timestamp completedAt = rs.getTimestamp("completed_at");
		return new Profile(account, rs.getBytes("photo_small") != null, photoAt == null ? null : photoAt.toInstant(),
				rs.getString("description"), rs.getString("domicile_village_code"), rs.getString("domicile_street"),
				rs.getString("domicile_postal_code"), rs.getBoolean("seeking_training"),
				jobs.isEmpty() ? List.of() : List.of(jobs.split("\n")), education, done,
				completedAt == null ? null : completedAt.toInstant(), experiences(account), trainings(account),
				certifications(account), skills(account));
	}

	private List<Profile.Experience> experiences(UUID account) {
		return this.jdbc.sql(
				"select * from profile_experience where account_id = ? order by end_month desc nulls first, start_month desc")
			.param(account)
			.query((rs, row) -> new Profile.Experience(rs.getObject("id", UUID.class), rs.getString("company"),
					rs.getString("position"), YearMonth.from(rs.getObject("start_month", LocalDate.class)),
					rs.getObject("end_month", LocalDate.class) == null ? null
							: YearMonth.from(rs.getObject("end_month", LocalDate.class)),
					Profile.EmploymentType.valueOf(rs.getString("employment_type")), rs.getString("description")))
			.list();
	}

	private List<Profile.Training> trainings(UUID account) {
		return this.jdbc.sql("select * from profile_training where account_id = ? order by year desc, name")
			.param(account)
			.query((rs, row) -> new Profile.Training(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("institution"), rs.getInt("year"), rs.getString("certificate_number")))
			.list();
	}

	private List<Profile.Certification> certifications(UUID account) {
		return this.jdbc.sql("select * from profile_certification where account_id = ? order by issued_on desc")
			.param(account)
			.query((rs, row) -> new Profile.Certification(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("issuer"), rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
					rs.getObject("expires_on", LocalDate.class)))
			.list();
	}

	private List<Profile.Skill> skills(UUID account) {
		return this.jdbc.sql("select * from profile_skill where account_id = ? order by name")
			.param(account)
			.query((rs, row) -> new Profile.Skill(rs.getString("normalized"), rs.getString("name"),
					Profile.SkillLevel.valueOf(rs.getString("level"))))
			.list();
	}

}
