package id.siapkerja.jobfair.fair.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.organizer.Organizer;
import id.siapkerja.jobfair.organizer.Organizers;
import id.siapkerja.jobfair.shared.Uploads;
import id.siapkerja.webkit.form.Choice;
import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.region.Regions;
import lombok.RequiredArgsConstructor;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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
 * "Halaman Pengelola" of an organizer (J-O-c … f): its fairs by status, "+ Jobfair",
 * editing a draft, "Ajukan", withdrawing and cancelling. Only the organizer's members get
 * here; anyone else gets a 404, as if the fair did not exist.
 */
@Controller
@RequiredArgsConstructor
class ManagementController {

	private final Organizers organizers;

	private final Fairs fairs;

	private final Regions regions;

	private final Clock clock;

	/**
	 * An organizer with its fairs grouped by status in the order of their lifecycle, for
	 * the management page.
	 */
	record Managed(Organizer organizer, List<Fair> fairs) {

		public Map<FairStatus, List<Fair>> byStatus() {
			Map<FairStatus, List<Fair>> groups = new EnumMap<>(FairStatus.class);
			for (Fair fair : this.fairs) {
				groups.computeIfAbsent(fair.status(), (status) -> new ArrayList<>()).add(fair);
			}
			return groups;
		}

	}

	@GetMapping("/kelola")
	String management(@AuthenticationPrincipal OidcUser user, Model model) {
		List<Managed> managed = this.organizers.of(user.getSubject())
			.stream()
			.map((organizer) -> new Managed(organizer, this.fairs.ofOrganizer(organizer.id())))
			.toList();
		model.addAttribute("managed", managed);
		return "fair/management";
	}

	// J-O-d, J-O-e: "+" → a new fair (title, type, venue, times with zone, deadline,
	// banner)
	@GetMapping("/kelola/{organizer}/jobfair/baru")
	String newFair(@PathVariable UUID organizer, @AuthenticationPrincipal OidcUser user, Model model) {
		member(organizer, user);
		return formView(organizer, null, FairForm.empty(), model);
	}

	@PostMapping("/kelola/{organizer}/jobfair/baru")
	String create(@PathVariable UUID organizer, @Valid @ModelAttribute("form") FairForm form, BindingResult errors,
			@AuthenticationPrincipal OidcUser user, Model model) {
		member(organizer, user);
		Optional<byte[]> banner = Uploads.banner(form.banner(), "banner", errors);
		if (errors.hasErrors()) {
			return formView(organizer, null, form, model);
		}
		Fair fair = this.fairs.create(organizer, form.draft(), user.getFullName());
		banner.ifPresent((bytes) -> this.fairs.saveBanner(fair.id(), bytes));
		return "redirect:/kelola/jobfair/" + fair.id() + "?dibuat";
	}

	@GetMapping("/kelola/jobfair/{id}")
	String fair(@PathVariable FairId id, @AuthenticationPrincipal OidcUser user, Model model) {
		Fair fair = owned(id, user);
		model.addAttribute("fair", fair);
		model.addAttribute("history", this.fairs.history(id));
		model.addAttribute("organizer", this.organizers.byId(fair.organizerId()).orElseThrow());
		return "fair/manage-fair";
	}

	@GetMapping("/kelola/jobfair/{id}/ubah")
	String edit(@PathVariable FairId id, @AuthenticationPrincipal OidcUser user, Model model,
			RedirectAttributes redirect) {
		Fair fair = owned(id, user);
		if (!fair.status().editable()) {
			redirect.addFlashAttribute("problem", "fair.not-editable");
			return "redirect:/kelola/jobfair/" + id;
		}
		return formView(fair.organizerId(), fair, FairForm.of(fair), model);
	}

	@PostMapping("/kelola/jobfair/{id}/ubah")
	String update(@PathVariable FairId id, @Valid @ModelAttribute("form") FairForm form, BindingResult errors,
			@AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
		Fair fair = owned(id, user);
		Optional<byte[]> banner = Uploads.banner(form.banner(), "banner", errors);
		if (errors.hasErrors()) {
			return formView(fair.organizerId(), fair, form, model);
		}
		try {
			this.fairs.update(id, form.draft());
			banner.ifPresent((bytes) -> this.fairs.saveBanner(id, bytes));
		}
		catch (Fairs.NotEditable ex) {
			redirect.addFlashAttribute("problem", "fair.not-editable");
		}
		return "redirect:/kelola/jobfair/" + id;
	}

	// J-O-f: a draft submitted to Admin Pusat (and the organizer's other actions)
	@PostMapping("/kelola/jobfair/{id}/{action}")
	String act(@PathVariable FairId id, @PathVariable String action, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		Fair fair = owned(id, user);
		FairStatus.Action what = switch (action) {
			case "ajukan" -> FairStatus.Action.SUBMIT;
			case "tarik" -> FairStatus.Action.WITHDRAW;
			case "batalkan" -> FairStatus.Action.CANCEL;
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
		if (what == FairStatus.Action.SUBMIT && !FairForm.startsInFuture(fair, this.clock)) {
			redirect.addFlashAttribute("problem", "fair.start.past");
			return "redirect:/kelola/jobfair/" + id;
		}
		if (what == FairStatus.Action.CANCEL && reason.isBlank()) {
			redirect.addFlashAttribute("problem", "fair.reason.required");
			return "redirect:/kelola/jobfair/" + id;
		}
		FairActions.perform(this.fairs, id, what, user.getFullName(), reason.strip(), redirect);
		return "redirect:/kelola/jobfair/" + id;
	}

	private String formView(UUID organizer, Fair fair, FairForm form, Model model) {
		model.addAttribute("organizerId", organizer);
		model.addAttribute("fair", fair);
		Forms.show(model, form);
		model.addAttribute("types", Choice.prefixed(Fair.Type.values(), "fair.type."));
		model.addAttribute("zones", Choice.named(Fair.Zone.values()));
		model.addAttribute("provinces", Choice.regions(this.regions.provinces()));
		return "fair/form";
	}

	private void member(UUID organizer, OidcUser user) {
		if (!this.organizers.isMember(organizer, user.getSubject())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private Fair owned(FairId id, OidcUser user) {
		return this.fairs.managedBy(id, user.getSubject())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
