package id.siapkerja.jobfair.fair.web;

import java.time.LocalDate;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.organizer.Organizers;
import id.siapkerja.webkit.form.Choice;
import id.siapkerja.webkit.region.Regions;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
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
 * Admin Pusat (J-O-g, h): the queue of submitted fairs (oldest first), all fairs by
 * status, and "Verifikasi", "Tolak" with a reason, "Terbitkan", "Batalkan". Only accounts
 * with the ADMIN_PUSAT role reach it (see the security configuration).
 */
@Controller
@RequiredArgsConstructor
class AdminController {

	private final Fairs fairs;

	private final Organizers organizers;

	private final Regions regions;

	@GetMapping("/admin")
	String queue(@RequestParam(required = false) FairStatus status, @RequestParam(defaultValue = "") String provinsi,
			@RequestParam(defaultValue = "") String penyelenggara,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
			Model model) {
		model.addAttribute("queue", this.fairs.queue());
		model.addAttribute("all", this.fairs.all(new Fairs.Filter(status, provinsi, penyelenggara, dari, sampai)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", Choice.of(FairStatus.values(), FairStatus::messageKey));
		model.addAttribute("provinsi", provinsi);
		model.addAttribute("penyelenggara", penyelenggara);
		model.addAttribute("dari", dari);
		model.addAttribute("sampai", sampai);
		model.addAttribute("provinces", Choice.regions(this.regions.provinces()));
		return "fair/admin";
	}

	@GetMapping("/admin/jobfair/{id}")
	String fair(@PathVariable FairId id, Model model) {
		Fair fair = this.fairs.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("fair", fair);
		model.addAttribute("history", this.fairs.history(id));
		model.addAttribute("organizer", this.organizers.byId(fair.organizerId()).orElseThrow());
		return "fair/admin-fair";
	}

	@PostMapping("/admin/jobfair/{id}/{action}")
	String act(@PathVariable FairId id, @PathVariable String action, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		this.fairs.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FairStatus.Action what = switch (action) {
			case "verifikasi" -> FairStatus.Action.VERIFY;
			case "tolak" -> FairStatus.Action.REJECT;
			case "terbitkan" -> FairStatus.Action.PUBLISH;
			case "batalkan" -> FairStatus.Action.CANCEL;
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
		if ((what == FairStatus.Action.REJECT || what == FairStatus.Action.CANCEL) && reason.isBlank()) {
			redirect.addFlashAttribute("problem", "fair.reason.required");
			return "redirect:/admin/jobfair/" + id;
		}
		FairActions.perform(this.fairs, id, what, user.getFullName() + " (Admin Pusat)", reason.strip(), redirect);
		return "redirect:/admin/jobfair/" + id;
	}

}
