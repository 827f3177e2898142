package id.siapkerja.jobfair.organizer.web;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.organizer.Organizer;
import id.siapkerja.jobfair.organizer.Organizers;
import id.siapkerja.jobfair.shared.Uploads;
import id.siapkerja.webkit.form.Choice;
import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.region.Regions;
import lombok.RequiredArgsConstructor;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
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

/**
 * "Daftar sebagai Penyelenggara" (J-O-a, b): the organizer's profile, then the management
 * page.
 */
@Controller
@RequiredArgsConstructor
class OrganizerController {

	private final Organizers organizers;

	private final Regions regions;

	@GetMapping("/penyelenggara/daftar")
	String form(@AuthenticationPrincipal OidcUser user, Model model) {
		return view(OrganizerForm.of(user.getEmail(), user.getFullName()), model);
	}

	// J-O-b: the organizer's profile, "Daftar Sekarang"
	@PostMapping("/penyelenggara/daftar")
	String register(@Valid @ModelAttribute("form") OrganizerForm form, BindingResult errors,
			@AuthenticationPrincipal OidcUser user, Model model) {
		Optional<byte[]> logo = Uploads.logo(form.logo(), "logo", errors);
		if (errors.hasErrors()) {
			return view(form, model);
		}
		Organizer registered = this.organizers.register(form.organizer(), user.getSubject());
		logo.ifPresent((bytes) -> this.organizers.saveLogo(registered.id(), bytes));
		return "redirect:/kelola?terdaftar";
	}

	/** An organizer's logo, public like the fairs that show it. */
	@GetMapping("/penyelenggara/{id}/logo.jpg")
	ResponseEntity<byte[]> logo(@PathVariable UUID id) {
		return this.organizers.logo(id)
			.map((bytes) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
				.body(bytes))
			.orElse(ResponseEntity.notFound().build());
	}

	private String view(OrganizerForm form, Model model) {
		Forms.show(model, form);
		model.addAttribute("types", Choice.of(Organizer.Type.values(), Organizer.Type::messageKey));
		model.addAttribute("provinces", Choice.regions(this.regions.provinces()));
		return "organizer/register";
	}

}
