package id.siapkerja.jobfair.company;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.shared.Uploads;
import id.siapkerja.webkit.region.Regions;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Daftar sebagai Perusahaan" (J-C-a … c): with a WLKP code the official data is filled
 * from WLKP, else typed by hand; then the company's management page and "Lengkapi profil
 * perusahaan".
 */
@Controller
class CompanyController {

	private final Companies companies;

	private final CompanyRegistry registry;

	private final Regions regions;

	CompanyController(Companies companies, CompanyRegistry registry, Regions regions) {
		this.companies = companies;
		this.registry = registry;
		this.regions = regions;
	}

	@GetMapping("/perusahaan/daftar")
	String form(@AuthenticationPrincipal OidcUser user, Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("email", user.getEmail() == null ? "" : user.getEmail());
		return view(new CompanyForm(values), null, model);
	}

	/** "Cari di WLKP": fills the form from the registry, or says why it cannot. */
	// J-C-b: the company's data filled from WLKP
	@PostMapping(path = "/perusahaan/daftar", params = "cari")
	String lookUp(@RequestParam Map<String, String> params, Model model) {
		CompanyForm form = new CompanyForm(params);
		String code = form.values.getOrDefault("wlkpCode", "").strip().toUpperCase(java.util.Locale.ROOT);
		form.values.put("wlkpCode", code);
		Optional<String> problem = lookUp(code, form);
		problem.ifPresent((key) -> form.errors.put("wlkpCode", key));
		return view(form, problem.isEmpty() ? "company.wlkp.found" : null, model);
	}

	@PostMapping("/perusahaan/daftar")
	String register(@RequestParam Map<String, String> params,
			@RequestParam(name = "logo", required = false) MultipartFile logoFile,
			@AuthenticationPrincipal OidcUser user, Model model) {
		CompanyForm form = new CompanyForm(params);
		String code = form.values.getOrDefault("wlkpCode", "").strip().toUpperCase(java.util.Locale.ROOT);
		form.values.put("wlkpCode", code);
		if (!code.isEmpty()) {
			// the official data comes from WLKP again, whatever the form says
			Optional<String> problem = lookUp(code, form);
			if (problem.isPresent()) {
				form.errors.put("wlkpCode", problem.get());
				return view(form, null, model);
			}
		}
		Optional<byte[]> logo = Uploads.logo(logoFile, "logo", form.errors);
		form.check(this.regions);
		if (!form.errors.isEmpty()) {
			return view(form, null, model);
		}
		Company company;
		try {
			company = this.companies.register(form.company, user.getSubject(), user.getEmail(),
					user.getFullName() == null ? "" : user.getFullName());
		}
		catch (Companies.AlreadyRegistered ex) {
			form.errors.put("wlkpCode", "company.wlkp.taken");
			return view(form, null, model);
		}
		logo.ifPresent((bytes) -> this.companies.saveLogo(company.id(), bytes));
		return "redirect:/perusahaan/" + company.id() + "?terdaftar";
	}

	private Optional<String> lookUp(String code, CompanyForm form) {
		if (!code.matches("[A-Z0-9-]{4,30}")) {
			return Optional.of("company.wlkp.format");
		}
		if (this.companies.wlkpCodeTaken(code)) {
			return Optional.of("company.wlkp.taken");
		}
		return switch (this.registry.find(code)) {
			case CompanyRegistry.Found found -> {
				form.fill(found);
				yield Optional.empty();
			}
			case CompanyRegistry.NotFound notFound -> Optional.of("company.wlkp.unknown");
			case CompanyRegistry.Unavailable unavailable -> Optional.of("company.wlkp.unavailable");
		};
	}

	/** The company's management page: profile, team, vacancies, fairs. */
	@GetMapping("/perusahaan/{id}")
	String home(CompanyMembership membership, @PathVariable UUID id, @AuthenticationPrincipal OidcUser user,
			Model model) {
		Company company = membership.company();
		model.addAttribute("company", company);
		model.addAttribute("owner",
				this.companies.roleOf(id, user.getSubject()).orElseThrow() == TeamMember.Role.OWNER);
		model.addAttribute("hasLogo", this.companies.hasLogo(id));
		model.addAttribute("region", this.regions.path(company.regionCode()));
		return "company/home";
	}

	// J-C-c: the company profile
	@GetMapping("/perusahaan/{id}/profil")
	String profile(CompanyMembership membership, @PathVariable UUID id, Model model) {
		Company company = membership.company();
		model.addAttribute("company", company);
		return view(CompanyForm.of(company), null, model, "company/profile");
	}

	@PostMapping("/perusahaan/{id}/profil")
	String saveProfile(CompanyMembership membership, @PathVariable UUID id, @RequestParam Map<String, String> params,
			@RequestParam(name = "logo", required = false) MultipartFile logoFile, Model model) {
		Company company = membership.company();
		CompanyForm form = new CompanyForm(params);
		form.values.put("wlkpCode", company.wlkpCode() == null ? "" : company.wlkpCode());
		Optional<byte[]> logo = Uploads.logo(logoFile, "logo", form.errors);
		form.check(this.regions);
		if (!form.errors.isEmpty()) {
			model.addAttribute("company", company);
			return view(form, null, model, "company/profile");
		}
		this.companies.update(id, form.company);
		logo.ifPresent((bytes) -> this.companies.saveLogo(id, bytes));
		return "redirect:/perusahaan/" + id + "?tersimpan";
	}

	/** A company's logo, public like the fairs that show it. */
	@GetMapping("/perusahaan/{id}/logo.jpg")
	ResponseEntity<byte[]> logo(@PathVariable UUID id) {
		return this.companies.logo(id)
			.map((bytes) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
				.body(bytes))
			.orElse(ResponseEntity.notFound().build());
	}

	/** The regencies of a province, for the form's second list (htmx). */
	@GetMapping("/wilayah/kabupaten")
	String regencies(@RequestParam(name = "province", defaultValue = "") String province, Model model) {
		model.addAttribute("regencies",
				province.matches("\\d{2}") ? this.regions.childrenOf(province) : java.util.List.of());
		model.addAttribute("form", Map.of());
		return "company/parts :: regency-options";
	}

	private String view(CompanyForm form, String notice, Model model) {
		return view(form, notice, model, "company/register");
	}

	private String view(CompanyForm form, String notice, Model model, String template) {
		model.addAttribute("form", form.values);
		model.addAttribute("errors", form.errors);
		model.addAttribute("notice", notice);
		model.addAttribute("legalForms", Company.LegalForm.values());
		model.addAttribute("sizes", Company.Size.values());
		model.addAttribute("provinces", this.regions.provinces());
		String province = form.values.getOrDefault("province", "");
		model.addAttribute("regencies",
				province.matches("\\d{2}") ? this.regions.childrenOf(province) : java.util.List.of());
		return template;
	}

}
