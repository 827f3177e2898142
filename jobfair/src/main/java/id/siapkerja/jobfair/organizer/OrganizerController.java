package id.siapkerja.jobfair.organizer;

import java.util.LinkedHashMap;
import java.util.Map;

import id.siapkerja.jobfair.shared.Uploads;
import id.siapkerja.webkit.region.Regions;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Daftar sebagai Penyelenggara" (J-O-a, b): the organizer's profile, then the management
 * page.
 */
@Controller
class OrganizerController {

	private final Organizers organizers;

	private final Regions regions;

	OrganizerController(Organizers organizers, Regions regions) {
		this.organizers = organizers;
		this.regions = regions;
	}

	@GetMapping("/penyelenggara/daftar")
	String form(@AuthenticationPrincipal OidcUser user, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("email", user.getEmail() == null ? "" : user.getEmail());
		form.put("personInCharge", user.getFullName() == null ? "" : user.getFullName());
		return view(form, Map.of(), model);
	}

	// J-O-b: the organizer's profile, "Daftar Sekarang"
	@PostMapping("/penyelenggara/daftar")
	String register(@RequestParam Map<String, String> params,
			@RequestParam(name = "logo", required = false) org.springframework.web.multipart.MultipartFile logoFile,
			@AuthenticationPrincipal OidcUser user, Model model) {
		Map<String, String> form = new LinkedHashMap<>(params);
		form.remove("_csrf");
		form.remove("logo");
		Map<String, String> errors = new LinkedHashMap<>();
		java.util.Optional<byte[]> logo = Uploads.logo(logoFile, "logo", errors);
		String name = text(form, "name", 150, true, errors);
		Organizer.Type type = null;
		try {
			type = Organizer.Type.valueOf(form.getOrDefault("type", ""));
		}
		catch (IllegalArgumentException ex) {
			errors.put("type", "organizer.type.required");
		}
		String region = form.getOrDefault("province", "");
		if (!region.matches("\\d{2}") || !this.regions.exists(region)) {
			errors.put("province", "organizer.province.required");
		}
		String address = text(form, "address", 300, true, errors);
		String phone = text(form, "phone", 20, true, errors);
		if (!phone.isEmpty() && !phone.matches("[+0-9 ()-]{6,20}")) {
			errors.put("phone", "organizer.phone.invalid");
		}
		String email = text(form, "email", 254, true, errors);
		if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.put("email", "organizer.email.invalid");
		}
		String website = text(form, "website", 200, false, errors);
		if (!website.isEmpty() && !website.matches("https?://\\S+")) {
			errors.put("website", "organizer.website.invalid");
		}
		String description = text(form, "description", 2000, false, errors);
		String person = text(form, "personInCharge", 100, true, errors);
		if (!errors.isEmpty()) {
			return view(form, errors, model);
		}
		Organizer registered = this.organizers.register(
				new Organizer(null, name, type, region, address, phone, email, website, description, person),
				user.getSubject());
		logo.ifPresent((bytes) -> this.organizers.saveLogo(registered.id(), bytes));
		return "redirect:/kelola?terdaftar";
	}

	/** An organizer's logo, public like the fairs that show it. */
	@GetMapping("/penyelenggara/{id}/logo.jpg")
	org.springframework.http.ResponseEntity<byte[]> logo(
			@org.springframework.web.bind.annotation.PathVariable java.util.UUID id) {
		return this.organizers.logo(id)
			.map((bytes) -> org.springframework.http.ResponseEntity.ok()
				.contentType(org.springframework.http.MediaType.IMAGE_JPEG)
				.cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(1)))
				.body(bytes))
			.orElse(org.springframework.http.ResponseEntity.notFound().build());
	}

	private String view(Map<String, String> form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", Organizer.Type.values());
		model.addAttribute("provinces", this.regions.provinces());
		return "organizer/register";
	}

	static String text(Map<String, String> form, String field, int max, boolean required, Map<String, String> errors) {
		String value = form.getOrDefault(field, "").strip();
		if (required && value.isEmpty()) {
			errors.put(field, "form.required");
		}
		else if (value.length() > max) {
			errors.put(field, "form.too-long");
		}
		return value;
	}

}
