package id.siapkerja.jobfair.seeker;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.fair.Fairs;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seekers following fairs (J-S-b) and checking in (J-S-c): a fair is followed while it is
 * published or ongoing, by a person whose profile has the steps a fair needs; check-in
 * opens two hours before the start and stays open until the end.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Followers {

	/** How long before the start check-in opens. */
	public static final Duration CHECK_IN_OPENS = Duration.ofHours(2);

	private final JdbcClient jdbc;

	private final SeekerProfiles profiles;

	private final Clock clock;

	private final Fairs fairs;

	/** A seeker's following of a fair. */
	public record Following(FairId fairId, Instant followedAt, Instant checkedInAt) {

		public boolean checkedIn() {
			return this.checkedInAt != null;
		}

		/**
		 * Checked in to this fair while it runs: the seeker sees its companies and the
		 * vacancies that match (J-S-d).
		 */
		public boolean inside(Fair fair) {
			return checkedIn() && fair.id().equals(this.fairId) && fair.status() == FairStatus.ONGOING;
		}

	}

	/** Why following or checking in was refused. */
	public enum Refusal {

		PROFILE_NOT_READY, FAIR_NOT_OPEN, NOT_FOLLOWING, CHECK_IN_NOT_YET, FAIR_OVER

	}

	@Transactional
	public Optional<Refusal> follow(Fair fair, String sub) {
		if (fair.status() != FairStatus.PUBLISHED && fair.status() != FairStatus.ONGOING) {
			return Optional.of(Refusal.FAIR_NOT_OPEN);
		}
		if (this.profiles.of(sub).filter(SeekerProfile::ready).isEmpty()) {
			return Optional.of(Refusal.PROFILE_NOT_READY);
		}
		this.jdbc.sql("""
				insert into fair_follower (fair_id, sub, followed_at) values (?, ?, ?) on conflict do nothing
				""").params(fair.id(), sub, Timestamp.from(this.clock.instant())).update();
		return Optional.empty();
	}

	@Transactional
	public Optional<Refusal> checkIn(Fair fair, String sub) {
		if (of(fair.id(), sub).isEmpty()) {
			return Optional.of(Refusal.NOT_FOLLOWING);
		}
		Instant now = this.clock.instant();
		if (now.isBefore(checkInOpensAt(fair))) {
			return Optional.of(Refusal.CHECK_IN_NOT_YET);
		}
		if (!now.isBefore(fair.endsAt()) || fair.status() == FairStatus.CANCELLED
				|| fair.status() == FairStatus.FINISHED) {
			return Optional.of(Refusal.FAIR_OVER);
		}
		this.jdbc.sql("""
				update fair_follower set checked_in_at = coalesce(checked_in_at, ?) where fair_id = ? and sub = ?
				""").params(Timestamp.from(now), fair.id(), sub).update();
		return Optional.empty();
	}

	public static Instant checkInOpensAt(Fair fair) {
		return fair.startsAt().minus(CHECK_IN_OPENS);
	}

	public boolean checkInOpen(Fair fair) {
		Instant now = this.clock.instant();
		return !now.isBefore(checkInOpensAt(fair)) && now.isBefore(fair.endsAt());
	}

	/** How many follow the fair, and how many of them checked in. */
	public record Counts(int following, int checkedIn) {
	}

	public Counts counts(FairId fair) {
		return this.jdbc.sql("select count(*), count(checked_in_at) from fair_follower where fair_id = ?")
			.param(fair)
			.query((rs, row) -> new Counts(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	public Optional<Following> of(FairId fair, String sub) {
		return this.jdbc.sql("select * from fair_follower where fair_id = ? and sub = ?")
			.params(fair, sub)
			.query((rs, row) -> new Following(new FairId(rs.getObject("fair_id", UUID.class)),
					rs.getTimestamp("followed_at").toInstant(),
					rs.getTimestamp("checked_in_at") == null ? null : rs.getTimestamp("checked_in_at").toInstant()))
			.optional();
	}

	/** The people following a fair; only the checked-in ones when asked. */
	public List<String> subsOf(FairId fair, boolean checkedInOnly) {
		return this.jdbc
			.sql("select sub from fair_follower where fair_id = ?"
					+ (checkedInOnly ? " and checked_in_at is not null" : ""))
			.param(fair)
			.query(String.class)
			.list();
	}

	/** A follower as the fair's organizer sees it: a name and whether they checked in. */
	public record Follower(String sub, String name, Instant followedAt, Instant checkedInAt) {

		public boolean checkedIn() {
			return this.checkedInAt != null;
		}

	}

	/** One page of a fair's followers, with the totals of the whole fair. */
	public record FollowerPage(List<Follower> followers, long matching, long total, long checkedIn, int page,
			int size) {

		public boolean hasNext() {
			return (long) (this.page + 1) * this.size < this.matching;
		}

	}

	/**
	 * A fair's followers for its organizer, checked-in first then by name; {@code words}
	 * narrows them by name. Only names: the organizer writes to them here, the rest of
	 * their profile stays with the companies they apply to.
	 */
	public FollowerPage ofFair(FairId fair, String words, int page, int size) {
		String like = "%"
				+ words.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		List<Follower> followers = this.jdbc.sql("""
				select ff.sub, coalesce(p.profile->>'name', '') as name, ff.followed_at, ff.checked_in_at
				from fair_follower ff left join seeker_profile p on p.sub = ff.sub
				where ff.fair_id = :fair and lower(coalesce(p.profile->>'name', '')) like :like
				order by ff.checked_in_at is null, lower(coalesce(p.profile->>'name', '')), ff.sub
				limit :size offset :offset
				""")
			.param("fair", fair)
			.param("like", like)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new Follower(rs.getString("sub"), rs.getString("name"),
					rs.getTimestamp("followed_at").toInstant(),
					rs.getTimestamp("checked_in_at") == null ? null : rs.getTimestamp("checked_in_at").toInstant()))
			.list();
		Map<String, Object> counts = this.jdbc.sql("""
				select count(*) as total, count(ff.checked_in_at) as checked_in,
				  count(*) filter (where lower(coalesce(p.profile->>'name', '')) like :like) as matching
				from fair_follower ff left join seeker_profile p on p.sub = ff.sub where ff.fair_id = :fair
				""").param("fair", fair).param("like", like).query().singleRow();
		return new FollowerPage(followers, ((Number) counts.get("matching")).longValue(),
				((Number) counts.get("total")).longValue(), ((Number) counts.get("checked_in")).longValue(), page,
				size);
	}

	/**
	 * A follower whose profile is open to the fair's companies: what a company sees
	 * before they apply (never the NIK, e-mail or mobile number).
	 */
	public record OpenProfile(String sub, String name, String educationLevel, String major, String regency,
			List<String> skills, int experienceMonths, boolean checkedIn) {
	}

	/** A page of open profiles, and whether another follows. */
	public record OpenProfiles(List<OpenProfile> profiles, int page, boolean hasNext) {
	}

	/**
	 * The fair's followers who opened their profile to its companies, the checked-in and
	 * the better educated first.
	 */
	public OpenProfiles openToCompanies(FairId fair, int page, int size) {
		List<OpenProfile> profiles = this.jdbc.sql("""
				select p.sub, coalesce(p.profile->>'name', '') as name, p.education_level, p.major, p.regency,
				  array(select s->>'name' from jsonb_array_elements(coalesce(p.profile->'profile'->'skills', '[]')) s
				    where s->>'name' is not null) as skills,
				  p.experience_months, ff.checked_in_at is not null as checked_in
				from fair_follower ff join seeker_profile p on p.sub = ff.sub
				where ff.fair_id = :fair and p.open_to_companies and p.complete
				order by ff.checked_in_at is null, p.education_rank desc, ff.followed_at, ff.sub
				limit :size offset :offset
				""")
			.param("fair", fair)
			.param("size", size + 1)
			.param("offset", (long) page * size)
			.query((rs, row) -> new OpenProfile(rs.getString("sub"), rs.getString("name"),
					rs.getString("education_level"), rs.getString("major"), rs.getString("regency"),
					rs.getArray("skills") == null ? List.of() : List.of((String[]) rs.getArray("skills").getArray()),
					rs.getInt("experience_months"), rs.getBoolean("checked_in")))
			.list();
		boolean more = profiles.size() > size;
		return new OpenProfiles(more ? profiles.subList(0, size) : profiles, page, more);
	}

	/** A follower of a fair and when they followed. */
	public record Followed(String sub, Instant followedAt) {
	}

	/**
	 * A fair's followers in the order they followed, after {@code after} (by time, then
	 * subject): the check-in reminder goes through them in that order.
	 */
	public List<Followed> followedAfter(FairId fair, Followed after, int limit) {
		return this.jdbc.sql("""
				select sub, followed_at from fair_follower
				where fair_id = ? and (followed_at, sub) > (?, ?) order by followed_at, sub limit ?
				""")
			.params(fair, Timestamp.from(after.followedAt()), after.sub(), limit)
			.query((rs, row) -> new Followed(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list();
	}

	/** The fairs the seeker follows, newest start first. */
	public List<Following> ofSeeker(String sub) {
		List<Following> all = this.jdbc.sql("select * from fair_follower where sub = ?")
			.param(sub)
			.query((rs, row) -> new Following(new FairId(rs.getObject("fair_id", UUID.class)),
					rs.getTimestamp("followed_at").toInstant(),
					rs.getTimestamp("checked_in_at") == null ? null : rs.getTimestamp("checked_in_at").toInstant()))
			.list();
		Map<FairId, Instant> starts = new HashMap<>();
		this.fairs.byIds(all.stream().map(Following::fairId).toList())
			.forEach((fair) -> starts.put(fair.id(), fair.startsAt()));
		return all.stream()
			.sorted(Comparator.comparing((Following f) -> starts.getOrDefault(f.fairId(), Instant.EPOCH)).reversed())
			.toList();
	}

}
