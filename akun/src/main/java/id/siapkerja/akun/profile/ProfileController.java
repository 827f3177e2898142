package id.siapkerja.akun.profile;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.registration.RegionPicker;
import id.siapkerja.akun.shared.MaritalStatus;
import id.siapkerja.webkit.catalog.Catalogs;
import id.siapkerja.webkit.form.Choice;
import id.siapkerja.webkit.form.FormChecks;
import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.region.Regions;
import lombok.RequiredArgsConstructor;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Lengkapi Profil" ({@code /profil/<step>}) and the profile dashboard ({@code /profil}).
 * Each step is a form record checked on the server; a refused form comes back with what
 * was typed and a message per field, and nothing is saved.
 */
@Controller
@RequiredArgsConstructor
class ProfileController {

	private final Profiles profiles;

	private final Photos photos;

	private final Catalogs catalogs;

	private final Accounts accounts;

	private final Regions regions;

	private final FormChecks forms;

	@GetMapping("/profil")
	String dashboard(Authentication authentication, Model model) {
		UUID id = id(authentication);
		Profile profile = this.profiles.of(id);
		Account account = this.accounts.byId(id).orElseThrow();
		model.addAttribute("profile", profile);
		model.addAttribute("account", account);
		model.addAttribute("domicile", this.regions.path(profile.domicileVillage()));
		model.addAttribute("steps", ProfileStep.values());
		return "profile/dashboard";
	}

	@GetMapping("/profil/lengkapi")
	String resume(Authentication authentication) {
		return this.profiles.of(id(authentication))
			.nextStep()
			.map((step) -> "redirect:/profil/" + step.slug())
			.orElse("redirect:/profil");
	}

	@GetMapping("/profil/{slug}")
	String step(@PathVariable String slug, Authentication authentication, Model model) {
		Optional<ProfileStep> step = ProfileStep.bySlug(slug);
		if (step.isEmpty()) {
			return "redirect:/profil";
		}
		UUID id = id(authentication);
		Profile profile = this.profiles.of(id);
		Object form = switch (step.get()) {
			case FOTO -> PhotoForm.empty();
			case DATA_DIRI -> PersonalForm.of(profile, this.accounts.byId(id).orElseThrow().maritalStatus());
			case PENGALAMAN -> ExperienceForm.empty();
			case PELATIHAN -> TrainingForm.empty();
			case PENDIDIKAN -> EducationForm.of(profile.education());
			case SERTIFIKASI -> CertificationForm.empty();
			case KEAHLIAN -> SkillForm.empty();
		};
		return view(step.get(), profile, form, model);
	}

	@PostMapping("/profil/foto")
	String photo(@ModelAttribute("form") PhotoForm form, BindingResult errors, Authentication authentication,
			Model model) throws IOException {
		UUID id = id(authentication);
		MultipartFile file = form.foto();
		Photos.Result result = this.photos.process(file == null ? null : file.getBytes(), form.posisi());
		if (result.problem() != null) {
			errors.rejectValue("foto", result.problem().messageKey());
			return view(ProfileStep.FOTO, this.profiles.of(id), form, model);
		}
		this.profiles.savePhoto(id, result.photo());
		return next(ProfileStep.FOTO);
	}

	@GetMapping("/profil/foto.jpg")
	ResponseEntity<byte[]> photoImage(@RequestParam(defaultValue = "besar") String ukuran,
			Authentication authentication) {
		return this.profiles.photo(id(authentication), !"kecil".equals(ukuran))
			.map((bytes) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.noCache().cachePrivate())
				.body(bytes))
			.orElse(ResponseEntity.notFound().build());
	}

	@PostMapping("/profil/data-diri")
	String personal(@ModelAttribute("form") PersonalForm typed, Authentication authentication, Model model) {
		UUID id = id(authentication);
		PersonalForm form = typed;
		if (typed.sameAsKtp()) {
			Account account = this.accounts.byId(id).orElseThrow();
			form = typed.atKtp(account.villageCode(), account.street());
		}
		BindingResult errors = this.forms.check(form, "form");
		if (errors.hasErrors()) {
			return view(ProfileStep.DATA_DIRI, this.profiles.of(id), form, errors, model);
		}
		this.accounts.changeMaritalStatus(id, form.maritalStatus());
		this.profiles.savePersonal(id, form.personalData());
		return next(ProfileStep.DATA_DIRI);
	}

	@GetMapping("/profil/wilayah")
	String regionPicker(@RequestParam(defaultValue = "") String province,
			@RequestParam(defaultValue = "") String regency, @RequestParam(defaultValue = "") String district,
			@RequestParam(defaultValue = "") String village, Model model) {
		model.addAttribute("chosen", new Chosen(province, regency, district, village));
		model.addAttribute("pickerUrl", "/profil/wilayah");
		model.addAttribute("picker", RegionPicker.of(this.regions, province, regency, district));
		return "fragments/region-picker :: picker";
	}

	/** "Sama dengan alamat KTP": the picker showing the KTP region (htmx). */
	@GetMapping("/profil/wilayah-ktp")
	String ktpRegion(Authentication authentication, Model model) {
		String[] region = PersonalForm.regionOf(this.accounts.byId(id(authentication)).orElseThrow().villageCode());
		return regionPicker(region[0], region[1], region[2], region[3], model);
	}

	@PostMapping("/profil/pengalaman/tambah")
	String addExperience(@Valid @ModelAttribute("form") ExperienceForm form, BindingResult errors,
			Authentication authentication, Model model) {
		return save(ProfileStep.PENGALAMAN, form, errors, authentication, model,
				(id) -> this.profiles.addExperience(id, form.experience()), "redirect:/profil/pengalaman");
	}

	@PostMapping("/profil/pelatihan/tambah")
	String addTraining(@Valid @ModelAttribute("form") TrainingForm form, BindingResult errors,
			Authentication authentication, Model model) {
		return save(ProfileStep.PELATIHAN, form, errors, authentication, model,
				(id) -> this.profiles.addTraining(id, form.training()), "redirect:/profil/pelatihan");
	}

	@PostMapping("/profil/pendidikan")
	String education(@Valid @ModelAttribute("form") EducationForm form, BindingResult errors,
			Authentication authentication, Model model) {
		return save(ProfileStep.PENDIDIKAN, form, errors, authentication, model,
				(id) -> this.profiles.saveEducation(id, form.education()), next(ProfileStep.PENDIDIKAN));
	}

	@PostMapping("/profil/sertifikasi/tambah")
	String addCertification(@Valid @ModelAttribute("form") CertificationForm form, BindingResult errors,
			Authentication authentication, Model model) {
		return save(ProfileStep.SERTIFIKASI, form, errors, authentication, model,
				(id) -> this.profiles.addCertification(id, form.certification()), "redirect:/profil/sertifikasi");
	}

	@PostMapping("/profil/{slug}/hapus")
	String remove(@PathVariable String slug, @RequestParam String id, Authentication authentication) {
		Optional<ProfileStep> step = ProfileStep.bySlug(slug);
		if (step.isEmpty()) {
			return "redirect:/profil";
		}
		if (step.get() == ProfileStep.KEAHLIAN) {
			this.profiles.removeSkill(id(authentication), id);
		}
		else if (step.get() == ProfileStep.PENGALAMAN || step.get() == ProfileStep.PELATIHAN
				|| step.get() == ProfileStep.SERTIFIKASI) {
			try {
				this.profiles.removeEntry(id(authentication), step.get(), UUID.fromString(id));
			}
			catch (IllegalArgumentException ex) {
				// not an entry id: nothing to remove
			}
		}
		return "redirect:/profil/" + slug;
	}

	@PostMapping("/profil/keahlian/tambah")
	String addSkill(@Valid @ModelAttribute("form") SkillForm form, BindingResult errors, Authentication authentication,
			Model model) {
		return save(
				ProfileStep.KEAHLIAN, form, errors, authentication, model, (
						id) -> this.profiles.addSkill(id,
								new Profile.Skill(Catalogs.normalize(form.skill()),
										this.catalogs.skillName(form.skill()), form.level())),
				"redirect:/profil/keahlian");
	}

	/** "Lanjutkan" on a list step, or "Lewati" on c–f: the step counts as done. */
	@PostMapping("/profil/{slug}/lanjut")
	String carryOn(@PathVariable String slug, Authentication authentication, Model model) {
		Optional<ProfileStep> step = ProfileStep.bySlug(slug);
		if (step.isEmpty()) {
			return "redirect:/profil";
		}
		UUID id = id(authentication);
		Profile profile = this.profiles.of(id);
		if (step.get() == ProfileStep.FOTO && !profile.hasPhoto()) {
			return refused(step.get(), profile, PhotoForm.empty(), "foto", "profile.photo.required", model);
		}
		if (step.get() == ProfileStep.DATA_DIRI && profile.description() == null) {
			return "redirect:/profil/data-diri";
		}
		if (step.get() == ProfileStep.KEAHLIAN) {
			if (profile.skills().isEmpty()) {
				return refused(step.get(), profile, SkillForm.empty(), "skill", "profile.skill.required", model);
			}
			Optional<ProfileStep> missing = Arrays.stream(ProfileStep.values())
				.filter((required) -> required.required() && required != ProfileStep.KEAHLIAN)
				.filter((required) -> !profile.doneSteps().contains(required))
				.findFirst();
			if (missing.isPresent()) {
				return "redirect:/profil/" + missing.get().slug() + "?belum";
			}
		}
		this.profiles.done(id, step.get());
		if (step.get() == ProfileStep.KEAHLIAN) {
			return "redirect:/profil?selesai";
		}
		return next(step.get());
	}

	/**
	 * Saves a checked form of a step and goes on, or shows the step again with its
	 * messages.
	 */
	private String save(ProfileStep step, Object form, BindingResult errors, Authentication authentication, Model model,
			Consumer<UUID> save, String then) {
		UUID id = id(authentication);
		if (errors.hasErrors()) {
			return view(step, this.profiles.of(id), form, model);
		}
		save.accept(id);
		return then;
	}

	private String next(ProfileStep step) {
		return step.next().map((next) -> "redirect:/profil/" + next.slug()).orElse("redirect:/profil");
	}

	/** The step's page with a form just opened, or the one this request bound. */
	private String view(ProfileStep step, Profile profile, Object form, Model model) {
		Forms.show(model, form);
		return page(step, profile, form, model);
	}

	/** The step's page with a form the server checked itself. */
	private String view(ProfileStep step, Profile profile, Object form, BindingResult errors, Model model) {
		model.addAttribute(Forms.NAME, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + Forms.NAME, errors);
		return page(step, profile, form, model);
	}

	/** The step's page saying why the step cannot be left yet. */
	private String refused(ProfileStep step, Profile profile, Object form, String field, String messageKey,
			Model model) {
		BindingResult errors = new BeanPropertyBindingResult(form, Forms.NAME);
		errors.rejectValue(field, messageKey);
		return view(step, profile, form, errors, model);
	}

	private String page(ProfileStep step, Profile profile, Object form, Model model) {
		model.addAttribute("step", step);
		model.addAttribute("steps", ProfileStep.values());
		model.addAttribute("profile", profile);
		model.addAttribute("maxBytes", Photos.MAX_BYTES);
		model.addAttribute("crops", Photos.Crop.values());
		switch (step) {
			case DATA_DIRI -> {
				PersonalForm personal = (PersonalForm) form;
				model.addAttribute("maritalStatuses", Choice.prefixed(MaritalStatus.values(), "marital."));
				model.addAttribute("jobTitles", this.catalogs.jobTitles());
				model.addAttribute("chosen",
						new Chosen(personal.province(), personal.regency(), personal.district(), personal.village()));
				model.addAttribute("pickerUrl", "/profil/wilayah");
				model.addAttribute("picker",
						RegionPicker.of(this.regions, personal.province(), personal.regency(), personal.district()));
			}
			case PENGALAMAN -> model.addAttribute("employmentTypes",
					Choice.prefixed(Profile.EmploymentType.values(), "profile.employment."));
			case PENDIDIKAN ->
				model.addAttribute("levels", Choice.prefixed(Profile.EducationLevel.values(), "profile.level."));
			case KEAHLIAN -> {
				model.addAttribute("skillLevels", Choice.prefixed(Profile.SkillLevel.values(), "profile.skill.level."));
				model.addAttribute("skillCatalog", this.catalogs.skills());
			}
			default -> {
			}
		}
		return "profile/" + step.slug();
	}

	/** What the region picker shows as chosen. */
	public record Chosen(String province, String regency, String district, String village) {

		public String getProvince() {
			return this.province;
		}

		public String getRegency() {
			return this.regency;
		}

		public String getDistrict() {
			return this.district;
		}

		public String getVillage() {
			return this.village;
		}

	}

	private static UUID id(Authentication authentication) {
		return UUID.fromString(authentication.getName());
	}

}
