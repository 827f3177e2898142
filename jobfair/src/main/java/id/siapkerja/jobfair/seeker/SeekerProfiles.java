package id.siapkerja.jobfair.seeker;

import org.springframework.modulith.events.ApplicationModuleListener;
import id.siapkerja.jobfair.member.MemberErased;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.siapkerja.jobfair.akun.AccountChanged;
import id.siapkerja.jobfair.akun.AkunFeed;
import id.siapkerja.jobfair.signin.SignedIn;
import id.siapkerja.webkit.catalog.Catalogs;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClientException;

/**
 * Seekers' profiles, kept current from akun: read at every login and after every change
 * akun's event feed reports, through akun's people API.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SeekerProfiles {

	private static final Logger log = LoggerFactory.getLogger(SeekerProfiles.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final AkunFeed akun;

	private final Clock clock;

	@EventListener
	void signedIn(SignedIn event) {
		refreshQuietly(event.sub());
	}

	@EventListener
	void changed(AccountChanged event) {
		refreshQuietly(event.sub());
	}

	private void refreshQuietly(String sub) {
		try {
			refresh(sub);
		}
		catch (RestClientException | IllegalStateException | IllegalArgumentException ex) {
			// akun unreachable (also its discovery document)
			// the copy stays as it was; the next login or event tries again
			log.warn("Profile of a member not refreshed from akun: {}", ex.getClass().getSimpleName());
		}
	}

	/** Reads the person's profile from akun and keeps it. */
	@Transactional
	public void refresh(String sub) {
		Optional<Map<String, Object>> person = this.akun.person(sub);
		if (person.isEmpty()) {
			return;
		}
		byte[] photo = Boolean.TRUE.equals(profileOf(person.get()).get("hasPhoto")) ? this.akun.photo(sub).orElse(null)
				: null;
		save(sub, person.get(), photo);
	}

	/** Keeps a profile as akun's API gives it (also used by tests and the demo data). */
	@Transactional
	public void save(String sub, Map<String, Object> person, byte[] photo) {
		Map<String, Object> profile = profileOf(person);
		Map<String, Object> view = new LinkedHashMap<>(person);
		view.remove("nikMasked");
		// the consents decide who sees the profile; they are not part of it
		view.remove("consents");
		boolean open = person.get("consents") instanceof List<?> given && given.contains(OPEN_TO_COMPANIES);
		Map<?, ?> education = profile.get("education") instanceof Map<?, ?> e ? e : Map.of();
		String level = education.get("level") == null ? null : education.get("level").toString();
		String major = education.get("major") == null ? "" : education.get("major").toString().strip();
		String village = profile.get("domicileVillageCode") == null ? ""
				: profile.get("domicileVillageCode").toString();
		List<String> skills = new ArrayList<>();
		if (profile.get("skills") instanceof List<?> list) {
			for (Object skill : list) {
				if (skill instanceof Map<?, ?> map && map.get("name") != null) {
					skills.add(Catalogs.normalize(map.get("name").toString()));
				}
			}
		}
		boolean ready = level != null && !village.isEmpty();
		this.jdbc
			.sql("""
					insert into seeker_profile (sub, complete, education_level, education_rank, major, experience_months,
						skills, province, regency, profile, photo, updated_at, open_to_companies)
					values (:sub, :ready, :level, :rank, :major, :months, :skills, :province, :regency, cast(:profile as jsonb),
						:photo, :now, :open)
					on conflict (sub) do update set complete = excluded.complete, education_level = excluded.education_level,
						education_rank = excluded.education_rank, major = excluded.major,
						experience_months = excluded.experience_months, skills = excluded.skills,
						province = excluded.province, regency = excluded.regency, profile = excluded.profile,
						photo = excluded.photo, updated_at = excluded.updated_at,
						open_to_companies = excluded.open_to_companies
					""")
			.param("open", open)
			.param("sub", sub)
			.param("ready", ready)
			.param("level", level)
			.param("rank", SeekerProfile.rank(level))
			.param("major", major)
			.param("months", experienceMonths(profile))
			.param("skills", skills.toArray(String[]::new))
			.param("province", village.length() >= 2 ? village.substring(0, 2) : "")
			.param("regency", village.length() >= 5 ? village.substring(0, 5) : "")
			.param("profile", JSON.writeValueAsString(view))
			.param("photo", photo)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * akun's consent that opens a seeker's profile (without contact data) to the
	 * companies of the fairs they follow.
	 */
	public static final String OPEN_TO_COMPANIES = "PROFILE_TO_FAIR_COMPANIES";

	public Optional<SeekerProfile> of(String sub) {
		return this.jdbc.sql("select * from seeker_profile where sub = ?").param(sub).query((rs, row) -> {
			Array skills = rs.getArray("skills");
			@SuppressWarnings("unchecked")
			Map<String, Object> view = JSON.readValue(rs.getString("profile"), Map.class);
			return new SeekerProfile(rs.getString("sub"), rs.getBoolean("complete"), rs.getString("education_level"),
					rs.getInt("education_rank"), rs.getString("major"), rs.getInt("experience_months"),
					skills == null ? List.of() : List.of((String[]) skills.getArray()), rs.getString("province"),
					rs.getString("regency"), view);
		}).optional();
	}

	/** The photo kept with the profile, for an application's snapshot. */
	public Optional<byte[]> photo(String sub) {
		return this.jdbc.sql("select photo from seeker_profile where sub = ?")
			.param(sub)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.filter((bytes) -> bytes != null);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> profileOf(Map<String, Object> person) {
		return person.get("profile") instanceof Map<?, ?> profile ? (Map<String, Object>) profile : Map.of();
	}

	/**
	 * Months of work experience, overlapping jobs counted once roughly (sum, capped at 40
	 * years).
	 */
	private int experienceMonths(Map<String, Object> profile) {
		int months = 0;
		if (profile.get("experiences") instanceof List<?> list) {
			YearMonth now = YearMonth.now(this.clock);
			for (Object item : list) {
				if (item instanceof Map<?, ?> job && job.get("start") != null) {
					try {
						YearMonth start = YearMonth.parse(job.get("start").toString());
						YearMonth end = job.get("end") == null ? now : YearMonth.parse(job.get("end").toString());
						months += Math.max(0,
								(end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue());
					}
					catch (DateTimeParseException ex) {
						// a job without a readable period adds nothing
					}
				}
			}
		}
		return Math.min(months, 480);
	}

	/** The person deleted their account: the copy of their profile and photo goes. */
	@ApplicationModuleListener
	void erased(MemberErased erased) {
		this.jdbc.sql("delete from seeker_profile where sub = ?").param(erased.sub()).update();
	}

}
