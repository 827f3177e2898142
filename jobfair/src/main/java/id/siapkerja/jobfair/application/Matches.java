package id.siapkerja.jobfair.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.seeker.SeekerProfile;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.jobfair.vacancy.VacancyId;
import id.siapkerja.webkit.text.Times;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

/**
 * The vacancies of a fair for a seeker (J-S-d, DOMAIN.md "Matching"), from the fair's
 * {@link Offers} in memory, without a query: the accepted companies' open vacancies
 * before their deadline; a seeker matches when the education level reaches the minimum
 * and, where stated, the major and the place fit (remote work fits anywhere); the rank
 * adds shared skills and enough experience. By default only the matching ones, ranked; on
 * request all, the matching first. The tests hold it to the same answers as the
 * definition in one SQL query over the tables of participation, vacancy and company.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Matches {

	public static final int PAGE = 30;

	private final Offers offers;

	private final Clock clock;

	/** A vacancy with why it fits the seeker or what is missing. */
	public record Match(VacancyId vacancyId, String title, CompanyId companyId, String companyName,
			String employmentType, String workArrangement, String minEducation, String regionCode, int openings,
			LocalDate deadline, boolean showSalary, Long salaryMin, Long salaryMax, List<String> majors,
			List<String> skillNames, int requiredSkills, int sharedSkills, int minExperienceYears,
			boolean educationFits, boolean majorFits, boolean placeFits, boolean experienceFits,
			boolean disabilityFriendly) {

		public boolean fits() {
			return this.educationFits && this.majorFits && this.placeFits;
		}

	}

	/**
	 * One page of {@link #PAGE} (and one more, to tell whether a next page exists): the
	 * fitting vacancies first, then by shared skills, enough experience, title. One pass
	 * over the fair's positions counts the shared skills (through each skill's
	 * positions), a second ranks and counts each rank, a third picks the page: no sort,
	 * whatever the size of the fair.
	 */
	public List<Match> of(FairId fair, SeekerProfile seeker, boolean all, int page) {
		Offers.Fair offered = this.offers.of(fair);
		int n = offered.offers().size();
		int today = (int) LocalDate.now(this.clock.withZone(Times.DEFAULT_ZONE)).toEpochDay();
		Set<String> skills = Set.copyOf(seeker.skills());
		String major = (seeker.major() != null) ? seeker.major().toLowerCase(Locale.ROOT) : null;
		int province = Offers.Fair.province(seeker.province());
		int education = seeker.educationRank();
		int months = seeker.experienceMonths();
		int[] rank = new int[n];
		for (String skill : skills) {
			int[] at = offered.bySkill().get(skill);
			if (at != null) {
				for (int i : at) {
					rank[i]++;
				}
			}
		}
		// rank: fits (most), then shared skills, then enough experience; -1 when left out
		int fitsWeight = 2 * (skills.size() + 1);
		int[] count = new int[2 * fitsWeight];
		for (int i = 0; i < n; i++) {
			if (offered.deadlines()[i] < today) {
				rank[i] = -1;
				continue;
			}
			boolean fits = offered.minEducation()[i] <= education
					&& (offered.remote()[i] || offered.provinces()[i] == province)
					&& majorFits(offered.offers().get(i), major);
			if (!fits && !all) {
				rank[i] = -1;
				continue;
			}
			rank[i] = (fits ? fitsWeight : 0) + 2 * rank[i] + (offered.minExperienceMonths()[i] <= months ? 1 : 0);
			count[rank[i]]++;
		}
		// how many of each rank the page skips and takes, best rank first
		int from = Math.max(0, page) * PAGE;
		int wanted = PAGE + 1;
		int[] skip = new int[count.length];
		int[] take = new int[count.length];
		int before = 0;
		for (int r = count.length - 1; r >= 0 && wanted > 0; r--) {
			if (before + count[r] > from) {
				skip[r] = Math.max(0, from - before);
				take[r] = Math.min(count[r] - skip[r], wanted);
				wanted -= take[r];
			}
			before += count[r];
		}
		List<List<Offers.Offer>> picked = new ArrayList<>(count.length);
		for (int r = 0; r < count.length; r++) {
			picked.add(take[r] > 0 ? new ArrayList<>(take[r]) : List.of());
		}
		for (int i = 0; i < n; i++) {
			int r = rank[i];
			if (r < 0 || take[r] == 0) {
				continue;
			}
			if (skip[r] > 0) {
				skip[r]--;
			}
			else {
				picked.get(r).add(offered.offers().get(i));
				take[r]--;
			}
		}
		List<Match> found = new ArrayList<>(PAGE + 1);
		for (int r = count.length - 1; r >= 0; r--) {
			for (Offers.Offer offer : picked.get(r)) {
				found.add(match(offer, seeker, skills, major));
			}
		}
		return found;
	}

	private static boolean educationFits(Vacancy vacancy, SeekerProfile seeker) {
		return vacancy.minEducation().rank() <= seeker.educationRank();
	}

	private static boolean majorFits(Offers.Offer offer, String major) {
		return offer.majors().isEmpty() || (major != null && offer.majors().contains(major));
	}

	private static boolean placeFits(Offers.Offer offer, SeekerProfile seeker) {
		return offer.vacancy().workArrangement() == Vacancy.WorkArrangement.JARAK_JAUH
				|| offer.province().equals(seeker.province());
	}

	private static boolean experienceFits(Vacancy vacancy, SeekerProfile seeker) {
		return vacancy.minExperienceYears() * 12 <= seeker.experienceMonths();
	}

	private static int shared(Offers.Offer offer, Set<String> skills) {
		int shared = 0;
		for (String skill : offer.skills()) {
			if (skills.contains(skill)) {
				shared++;
			}
		}
		return shared;
	}

	private static Match match(Offers.Offer offer, SeekerProfile seeker, Set<String> skills, String major) {
		Vacancy v = offer.vacancy();
		return new Match(v.id(), v.title(), v.companyId(), offer.companyName(), v.employmentType().name(),
				v.workArrangement().name(), v.minEducation().name(), v.regionCode(), v.openings(), v.deadline(),
				v.showSalary(), v.salaryMin(), v.salaryMax(), v.majors(), v.skillNames(), offer.skills().size(),
				shared(offer, skills), v.minExperienceYears(), educationFits(v, seeker), majorFits(offer, major),
				placeFits(offer, seeker), experienceFits(v, seeker), v.disabilityFriendly());
	}

}
