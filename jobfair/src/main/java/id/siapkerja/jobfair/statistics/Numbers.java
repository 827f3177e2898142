package id.siapkerja.jobfair.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.siapkerja.jobfair.application.Outcomes;

/**
 * The numbers of one fair or of many: how many fairs, their followers and check-ins, the
 * places booked in arrival sessions and the arrivals the gate let in, and the
 * applications' steps per group of each trait (largest group first), as of
 * {@code refreshedAt} (the oldest refresh among the fairs; null when there is none).
 */
public record Numbers(int fairs, int followers, int checkedIn, int booked, int arrived, Map<Trait, List<Group>> groups,
		Instant refreshedAt) {

	/** One group: its key as stored ("" when not known) and its applications' steps. */
	public record Group(String key, Outcomes.Steps steps) {
	}

	public List<Group> of(Trait trait) {
		return this.groups.getOrDefault(trait, List.of());
	}

	/** Everybody's steps. */
	public Outcomes.Steps all() {
		List<Group> all = of(Trait.ALL);
		return all.isEmpty() ? Outcomes.Steps.NONE : all.get(0).steps();
	}

}
