package id.siapkerja.jobfair.application.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.application.ApplicationStatus;
import id.siapkerja.jobfair.application.Applications;
import id.siapkerja.jobfair.application.Matches;
import id.siapkerja.jobfair.application.Offers;
import id.siapkerja.jobfair.application.Outcomes;
import id.siapkerja.jobfair.application.Portfolio;
import id.siapkerja.jobfair.application.Snapshot;
import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.faq.Faqs;
import id.siapkerja.jobfair.seeker.Followers;
import id.siapkerja.jobfair.seeker.SeekerProfile;
import id.siapkerja.jobfair.seeker.SeekerProfiles;
import id.siapkerja.jobfair.vacancy.Vacancies;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.jobfair.vacancy.VacancyId;
import id.siapkerja.webkit.region.Regions;
import id.siapkerja.webkit.text.LimitedText;
import lombok.RequiredArgsConstructor;

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
 * The seeker's side (J-S-b … f, h): "Ikuti sebagai pencaker", the portfolio, check-in,
 * the fair's companies and matching vacancies once it runs, "Lamar sekarang" with its
 * confirmation, the applications with their timeline, and the companies' FAQ.
 */
@Controller
@RequiredArgsConstructor
class SeekerController {

	private final Fairs fairs;

	private final Followers followers;

	private final SeekerProfiles profiles;

	private final Matches matches;

	private final Applications applications;

	private final Portfolio portfolio;

	private final Offers offers;

	private final Companies companies;

	private final Vacancies vacancies;

	private final Faqs faqs;

	private final Regions regions;

	private final Outcomes outcomes;

	@GetMapping("/jobfair/{slug}/ikuti")
	String followPage(@PathVariable String slug, @AuthenticationPrincipal OidcUser user, Model model) {
		Fair fair = publicFair(slug);
		if (this.followers.of(fair.id(), user.getSubject()).isPresent()) {
			return "redirect:/portofolio/jobfair/" + fair.id();
		}
		if (this.profiles.of(user.getSubject()).isEmpty()) {
			this.profiles.refresh(user.getSubject());
		}
		model.addAttribute("fair", fair);
		model.addAttribute("ready", this.profiles.of(user.getSubject()).filter(SeekerProfile::ready).isPresent());
		return "seeker/follow";
	}

	@PostMapping("/jobfair/{slug}/ikuti")
	String follow(@PathVariable String slug, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		Fair fair = publicFair(slug);
		Optional<Followers.Refusal> refused = this.followers.follow(fair, user.getSubject());
		if (refused.isPresent()) {
			redirect.addFlashAttribute("problem", key("follow.refused.", refused.get()));
			return "redirect:/jobfair/" + slug + "/ikuti";
		}
		redirect.addFlashAttribute("done", "follow.done");
		return "redirect:/portofolio/jobfair/" + fair.id();
	}

	/** A followed fair in the portfolio. */
	record Followed(Fair fair, Followers.Following following) {
	}

	@GetMapping("/portofolio")
	String portfolio(@AuthenticationPrincipal OidcUser user, Model model) {
		List<Followed> followed = new ArrayList<>();
		for (Followers.Following following : this.followers.ofSeeker(user.getSubject())) {
			this.fairs.byId(following.fairId()).ifPresent((fair) -> followed.add(new Followed(fair, following)));
		}
		model.addAttribute("followed", followed);
		model.addAttribute("applications", this.applications.ofSeeker(user.getSubject()).size());
		return "seeker/portfolio";
	}

	/** How many companies the fair page shows before "all companies". */
	static final int FIRST_EXHIBITORS = 8;

	@GetMapping("/portofolio/jobfair/{f}")
	String fair(@PathVariable FairId f, @RequestParam(defaultValue = "false") boolean semua,
			@RequestParam(defaultValue = "0") int halaman, @AuthenticationPrincipal OidcUser user, Model model) {
		Fair fair = followedFair(f, user);
		Followers.Following following = this.followers.of(f, user.getSubject()).orElseThrow();
		model.addAttribute("fair", fair);
		model.addAttribute("me", user.getSubject());
		model.addAttribute("following", following);
		model.addAttribute("checkInOpen", this.followers.checkInOpen(fair));
		model.addAttribute("checkInOpensAt", Followers.checkInOpensAt(fair).atZone(fair.zone()));
		boolean showOffers = following.inside(fair);
		model.addAttribute("showOffers", showOffers);
		if (showOffers) {
			SeekerProfile seeker = this.profiles.of(user.getSubject()).orElseThrow();
			List<Matches.Match> found = this.matches.of(f, seeker, semua, halaman);
			model.addAttribute("matches", found.size() > Matches.PAGE ? found.subList(0, Matches.PAGE) : found);
			// the vacancies this seeker applied to in this fair say so, with the status
			Map<VacancyId, ApplicationStatus> applied = new HashMap<>();
			this.applications.ofSeeker(user.getSubject())
				.stream()
				.filter((a) -> a.fairId().equals(f))
				.forEach((a) -> applied.put(a.vacancyId(), a.status()));
			model.addAttribute("applied", applied);
			model.addAttribute("hasNext", found.size() > Matches.PAGE);
			model.addAttribute("page", halaman);
			model.addAttribute("all", semua);
			List<Offers.Exhibitor> exhibitors = this.offers.of(f).exhibitors();
			model.addAttribute("exhibitors", exhibitors.subList(0, Math.min(FIRST_EXHIBITORS, exhibitors.size())));
			model.addAttribute("exhibitorCount", exhibitors.size());
		}
		return "seeker/fair";
	}

	/** All companies of a running fair, a page at a time. */
	@GetMapping("/portofolio/jobfair/{f}/perusahaan")
	String exhibitors(@PathVariable FairId f, @RequestParam(defaultValue = "0") int halaman,
			@AuthenticationPrincipal OidcUser user, Model model) {
		Fair fair = followedFair(f, user);
		Followers.Following following = this.followers.of(f, user.getSubject()).orElseThrow();
		if (!following.inside(fair)) {
			return "redirect:/portofolio/jobfair/" + f;
		}
		List<Offers.Exhibitor> exhibitors = this.offers.of(f).exhibitors();
		int page = Math.max(0, halaman);
		int from = Math.min(page * Matches.PAGE, exhibitors.size());
		model.addAttribute("fair", fair);
		model.addAttribute("exhibitors", exhibitors.subList(from, Math.min(from + Matches.PAGE, exhibitors.size())));
		model.addAttribute("exhibitorCount", exhibitors.size());
		model.addAttribute("page", page);
		model.addAttribute("hasNext", from + Matches.PAGE < exhibitors.size());
		return "seeker/exhibitors";
	}

	@PostMapping("/portofolio/jobfair/{f}/check-in")
	String checkIn(@PathVariable FairId f, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		Fair fair = followedFair(f, user);
		Optional<Followers.Refusal> refused = this.followers.checkIn(fair, user.getSubject());
		redirect.addFlashAttribute(refused.isPresent() ? "problem" : "done",
				refused.map((r) -> key("follow.refused.", r)).orElse("checkin.done"));
		return "redirect:/portofolio/jobfair/" + f;
	}

	@GetMapping("/portofolio/jobfair/{f}/lowongan/{v}")
	String applyPage(@PathVariable FairId f, @PathVariable VacancyId v, @AuthenticationPrincipal OidcUser user,
			Model model) {
		Fair fair = followedFair(f, user);
		Vacancy vacancy = offered(f, v);
		model.addAttribute("fair", fair);
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("company", this.companies.byId(vacancy.companyId()).orElseThrow());
		model.addAttribute("region", this.regions.path(vacancy.regionCode()));
		Optional<SeekerProfile> profile = this.profiles.of(user.getSubject());
		model.addAttribute("snapshot", profile.map(SeekerProfile::view).map(Snapshot::of).orElse(null));
		model.addAttribute("existing", this.applications.of(f, v, user.getSubject()).orElse(null));
		model.addAttribute("allowance", this.applications.allowance(fair, user.getSubject()).orElse(null));
		model.addAttribute("refusal",
				this.applications.check(fair, vacancy, user.getSubject(), profile)
					.map((r) -> key("apply.refused.", r))
					.orElse(null));
		return "seeker/apply";
	}

	@PostMapping("/portofolio/jobfair/{f}/lowongan/{v}")
	String apply(@PathVariable FairId f, @PathVariable VacancyId v, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		Fair fair = followedFair(f, user);
		Vacancy vacancy = offered(f, v);
		String cleaned = LimitedText.clean(note).strip();
		if (cleaned.length() > 1000) {
			redirect.addFlashAttribute("problem", "form.too-long");
			return "redirect:/portofolio/jobfair/" + f + "/lowongan/" + v;
		}
		Applications.Applied applied = this.applications.apply(fair, vacancy, user.getSubject(), cleaned);
		if (applied.refusal().isPresent()) {
			redirect.addFlashAttribute("problem", key("apply.refused.", applied.refusal().get()));
			return "redirect:/portofolio/jobfair/" + f + "/lowongan/" + v;
		}
		redirect.addFlashAttribute("done", applied.already() ? "apply.already" : "apply.done");
		return "redirect:/portofolio/lamaran";
	}

	// J-S-f: Portfolio → applications, with status and interview
	@GetMapping("/portofolio/lamaran")
	String applications(@AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("mine", this.portfolio.of(user.getSubject()));
		return "seeker/applications";
	}

	@PostMapping("/portofolio/lamaran/{id}/tarik")
	String withdraw(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		Applications.Application application = this.applications.byId(id)
			.filter((a) -> a.sub().equals(user.getSubject()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			this.applications.move(application.id(), ApplicationStatus.Action.WITHDRAW, "pencaker", null);
			redirect.addFlashAttribute("done", "apply.withdrawn");
		}
		catch (ApplicationStatus.Refused ex) {
			redirect.addFlashAttribute("problem", "apply.not-withdrawable");
		}
		return "redirect:/portofolio/lamaran";
	}

	/**
	 * "Saya sudah bekerja": the seeker of an accepted application says they work there.
	 */
	@PostMapping("/portofolio/lamaran/{id}/bekerja")
	String working(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		Applications.Application application = this.applications.byId(id)
			.filter((a) -> a.sub().equals(user.getSubject()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean confirmed = this.outcomes.confirmBySeeker(application, user.getSubject());
		redirect.addFlashAttribute(confirmed ? "done" : "problem",
				confirmed ? "outcome.seeker.done" : "outcome.not-accepted");
		return "redirect:/portofolio/lamaran";
	}

	@GetMapping("/portofolio/jobfair/{f}/perusahaan/{c}")
	String company(@PathVariable FairId f, @PathVariable CompanyId c, @AuthenticationPrincipal OidcUser user,
			Model model) {
		Fair fair = followedFair(f, user);
		this.offers.of(f).exhibitor(c).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Company company = this.companies.byId(c).orElseThrow();
		model.addAttribute("fair", fair);
		model.addAttribute("company", company);
		model.addAttribute("region", this.regions.path(company.regionCode()));
		model.addAttribute("hasLogo", this.companies.hasLogo(c));
		model.addAttribute("faqs", this.faqs.of(f, c));
		model.addAttribute("me", user.getSubject());
		return "seeker/company";
	}

	/** A vacancy an accepted company publishes in the fair; 404 otherwise. */
	private Vacancy offered(FairId fair, VacancyId vacancy) {
		return this.offers.of(fair)
			.publisherOf(vacancy)
			.flatMap((company) -> this.vacancies.of(company, vacancy))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Fair publicFair(String slug) {
		return this.fairs.bySlug(slug)
			.filter((fair) -> fair.status().visibleToPublic())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A fair the person follows; 404 otherwise. */
	private Fair followedFair(FairId f, OidcUser user) {
		if (this.followers.of(f, user.getSubject()).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.fairs.byId(f).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String key(String prefix, Enum<?> value) {
		return prefix + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
