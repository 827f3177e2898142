package id.siapkerja.jobfair.participation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.company.CompanyMembership;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.participation.Participation;
import id.siapkerja.jobfair.participation.Participations;
import id.siapkerja.jobfair.vacancy.Vacancies;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.jobfair.vacancy.VacancyId;
import id.siapkerja.webkit.region.Regions;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Companies' side: "Jobfair tersedia", "Ikuti Jobfair" with vacancies, "Masukan lowongan"
 * and the followed fairs with their decision (J-C-h … l). Organizers' side: the requests
 * of a fair with each company's profile and vacancies, accepted or rejected with a reason
 * (J-O-i). Each side reaches only its own companies and fairs.
 */
@Controller
@RequiredArgsConstructor
class ParticipationController {

	private final Participations participations;

	private final Companies companies;

	private final Vacancies vacancies;

	private final Fairs fairs;

	private final Regions regions;

	/** A followed fair with the company's request. */
	record Followed(Fair fair, Participation participation, int vacancies) {
	}

	// J-C-h, J-C-l: the fairs open to the company, and its fairs with their status
	// ("sedang berlangsung")
	@GetMapping("/perusahaan/{c}/jobfair")
	String fairs(CompanyMembership membership, @PathVariable CompanyId c, Model model) {
		Company company = membership.company();
		List<Followed> followed = new ArrayList<>();
		for (Participation participation : this.participations.ofCompany(c)) {
			this.fairs.byId(participation.fairId())
				.ifPresent((fair) -> followed.add(
						new Followed(fair, participation, this.participations.vacanciesOf(participation.id()).size())));
		}
		Set<FairId> joined = followed.stream().map((f) -> f.fair().id()).collect(Collectors.toSet());
		model.addAttribute("company", company);
		model.addAttribute("followed", followed);
		model.addAttribute("available",
				this.fairs.openForCompanies().stream().filter((fair) -> !joined.contains(fair.id())).toList());
		return "participation/company-fairs";
	}

	@GetMapping("/perusahaan/{c}/jobfair/{f}/ikuti")
	String choose(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable FairId f, Model model) {
		Company company = membership.company();
		Fair fair = this.fairs.byId(f)
			.filter((it) -> it.status().visibleToPublic())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<Participation> participation = this.participations.of(f, c);
		Set<VacancyId> published = participation.map((p) -> Set.copyOf(this.participations.vacanciesOf(p.id())))
			.orElse(Set.of());
		model.addAttribute("company", company);
		model.addAttribute("fair", fair);
		model.addAttribute("participation", participation.orElse(null));
		model.addAttribute("published", this.vacancies.byIds(List.copyOf(published)));
		model.addAttribute("choices",
				this.vacancies.openOfCompany(c).stream().filter((v) -> !published.contains(v.id())).toList());
		return "participation/choose";
	}

	// J-C-i, J-C-k: "Ikuti Jobfair" with existing vacancies (more added later)
	@PostMapping("/perusahaan/{c}/jobfair/{f}/ikuti")
	String join(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable FairId f,
			@RequestParam(name = "lowongan", required = false) List<VacancyId> chosen,
			@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		Fair fair = this.fairs.byId(f)
			.filter((it) -> it.status().visibleToPublic())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// only the company's own open vacancies, whatever the form sent
		Set<VacancyId> open = this.vacancies.openOfCompany(c).stream().map(Vacancy::id).collect(Collectors.toSet());
		List<VacancyId> vacancies = chosen == null ? List.of()
				: chosen.stream().filter(open::contains).distinct().toList();
		Optional<Participations.Refusal> refusal = this.participations.request(fair, c, user.getSubject(), vacancies);
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("problem",
					"participation.refused." + refusal.get().name().toLowerCase(Locale.ROOT).replace('_', '-'));
			return "redirect:/perusahaan/" + c + "/jobfair/" + f + "/ikuti";
		}
		redirect.addFlashAttribute("done", "participation.requested");
		return "redirect:/perusahaan/" + c + "/jobfair/" + f + "/ikuti";
	}

	/**
	 * "Ikuti sebagai perusahaan" on a fair's page: to the fair's join page of the
	 * person's company (the one they act for when they have several), or to "Daftar
	 * sebagai Perusahaan" first.
	 */
	@GetMapping("/ikuti-perusahaan/{f}")
	String joinFromFairPage(@PathVariable FairId f, @AuthenticationPrincipal OidcUser user, HttpSession session) {
		List<Company> mine = this.companies.of(user.getSubject());
		if (mine.isEmpty()) {
			return "redirect:/perusahaan/daftar";
		}
		Object acting = session.getAttribute("jobfair.acting-role");
		Company company = mine.stream()
			.filter((c) -> ("perusahaan:" + c.id()).equals(acting))
			.findFirst()
			.orElse(mine.get(0));
		return "redirect:/perusahaan/" + company.id() + "/jobfair/" + f + "/ikuti";
	}

	/** A request of a company, as the organizer sees it. */
	record Request(Participation participation, Company company, String region, List<Vacancy> vacancies) {
	}

	@GetMapping("/kelola/jobfair/{f}/perusahaan")
	String requests(@PathVariable FairId f, @AuthenticationPrincipal OidcUser user, Model model) {
		Fair fair = organizersFair(f, user);
		List<Request> requests = new ArrayList<>();
		for (Participation participation : this.participations.ofFair(f)) {
			Company company = this.companies.byId(participation.companyId()).orElseThrow();
			requests.add(new Request(participation, company, this.regions.path(company.regionCode()),
					this.vacancies.byIds(this.participations.vacanciesOf(participation.id()))));
		}
		model.addAttribute("fair", fair);
		model.addAttribute("requests", requests);
		model.addAttribute("decidable", fair.status() != FairStatus.FINISHED && fair.status() != FairStatus.CANCELLED);
		return "participation/requests";
	}

	@PostMapping("/kelola/jobfair/{f}/perusahaan/{p}/{decision:terima|tolak}")
	String decide(@PathVariable FairId f, @PathVariable UUID p, @PathVariable String decision,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal OidcUser user,
			RedirectAttributes redirect) {
		Fair fair = organizersFair(f, user);
		boolean accept = decision.equals("terima");
		String problem = null;
		if (fair.status() == FairStatus.FINISHED || fair.status() == FairStatus.CANCELLED) {
			problem = "participation.decide.over";
		}
		else if (!accept && reason.strip().isEmpty()) {
			problem = "participation.reason.required";
		}
		else if (reason.strip().length() > 500) {
			problem = "form.too-long";
		}
		if (problem == null) {
			try {
				this.participations.decide(f, p, accept, reason.strip(),
						user.getFullName() == null ? user.getSubject() : user.getFullName());
				redirect.addFlashAttribute("done", accept ? "participation.accepted" : "participation.rejected");
			}
			catch (Participation.AlreadyDecided ex) {
				problem = "participation.decide.already";
			}
			catch (NoSuchElementException ex) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		if (problem != null) {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:/kelola/jobfair/" + f + "/perusahaan";
	}

	/** The fair, for a member of its organizer; 404 for anyone else. */
	private Fair organizersFair(FairId f, OidcUser user) {
		return this.fairs.managedBy(f, user.getSubject())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
