package id.siapkerja.akun.profile;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.registration.RegionPicker;
import id.siapkerja.akun.shared.MaritalStatus;
import id.siapkerja.webkit.catalog.Catalogs;
import id.siapkerja.webkit.region.Regions;
import id.siapkerja.webkit.text.Times;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Lengkapi Profil" ({@code /profil/<step>}) and the profile dashboard ({@code /profil}).
 * Every field is checked here; a refused form comes back with what was typed and a
 * message per field, and nothing is saved.
 */
@Controller
class ProfileController {

	private static final ZoneId WIB = Times.DEFAULT_ZONE;

	private final Profiles profiles;

	private final Photos photos;

	private final Catalogs catalogs;

	private final Accounts accounts;

	private final Regions regions;

	private final Clock clock;

	ProfileController(Profiles profiles, Photos photos, Catalogs catalogs, Accounts accounts, Regions regions,
			Clock clock) {
		this.profiles = profiles;
		this.photos = photos;
		this.catalogs = catalogs;
		this.accounts = accounts;
		this.regions = regions;
		this.clock = clock;
	}

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
		Map<String, String> form = new LinkedHashMap<>();
		UUID id = id(authentication);
		Profile profile = this.profiles.of(id);
		if (step.get() == ProfileStep.DATA_DIRI) {
			Account account = this.accounts.byId(id).orElseThrow();
			String village = profile.domicileVillage();
			form.put("description", profile.description() == null ? "" : profile.description());
			form.put("maritalStatus", account.maritalStatus().name());
			putRegion(form, village == null ? "" : village);
			form.put("street", nullToEmpty(profile.domicileStreet()));
			form.put("postalCode", nullToEmpty(profile.domicilePostalCode()));
			form.put("seekingTraining", String.valueOf(profile.seekingTraining()));
			for (int i = 0; i < 3; i++) {
				form.put("job" + i, i < profile.desiredJobs().size() ? profile.desiredJobs().get(i) : "");
			}
		}
		if (step.get() == ProfileStep.PENDIDIKAN && profile.education() != null) {
			Profile.Education education = profile.education();
			form.put("level", education.level().name());
			form.put("institution", nullToEmpty(education.institution()));
			form.put("major", nullToEmpty(education.major()));
			form.put("year", education.year() == null ? "" : education.year().toString());
			form.put("grade", nullToEmpty(education.grade()));
		}
		return view(step.get(), profile, form, Map.of(), model);
	}

	@PostMapping("/profil/foto")
	String photo(@RequestParam(name = "foto", required = false) MultipartFile file,
			@RequestParam(name = "posisi", defaultValue = "TENGAH") String position, Authentication authentication,
			Model model) throws IOException {
		UUID id = id(authentication);
		Photos.Crop crop = parse(Photos.Crop.class, position);
		Photos.Result result = this.photos.process(file == null ? null : file.getBytes(),
				crop == null ? Photos.Crop.TENGAH : crop);
		if (result.problem() != null) {
			return view(ProfileStep.FOTO, this.profiles.of(id), Map.of(), Map.of("foto", result.problem().messageKey()),
					model);
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
	String personal(@RequestParam MultiValueMap<String, String> params, Authentication authentication, Model model) {
		UUID id = id(authentication);
		Map<String, String> form = single(params);
		Map<String, String> errors = new LinkedHashMap<>();
		if ("true".equals(form.get("sameAsKtp"))) {
			Account account = this.accounts.byId(id).orElseThrow();
			putRegion(form, account.villageCode());
			form.put("street", account.street());
		}
		String description = form.getOrDefault("description", "").strip();
		if (description.isEmpty()) {
			errors.put("description", "profile.description.required");
		}
		else if (description.length() > 1000) {
			errors.put("description", "profile.description.too-long");
		}
		MaritalStatus marital = parse(MaritalStatus.class, form.get("maritalStatus"));
		if (marital == null) {
			errors.put("maritalStatus", "registration.marital-status.required");
		}
		if (!RegionPicker.consistent(this.regions, form.get("province"), form.get("regency"), form.get("district"),
				form.get("village"))) {
			errors.put("village", "profile.domicile.required");
		}
		String street = form.getOrDefault("street", "").strip();
		if (street.isEmpty() || street.length() > 200) {
			errors.put("street", "profile.street.required");
		}
		String postalCode = form.getOrDefault("postalCode", "").strip();
		if (!postalCode.matches("\\d{5}")) {
			errors.put("postalCode", "profile.postal-code.invalid");
		}
		List<String> jobs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String job = form.getOrDefault("job" + i, "").strip().replaceAll("\\s+", " ");
			if (job.length() > 80) {
				errors.put("job" + i, "profile.jobs.too-long");
			}
			else if (!job.isEmpty() && jobs.stream().noneMatch(job::equalsIgnoreCase)) {
				jobs.add(job);
			}
		}
		if (jobs.isEmpty()) {
			errors.put("job0", "profile.jobs.required");
		}
		if (!errors.isEmpty()) {
			return view(ProfileStep.DATA_DIRI, this.profiles.of(id), form, errors, model);
		}
		this.accounts.changeMaritalStatus(id, marital);
		this.profiles.savePersonal(id, new Profiles.PersonalData(description, form.get("village"), street, postalCode,
				"true".equals(form.get("seekingTraining")), jobs));
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
		Map<String, String> form = new LinkedHashMap<>();
		putRegion(form, this.accounts.byId(id(authentication)).orElseThrow().villageCode());
		return regionPicker(form.get("province"), form.get("regency"), form.get("district"), form.get("village"),
				model);
	}

	@PostMapping("/profil/pengalaman/tambah")
	String addExperience(@RequestParam MultiValueMap<String, String> params, Authentication authentication,
			Model model) {
		UUID id = id(authentication);
		Map<String, String> form = single(params);
		Map<String, String> errors = new LinkedHashMap<>();
		String company = required(form, "company", 100, errors);
		String position = required(form, "position", 100, errors);
		YearMonth now = YearMonth.now(this.clock.withZone(WIB));
		YearMonth start = month(form.get("start"));
		boolean current = "true".equals(form.get("current"));
		YearMonth end = current ? null : month(form.get("end"));
		if (start == null) {
			errors.put("start", "profile.month.required");
		}
		else if (start.isAfter(now)) {
			errors.put("start", "profile.month.future");
		}
		if (!current) {
			if (end == null) {
				errors.put("end", "profile.experience.end.required");
			}
			else if (end.isAfter(now)) {
				errors.put("end", "profile.month.future");
			}
			else if (start != null && end.isBefore(start)) {
				errors.put("end", "profile.experience.end.before-start");
			}
		}
		Profile.EmploymentType type = parse(Profile.EmploymentType.class, form.get("employmentType"));
		if (type == null) {
			errors.put("employmentType", "profile.experience.type.required");
		}
		String description = form.getOrDefault("description", "").strip();
		if (description.length() > 1000) {
			errors.put("description", "profile.description.too-long");
		}
		if (!errors.isEmpty()) {
			return view(ProfileStep.PENGALAMAN, this.profiles.of(id), form, errors, model);
		}
		this.profiles.addExperience(id, new Profile.Experience(null, company, position, start, end, type, description));
		return "redirect:/profil/pengalaman";
	}

	@PostMapping("/profil/pelatihan/tambah")
	String addTraining(@RequestParam MultiValueMap<String, String> params, Authentication authentication, Model model) {
		UUID id = id(authentication);
		Map<String, String> form = single(params);
		Map<String, String> errors = new LinkedHashMap<>();
		String name = required(form, "name", 150, errors);
		String institution = required(form, "institution", 150, errors);
		Integer year = year(form.get("year"));
		if (year == null) {
			errors.put("year", "profile.year.invalid");
		}
		String number = optional(form, "certificateNumber", 50, errors);
		if (!errors.isEmpty()) {
			return view(ProfileStep.PELATIHAN, this.profiles.of(id), form, errors, model);
		}
		this.profiles.addTraining(id, new Profile.Training(null, name, institution, year, number));
		return "redirect:/profil/pelatihan";
	}

	@PostMapping("/profil/pendidikan")
	String education(@RequestParam MultiValueMap<String, String> params, Authentication authentication, Model model) {
		UUID id = id(authentication);
		Map<String, String> form = single(params);
		Map<String, String> errors = new LinkedHashMap<>();
		Profile.EducationLevel level = parse(Profile.EducationLevel.class, form.get("level"));
		if (level == null) {
			errors.put("level", "profile.education.level.required");
		}
		boolean schooled = level != null && level != Profile.EducationLevel.TIDAK_BELUM_SEKOLAH;
		String institution = schooled ? required(form, "institution", 150, errors)
				: optional(form, "institution", 150, errors);
		String major = optional(form, "major", 100, errors);
		String grade = optional(form, "grade", 10, errors);
		Integer year = form.getOrDefault("year", "").isBlank() ? null : year(form.get("year"));
		if (schooled && year == null) {
			errors.put("year", "profile.year.invalid");
		}
		if (!errors.isEmpty()) {
			return view(ProfileStep.PENDIDIKAN, this.profiles.of(id), form, errors, model);
		}
		this.profiles.saveEducation(id, new Profile.Education(level, institution, major, year, grade));
		return next(ProfileStep.PENDIDIKAN);
	}

	@PostMapping("/profil/sertifikasi/tambah")
	String addCertification(@RequestParam MultiValueMap<String, String> params, Authentication authentication,
			Model model) {
		UUID id = id(authentication);
		Map<String, String> form = single(params);
		Map<String, String> errors = new LinkedHashMap<>();
		String name = required(form, "name", 150, errors);
		String issuer = required(form, "issuer", 150, errors);
		String number = optional(form, "number", 50, errors);
		LocalDate today = LocalDate.now(this.clock.withZone(WIB));
		LocalDate issued = date(form.get("issuedOn"));
		LocalDate expires = form.getOrDefault("expiresOn", "").isBlank() ? null : date(form.get("expiresOn"));
		if (issued == null) {
			errors.put("issuedOn", "profile.date.required");
		}
		else if (issued.isAfter(today)) {
			errors.put("issuedOn", "profile.date.future");
		}
		if (!form.getOrDefault("expiresOn", "").isBlank() && expires == null) {
			errors.put("expiresOn", "profile.date.required");
		}
		else if (expires != null && issued != null && !expires.isAfter(issued)) {
			errors.put("expiresOn", "profile.certification.expiry.before-issue");
		}
		if (!errors.isEmpty()) {
			return view(ProfileStep.SERTIFIKASI, this.profiles.of(id), form, errors, model);
		}
		this.profiles.addCertification(id, new Profile.Certification(null, name, issuer, number, issued, expires));
		return "redirect:/profil/sertifikasi";
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
	String addSkill(@RequestParam MultiValueMap<String, String> params, Authentication authentication, Model model) {
		UUID id = id(authentication);
		Map<String, String> form = single(params);
		Map<String, String> errors = new LinkedHashMap<>();
		String name = required(form, "skill", 80, errors);
		Profile.SkillLevel level = parse(Profile.SkillLevel.class, form.get("level"));
		if (level == null) {
			errors.put("level", "profile.skill.level.required");
		}
		if (!errors.isEmpty() || Catalogs.normalize(name).isEmpty()) {
			errors.putIfAbsent("skill", "profile.field.required");
			return view(ProfileStep.KEAHLIAN, this.profiles.of(id), form, errors, model);
		}
		this.profiles.addSkill(id, new Profile.Skill(Catalogs.normalize(name), this.catalogs.skillName(name), level));
		return "redirect:/profil/keahlian";
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
			return view(step.get(), profile, Map.of(), Map.of("foto", "profile.photo.required"), model);
		}
		if (step.get() == ProfileStep.DATA_DIRI && profile.description() == null) {
			return "redirect:/profil/data-diri";
		}
		if (step.get() == ProfileStep.KEAHLIAN) {
			if (profile.skills().isEmpty()) {
				return view(step.get(), profile, Map.of(), Map.of("skill", "profile.skill.required"), model);
			}
			Optional<ProfileStep> missing = java.util.Arrays.stream(ProfileStep.values())
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

	private String next(ProfileStep step) {
		return step.next().map((next) -> "redirect:/profil/" + next.slug()).orElse("redirect:/profil");
	}

	private String view(ProfileStep step, Profile profile, Map<String, String> form, Map<String, String> errors,
			Model model) {
		model.addAttribute("step", step);
		model.addAttribute("steps", ProfileStep.values());
		model.addAttribute("profile", profile);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("maxBytes", Photos.MAX_BYTES);
		model.addAttribute("crops", Photos.Crop.values());
		switch (step) {
			case DATA_DIRI -> {
				model.addAttribute("maritalStatuses", MaritalStatus.values());
				model.addAttribute("jobTitles", this.catalogs.jobTitles());
				model.addAttribute("chosen",
						new Chosen(form.getOrDefault("province", ""), form.getOrDefault("regency", ""),
								form.getOrDefault("district", ""), form.getOrDefault("village", "")));
				model.addAttribute("pickerUrl", "/profil/wilayah");
				model.addAttribute("picker", RegionPicker.of(this.regions, form.getOrDefault("province", ""),
						form.getOrDefault("regency", ""), form.getOrDefault("district", "")));
			}
			case PENGALAMAN -> model.addAttribute("employmentTypes", Profile.EmploymentType.values());
			case PENDIDIKAN -> model.addAttribute("levels", Profile.EducationLevel.values());
			case KEAHLIAN -> {
				model.addAttribute("skillLevels", Profile.SkillLevel.values());
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

	private static void putRegion(Map<String, String> form, String village) {
		String[] parts = village == null ? new String[0] : village.split("\\.");
		form.put("province", parts.length >= 1 ? parts[0] : "");
		form.put("regency", parts.length >= 2 ? parts[0] + "." + parts[1] : "");
		form.put("district", parts.length >= 3 ? parts[0] + "." + parts[1] + "." + parts[2] : "");
		form.put("village", village == null ? "" : village);
	}

	private static Map<String, String> single(MultiValueMap<String, String> params) {
		Map<String, String> form = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (!name.equals("_csrf") && !values.isEmpty()) {
				form.put(name, values.get(values.size() - 1));
			}
		});
		return form;
	}

	private static String required(Map<String, String> form, String field, int max, Map<String, String> errors) {
		String value = form.getOrDefault(field, "").strip().replaceAll("\\s+", " ");
		if (value.isEmpty()) {
			errors.put(field, "profile.field.required");
		}
		else if (value.length() > max) {
			errors.put(field, "profile.field.too-long");
		}
		return value;
	}

	private static String optional(Map<String, String> form, String field, int max, Map<String, String> errors) {
		String value = form.getOrDefault(field, "").strip().replaceAll("\\s+", " ");
		if (value.length() > max) {
			errors.put(field, "profile.field.too-long");
		}
		return value;
	}

	private Integer year(String typed) {
		try {
			int year = Integer.parseInt(typed == null ? "" : typed.strip());
			return (year >= 1950 && year <= LocalDate.now(this.clock.withZone(WIB)).getYear()) ? year : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static YearMonth month(String typed) {
		try {
			return typed == null || typed.isBlank() ? null : YearMonth.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static LocalDate date(String typed) {
		try {
			return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String typed) {
		try {
			return typed == null || typed.isBlank() ? null : Enum.valueOf(type, typed);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private static UUID id(Authentication authentication) {
		return UUID.fromString(authentication.getName());
	}

}
