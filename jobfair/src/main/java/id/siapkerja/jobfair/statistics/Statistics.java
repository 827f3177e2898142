package id.siapkerja.jobfair.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.jobfair.application.Outcomes;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "Hasil rekrutmen" in numbers: one fair's (recounted first when something changed), or
 * those of all fairs a filter lets through, summed from each fair's kept numbers — never
 * from the applications themselves, so a dashboard over a hundred fairs and a million
 * applications reads a few thousand rows.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Statistics {

	private final JdbcClient jdbc;

	private final Recounts recounts;

	/**
	 * Which fairs: starting from/to a day (in their zone), in a province (code, "" any),
	 * of some organizers (null: any), of a type (null: any). Only fairs the public sees
	 * (published, ongoing, finished).
	 */
	public record Filter(LocalDate from, LocalDate to, String province, Collection<UUID> organizers, Fair.Type type) {

		public static final Filter ALL = new Filter(null, null, "", null, null);

		public Filter {
			province = province == null ? "" : province;
		}

	}

	/** One fair in a dashboard's list. */
	public record FairLine(FairId id, String title, String slug, LocalDate startsOn, int followers, int checkedIn,
			Outcomes.Steps steps) {
	}

	/** The numbers of one fair, recounted first when due. */
	public Numbers of(FairId fair) {
		if (this.recounts.due(fair)) {
			this.recounts.recount(fair);
		}
		return numbers("f.fair_id = :fair", Map.of("fair", fair), true);
	}

	/** The numbers of the fairs the filter lets through, summed. */
	public Numbers over(Filter filter) {
		Where where = where(filter);
		return numbers(where.sql(), where.params(), false);
	}

	/** The fairs the filter lets through, newest first, with their main numbers. */
	public List<FairLine> fairs(Filter filter) {
		Where where = where(filter);
		return this.jdbc.sql("""
				select f.fair_id, f.title, f.slug, f.starts_on, f.followers, f.checked_in,
					coalesce(c.applications, 0) as applications, coalesce(c.interviews, 0) as interviews,
					coalesce(c.accepted, 0) as accepted, coalesce(c.hired, 0) as hired,
					coalesce(c.confirmed, 0) as confirmed
				from stat_fair f left join stat_count c on c.fair_id = f.fair_id and c.trait = 'ALL'
				where""" + " " + where.sql() + " order by f.starts_on desc, f.title")
			.params(where.params())
			.query((rs, row) -> new FairLine(new FairId(rs.getObject("fair_id", UUID.class)), rs.getString("title"),
					rs.getString("slug"), rs.getObject("starts_on", LocalDate.class), rs.getInt("followers"),
					rs.getInt("checked_in"), steps(rs)))
			.list();
	}

	private Numbers numbers(String where, Map<String, ?> params, boolean vacancies) {
		Map<Trait, List<Numbers.Group>> groups = new EnumMap<>(Trait.class);
		this.jdbc.sql("""
				select c.trait, c.key, sum(c.applications)::int as applications, sum(c.interviews)::int as interviews,
					sum(c.accepted)::int as accepted, sum(c.hired)::int as hired, sum(c.confirmed)::int as confirmed
				from stat_count c join stat_fair f on f.fair_id = c.fair_id
				where""" + " " + where + (vacancies ? "" : " and c.trait <> 'VACANCY'") + """

				group by c.trait, c.key order by 3 desc, c.key
				""").params(params).query((rs) -> {
			groups.computeIfAbsent(Trait.valueOf(rs.getString("trait")), (t) -> new ArrayList<>())
				.add(new Numbers.Group(rs.getString("key"), steps(rs)));
		});
		return this.jdbc.sql("""
				select count(*)::int as fairs, coalesce(sum(followers), 0)::int as followers,
					coalesce(sum(checked_in), 0)::int as checked_in, coalesce(sum(booked), 0)::int as booked,
					coalesce(sum(arrived), 0)::int as arrived, min(refreshed_at) as refreshed_at
				from stat_fair f where""" + " " + where).params(params).query((rs, row) -> {
			Timestamp refreshed = rs.getTimestamp("refreshed_at");
			return new Numbers(rs.getInt("fairs"), rs.getInt("followers"), rs.getInt("checked_in"), rs.getInt("booked"),
					rs.getInt("arrived"), groups, refreshed == null ? null : refreshed.toInstant());
		}).single();
	}

	private static Outcomes.Steps steps(ResultSet rs) throws SQLException {
		return new Outcomes.Steps(rs.getInt("applications"), rs.getInt("interviews"), rs.getInt("accepted"),
				rs.getInt("hired"), rs.getInt("confirmed"));
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(Filter filter) {
		StringBuilder sql = new StringBuilder("f.status in ('PUBLISHED', 'ONGOING', 'FINISHED')");
		Map<String, Object> params = new HashMap<>();
		if (filter.from() != null) {
			sql.append(" and f.starts_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			sql.append(" and f.starts_on <= :to");
			params.put("to", filter.to());
		}
		if (!filter.province().isEmpty()) {
			sql.append(" and f.province = :province");
			params.put("province", filter.province());
		}
		if (filter.organizers() != null) {
			sql.append(" and f.organizer_id = any(:organizers)");
			params.put("organizers", filter.organizers().toArray(UUID[]::new));
		}
		if (filter.type() != null) {
			sql.append(" and f.type = :type");
			params.put("type", filter.type().name());
		}
		return new Where(sql.toString(), params);
	}

}
