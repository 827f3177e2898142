package id.siapkerja.jobfair.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.vacancy.Vacancies;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.jobfair.vacancy.VacancyId;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * J-S-f: a seeker's applications as the portfolio shows them, each with its vacancy,
 * company, fair, timeline and interview, read in a few statements for the whole page
 * rather than five per application.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Portfolio {

	private final Applications applications;

	private final Interviews interviews;

	private final Vacancies vacancies;

	private final Companies companies;

	private final Fairs fairs;

	private final Outcomes outcomes;

	/** An application with what the seeker sees of it. */
	public record Mine(Applications.Application application, Vacancy vacancy, String companyName, Fair fair,
			List<Applications.Change> history, Interviews.Interview interview, Interviews.Interview cancelledInterview,
			Outcomes.Outcome outcome) {
	}

	/** The applications of this person, newest first. */
	@Transactional(readOnly = true)
	public List<Mine> of(String sub) {
		List<Applications.Application> all = this.applications.ofSeeker(sub);
		List<UUID> ids = all.stream().map(Applications.Application::id).toList();
		Map<VacancyId, Vacancy> vacancies = new HashMap<>();
		this.vacancies.byIds(all.stream().map(Applications.Application::vacancyId).distinct().toList())
			.forEach((vacancy) -> vacancies.put(vacancy.id(), vacancy));
		Map<CompanyId, String> companyNames = new HashMap<>();
		this.companies.byIds(all.stream().map(Applications.Application::companyId).collect(Collectors.toSet()))
			.forEach((company) -> companyNames.put(company.id(), company.name()));
		Map<FairId, Fair> fairs = new HashMap<>();
		Map<UUID, List<Applications.Change>> histories = this.applications.histories(ids);
		Map<UUID, Interviews.Interview> interviews = this.interviews.current(ids);
		Map<UUID, Interviews.Interview> cancelled = this.interviews.lastCancelled(ids);
		Map<UUID, Outcomes.Outcome> outcomes = this.outcomes.of(ids);
		List<Mine> mine = new ArrayList<>();
		for (Applications.Application application : all) {
			Vacancy vacancy = vacancies.get(application.vacancyId());
			if (vacancy == null) {
				throw new IllegalStateException("the vacancy of application " + application.id() + " is gone");
			}
			Fair fair = fairs.computeIfAbsent(application.fairId(), (id) -> this.fairs.byId(id).orElseThrow());
			mine.add(new Mine(application, vacancy, companyNames.getOrDefault(application.companyId(), ""), fair,
					histories.getOrDefault(application.id(), List.of()), interviews.get(application.id()),
					cancelled.get(application.id()), outcomes.get(application.id())));
		}
		return mine;
	}

}
