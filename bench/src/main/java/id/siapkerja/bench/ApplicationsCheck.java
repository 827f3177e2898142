package id.siapkerja.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * After a fair opening: does the database hold exactly the applications Jobfair
 * acknowledged to seekers? An acknowledged application missing from the database is lost;
 * one stored twice is duplicated; one stored but never acknowledged (the seeker's request
 * timed out after Jobfair committed it) is counted, not an error.
 */
final class ApplicationsCheck {

	private ApplicationsCheck() {
	}

	/** An application a seeker saw Jobfair take. */
	record Acknowledged(String sub, UUID vacancy) {
	}

	/** What the check found. */
	record Result(int acknowledged, int stored, List<Acknowledged> lost, List<Acknowledged> duplicated,
			int storedUnacknowledged) {

		boolean holds() {
			return this.lost.isEmpty() && this.duplicated.isEmpty();
		}

		@Override
		public String toString() {
			return "acknowledged " + this.acknowledged + ", stored " + this.stored + ", lost " + this.lost.size()
					+ ", duplicated " + this.duplicated.size() + ", stored without acknowledgement "
					+ this.storedUnacknowledged;
		}

	}

	/** Compares what seekers were told with the rows stored (one entry per row). */
	static Result check(Collection<Acknowledged> acknowledged, Collection<Acknowledged> stored) {
		Map<Acknowledged, Integer> rows = new HashMap<>();
		for (Acknowledged row : stored) {
			rows.merge(row, 1, Integer::sum);
		}
		Set<Acknowledged> told = new HashSet<>(acknowledged);
		List<Acknowledged> lost = new ArrayList<>();
		for (Acknowledged application : told) {
			if (!rows.containsKey(application)) {
				lost.add(application);
			}
		}
		List<Acknowledged> duplicated = new ArrayList<>();
		int unacknowledged = 0;
		for (Map.Entry<Acknowledged, Integer> row : rows.entrySet()) {
			if (row.getValue() > 1) {
				duplicated.add(row.getKey());
			}
			if (!told.contains(row.getKey())) {
				unacknowledged++;
			}
		}
		return new Result(told.size(), stored.size(), lost, duplicated, unacknowledged);
	}

	/** Every application row of the fair, one entry per row. */
	static List<Acknowledged> stored(Connection jobfair, UUID fair) throws SQLException {
		List<Acknowledged> rows = new ArrayList<>();
		try (PreparedStatement query = jobfair
			.prepareStatement("select sub, vacancy_id from application where fair_id = ? and status = 'SUBMITTED'")) {
			query.setObject(1, fair);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					rows.add(new Acknowledged(rs.getString(1), rs.getObject(2, UUID.class)));
				}
			}
		}
		return rows;
	}

}
