package id.siapkerja.jobfair.company.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.company.CompanyMembership;
import id.siapkerja.jobfair.company.CompanyRegistry;
import id.siapkerja.jobfair.company.TeamMember;
import id.siapkerja.jobfair.shared.Uploads;
import id.siapkerja.webkit.form.Choice;
import id.siapkerja.webkit.form.FormChecks;
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
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Daftar sebagai Perusahaan" (J-C-a … c): with a WLKP code the official data is filled
 * from WLKP, else typed by hand; then the company's management page and "Lengkapi profil
 * perusahaan".
 */
@Controller
@RequiredArgsConstructor
class CompanyController {

	private final Companies companies;

	private final CompanyRegistry registry;

	private final Regions regions;

	private final FormChecks forms;

	@GetMapping("/perusahaan/daftar")
	String form(@AuthenticationPrincipal OidcUser user, Model model) {
		return view(CompanyForm.of(user.getEmail()), null, null, model);
	}

	/** "Cari di WLKP": fills the form from the registry, or says why it cannot. */
	// J-C-b: the company's data filled from WLKP
	@PostMapping(path = "/perusahaan/daftar", params = "cari")
	String lookUp(@ModelAttribute("form") CompanyForm typed, BindingResult binding, Model model) {
		Lookup lookup = lookUp(typed);
		if (lookup.problem() != null) {
			BindingResult errors = new BeanPropertyBindingResult(typed, "form");
			errors.rejectValue("wlkpCode", lookup.problem());
			return view(typed, errors, null, model);
		}
		return view(lookup.form(), null, "company.wlkp.found", model);
	}

	@PostMapping("/perusahaan/daftar")
	String register(@Valid @ModelAttribute("form") CompanyForm typed, BindingResult binding,
			@AuthenticationPrincipal OidcUser user, Model model) {
		CompanyForm form = typed;
		BindingResult errors = binding;
		if (!typed.wlkpCode().isEmpty()) {
			// the official data comes from WLKP again, whatever the form says
			Lookup lookup = lookUp(typed);
			if (lookup.problem() != null) {
				errors.rejectValue("wlkpCode", lookup.problem());
				return view(typed, errors, null, model);
			}
			form = lookup.form();
			errors = this.forms.check(form, "form");
		}
		Optional<byte[]> logo = Uploads.logo(form.logo(), "logo", errors);
		if (errors.hasErrors()) {
			return view(form, errors, null, model);
		}
		Company company;
		try {
			company = this.companies.register(form.company(), user.getSubject(), user.getEmail(),
					user.getFullName() == null ? "" : user.getFullName());
		}
		catch (Companies.AlreadyRegistered ex) {
			errors.rejectValue("wlkpCode", "company.wlkp.taken");
			return view(form, errors, null, model);
		}
		logo.ifPresent((bytes) -> this.companies.saveLogo(company.id(), bytes));
		return "redirect:/perusahaan/" + company.id() + "?terdaftar";
	}

	/**
	 * WLKP's answer for the typed code: the form filled, or the message key of why not.
	 */
	private record Lookup(CompanyForm form, String problem) {
	}

	private Lookup lookUp(CompanyForm typed) {
		String code = typed.wlkpCode();
		if (!code.matches("[A-Z0-9-]{4,30}")) {
			return new Lookup(typed, "company.wlkp.format");
		}
		if (this.companies.wlkpCodeTaken(code)) {
			return new Lookup(typed, "company.wlkp.taken");
		}
		return switch (this.registry.find(code)) {
			case CompanyRegistry.Found found -> new Lookup(typed.with(found), null);
			case CompanyRegistry.NotFound notFound -> new Lookup(typed, "company.wlkp.unknown");
			case CompanyRegistry.Unavailable unavailable -> new Lookup(typed, "company.wlkp.unavailable");
		};
	}

	/** The company's management page: profile, team, vacancies, fairs. */
	@GetMapping("/perusahaan/{id}")
	String home(CompanyMembership membership, @PathVariable CompanyId id, @AuthenticationPrincipal OidcUser user,
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
	String profile(CompanyMembership membership, @PathVariable CompanyId id, Model model) {
		Company company = membership.company();
		model.addAttribute("company", company);
		return view(CompanyForm.of(company), null, null, model, "company/profile");
	}

	@PostMapping("/perusahaan/{id}/profil")
	String saveProfile(CompanyMembership membership, @PathVariable CompanyId id,
			@ModelAttribute("form") CompanyForm typed, Model model) {
		Company company = membership.company();
		CompanyForm form = typed.withCode(company.wlkpCode() == null ? "" : company.wlkpCode());
		BindingResult errors = this.forms.check(form, "form");
		Optional<byte[]> logo = Uploads.logo(form.logo(), "logo", errors);
		if (errors.hasErrors()) {
			model.addAttribute("company", company);
			return view(form, errors, null, model, "company/profile");
		}
		this.companies.update(id, form.company());
		logo.ifPresent((bytes) -> this.companies.saveLogo(id, bytes));
		return "redirect:/perusahaan/" + id + "?tersimpan";
	}

	/** A company's logo, public like the fairs that show it. */
	@GetMapping("/perusahaan/{id}/logo.jpg")
	ResponseEntity<byte[]> logo(@PathVariable CompanyId id) {
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
		model.addAttribute("regencies", province.matches("\\d{2}") ? this.regions.childrenOf(province) : List.of());
		return "company/parts :: regency-options";
	}

	private String view(CompanyForm form, BindingResult errors, String notice, Model model) {
		return view(form, errors, notice, model, "company/register");
	}

	private String view(CompanyForm form, BindingResult errors, String notice, Model model, String template) {
		model.addAttribute("form", form);
		if (errors != null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		}
		model.addAttribute("notice", notice);
		model.addAttribute("legalForms", Choice.of(Company.LegalForm.values(), Company.LegalForm::messageKey));
		model.addAttribute("sizes", Choice.of(Company.Size.values(), Company.Size::messageKey));
		model.addAttribute("provinces", Choice.regions(this.regions.provinces()));
		model.addAttribute("regencies",
				form.province().matches("\\d{2}") ? this.regions.childrenOf(form.province()) : List.of());
		return template;
	}

}
