package id.siapkerja.jobfair.application.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.application.ApplicationStatus;
import id.siapkerja.jobfair.application.Applications;
import id.siapkerja.jobfair.application.Interviews;
import id.siapkerja.jobfair.application.Outcomes;
import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.company.CompanyMembership;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.participation.Participations;
import id.siapkerja.jobfair.vacancy.Vacancies;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.jobfair.vacancy.VacancyId;
import id.siapkerja.webkit.catalog.Catalogs;
import id.siapkerja.webkit.form.Choice;
import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.text.LimitedText;
import lombok.RequiredArgsConstructor;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company's side of applications (J-C-m … p): the applicants of a fair per vacancy
 * with filters, an applicant's snapshot (never the NIK or the mother's name), and
 * "Terima", "Wawancara" (schedule, reschedule, cancel) and "Tolak". Only active members
 * of the company that received the application reach any of it.
 */
@Controller
@RequiredArgsConstructor
class ApplicantsController {

	/**
	 * The orders of the list: newest first, or most skills in common with the vacancy.
	 */
	private static final List<Choice> SORTINGS = List.of(new Choice("terbaru", null, "applicant.sort.newest"),
			new Choice("kecocokan", null, "applicant.sort.match"));

	private final Companies companies;

	private final Applications applications;

	private final Interviews interviews;

	private final Fairs fairs;

	private final Participations participations;

	private final Vacancies vacancies;

	private final Outcomes outcomes;

	private final Clock clock;

	/** An applicant in the list. */
	record Applicant(Applications.Application application, Vacancy vacancy, String name, String education,
			int sharedSkills) {
	}

	@GetMapping("/perusahaan/{c}/jobfair/{f}/pelamar")
	String applicants(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable FairId f,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String pendidikan,
			@RequestParam(defaultValue = "") String keahlian, @RequestParam(defaultValue = "terbaru") String urut,
			@RequestParam(required = false) VacancyId lowongan, Model model) {
		Company company = membership.company();
		this.participations.of(f, c).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Fair fair = this.fairs.byId(f).orElseThrow();
		String validStatus = List.of("SUBMITTED", "INTERVIEW", "ACCEPTED", "REJECTED", "WITHDRAWN").contains(status)
				? status : "";
		List<Applicant> applicants = new ArrayList<>();
		// the company's vacancies in one query, not one per applicant
		Map<VacancyId, Vacancy> vacanciesById = new HashMap<>();
		this.vacancies.ofCompany(c).forEach((vacancy) -> vacanciesById.put(vacancy.id(), vacancy));
		for (Applications.Application application : this.applications.ofCompany(c, f, validStatus, pendidikan,
				keahlian)) {
			Vacancy vacancy = Optional.ofNullable(vacanciesById.get(application.vacancyId())).orElseThrow();
			if (lowongan != null && !lowongan.equals(vacancy.id())) {
				continue;
			}
			applicants.add(new Applicant(application, vacancy, application.snapshot().name(), education(application),
					sharedSkills(application, vacancy)));
		}
		if ("kecocokan".equals(urut)) {
			applicants.sort((a, b) -> Integer.compare(b.sharedSkills(), a.sharedSkills()));
		}
		model.addAttribute("company", company);
		model.addAttribute("fair", fair);
		model.addAttribute("applicants", applicants);
		model.addAttribute("status", validStatus);
		model.addAttribute("pendidikan", pendidikan);
		model.addAttribute("keahlian", keahlian);
		model.addAttribute("urut", urut);
		model.addAttribute("statuses", Choice.of(ApplicationStatus.values(), ApplicationStatus::messageKey));
		model.addAttribute("sortings", SORTINGS);
		model.addAttribute("lowongan", lowongan);
		model.addAttribute("published",
				this.participations.of(f, c)
					.map((p) -> this.vacancies.byIds(this.participations.vacanciesOf(p.id())))
					.orElse(List.of())
					.stream()
					.map((vacancy) -> new Choice(vacancy.id().toString(), vacancy.title(), null))
					.toList());
		return "applicant/list";
	}

	// J-C-n: the applicant's profile (the snapshot sent with the application)
	@GetMapping("/perusahaan/{c}/pelamar/{id}")
	String applicant(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable UUID id, Model model) {
		return detail(membership.company(), received(c, id), InterviewForm.empty(), model);
	}

	private String detail(Company company, Applications.Application application, InterviewForm form, Model model) {
		Fair fair = this.fairs.byId(application.fairId()).orElseThrow();
		model.addAttribute("company", company);
		model.addAttribute("fair", fair);
		model.addAttribute("app", application);
		model.addAttribute("snapshot", application.snapshot());
		model.addAttribute("vacancy", this.vacancies.of(company.id(), application.vacancyId()).orElseThrow());
		model.addAttribute("history", this.applications.history(application.id()));
		model.addAttribute("interview", this.interviews.current(application.id()).orElse(null));
		model.addAttribute("hasPhoto", this.applications.photo(application.id()).isPresent());
		model.addAttribute("modes", Choice.of(Interviews.Mode.values(), Interviews.Mode::messageKey));
		model.addAttribute("outcome", this.outcomes.of(application.id()).orElse(null));
		model.addAttribute("results", Outcomes.Result.values());
		model.addAttribute("contracts", Outcomes.Contract.values());
		model.addAttribute("wages", Outcomes.WageBand.values());
		Forms.show(model, form);
		return "applicant/detail";
	}

	@GetMapping("/perusahaan/{c}/pelamar/{id}/foto.jpg")
	ResponseEntity<byte[]> photo(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable UUID id) {
		received(c, id);
		return this.applications.photo(id)
			.map((bytes) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
				.body(bytes))
			.orElse(ResponseEntity.notFound().build());
	}

	@PostMapping("/perusahaan/{c}/pelamar/{id}/{decision:terima|tolak}")
	String decide(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable UUID id,
			@PathVariable String decision, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		received(c, id);
		String cleaned = LimitedText.clean(reason).strip();
		if (cleaned.length() > 500) {
			redirect.addFlashAttribute("problem", "form.too-long");
			return "redirect:/perusahaan/" + c + "/pelamar/" + id;
		}
		try {
			this.applications.move(id,
					decision.equals("terima") ? ApplicationStatus.Action.ACCEPT : ApplicationStatus.Action.REJECT,
					actor(user, c), cleaned.isEmpty() ? null : cleaned);
			redirect.addFlashAttribute("done", decision.equals("terima") ? "applicant.accepted" : "applicant.rejected");
		}
		catch (ApplicationStatus.Refused ex) {
			redirect.addFlashAttribute("problem", "applicant.refused");
		}
		return "redirect:/perusahaan/" + c + "/pelamar/" + id;
	}

	/**
	 * "Hasil rekrutmen" of an accepted applicant: hired (with start and contract),
	 * declined, did not start.
	 */
	@PostMapping("/perusahaan/{c}/pelamar/{id}/hasil")
	String outcome(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable UUID id,
			@RequestParam(name = "hasil", required = false) Outcomes.Result result,
			@RequestParam(name = "mulai", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate start,
			@RequestParam(name = "kontrak", required = false) Outcomes.Contract contract,
			@RequestParam(name = "upah", required = false) Outcomes.WageBand wage,
			@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		Applications.Application application = received(c, id);
		Outcomes.Recorded recorded = new Outcomes.Recorded(result, start, contract, wage);
		if (result == null) {
			redirect.addFlashAttribute("problem", "outcome.result.required");
		}
		else if (recorded.problem().isPresent()) {
			redirect.addFlashAttribute("problem", recorded.problem().get());
		}
		else if (this.outcomes.record(application, recorded, actor(user, c))) {
			redirect.addFlashAttribute("done", "outcome.recorded");
		}
		else {
			redirect.addFlashAttribute("problem", "outcome.not-accepted");
		}
		return "redirect:/perusahaan/" + c + "/pelamar/" + id;
	}

	// J-C-p: an interview scheduled (date, time, link or place, notes)
	@PostMapping("/perusahaan/{c}/pelamar/{id}/wawancara")
	String schedule(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable UUID id,
			@Valid @ModelAttribute("form") InterviewForm form, BindingResult errors,
			@AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
		Applications.Application application = received(c, id);
		Fair fair = this.fairs.byId(application.fairId()).orElseThrow();
		if (!errors.hasErrors() && form.plan(fair.zone()).inThePast(this.clock.instant())) {
			errors.rejectValue("date", "interview.past");
		}
		if (errors.hasErrors()) {
			return detail(membership.company(), application, form, model);
		}
		try {
			this.interviews.schedule(id, form.plan(fair.zone()), actor(user, c));
			redirect.addFlashAttribute("done", "interview.scheduled");
		}
		catch (ApplicationStatus.Refused ex) {
			redirect.addFlashAttribute("problem", "applicant.refused");
		}
		return "redirect:/perusahaan/" + c + "/pelamar/" + id;
	}

	@PostMapping("/perusahaan/{c}/pelamar/{id}/wawancara/batal")
	String cancel(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable UUID id,
			@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		received(c, id);
		try {
			this.interviews.cancel(id, actor(user, c));
			redirect.addFlashAttribute("done", "interview.cancelled");
		}
		catch (ApplicationStatus.Refused ex) {
			redirect.addFlashAttribute("problem", "applicant.refused");
		}
		return "redirect:/perusahaan/" + c + "/pelamar/" + id;
	}

	/** An application this company received; 404 otherwise. */
	private Applications.Application received(CompanyId company, UUID id) {
		return this.applications.byId(id)
			.filter((a) -> a.companyId().equals(company))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String actor(OidcUser user, CompanyId company) {
		String name = user.getFullName() == null ? "" : user.getFullName();
		return name + " (" + this.companies.byId(company).map(Company::name).orElse("") + ")";
	}

	private static String education(Applications.Application application) {
		return application.snapshot().educationLevel();
	}

	private static int sharedSkills(Applications.Application application, Vacancy vacancy) {
		return (int) application.snapshot()
			.profile()
			.skills()
			.stream()
			.filter((skill) -> skill.name() != null && vacancy.skills().contains(Catalogs.normalize(skill.name())))
			.count();
	}

}
