package id.siapkerja.jobfair.vacancy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyMembership;
import id.siapkerja.webkit.catalog.Catalogs;
import id.siapkerja.webkit.region.Regions;
import id.siapkerja.webkit.text.LimitedText;
import id.siapkerja.webkit.text.Times;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Buat lowongan" in three steps (position, requirements, pay and deadline) and the
 * company's list of vacancies. Only active members of the company reach them; another
 * company's vacancy is "not found". A vacancy started from "Ikuti Jobfair" returns there
 * when opened ({@code jobfair} parameter).
 */
@Controller
class VacancyController {

	private static final int MAX_SKILLS = 20;

	private static final int MAX_MAJORS = 10;

	private final Companies companies;

	private final Vacancies vacancies;

	private final Regions regions;

	private final Catalogs catalogs;

	private final java.time.Clock clock;

	VacancyController(Companies companies, Vacancies vacancies, Regions regions, Catalogs catalogs,
			java.time.Clock clock) {
		this.clock = clock;
		this.companies = companies;
		this.vacancies = vacancies;
		this.regions = regions;
		this.catalogs = catalogs;
	}

	@GetMapping("/perusahaan/{c}/lowongan")
	String list(CompanyMembership membership, @PathVariable UUID c, Model model) {
		Company company = membership.company();
		model.addAttribute("company", company);
		model.addAttribute("vacancies", this.vacancies.ofCompany(c));
		return "vacancy/list";
	}

	// J-C-j: a new vacancy in three steps
	@GetMapping("/perusahaan/{c}/lowongan/baru")
	String newVacancy(CompanyMembership membership, @PathVariable UUID c,
			@RequestParam(name = "jobfair", required = false) UUID fair, Model model) {
		Company company = membership.company();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("province", company.regionCode().substring(0, 2));
		form.put("regency", company.regionCode().length() > 2 ? company.regionCode() : "");
		form.put("openings", "1");
		return step(1, company, null, form, Map.of(), fair, model);
	}

	@PostMapping("/perusahaan/{c}/lowongan/baru")
	String create(CompanyMembership membership, @PathVariable UUID c, @RequestParam Map<String, String> params,
			@RequestParam(name = "jobfair", required = false) UUID fair, Model model) {
		Company company = membership.company();
		Map<String, String> form = clean(params);
		Map<String, String> errors = new LinkedHashMap<>();
		Vacancies.Position position = position(form, errors);
		if (!errors.isEmpty()) {
			return step(1, company, null, form, errors, fair, model);
		}
		UUID id = this.vacancies.create(c, position);
		return "redirect:/perusahaan/" + c + "/lowongan/" + id + "/persyaratan" + back(fair);
	}

	@GetMapping("/perusahaan/{c}/lowongan/{v}/{step:posisi|persyaratan|gaji}")
	String edit(CompanyMembership membership, @PathVariable UUID c, @PathVariable UUID v, @PathVariable String step,
			@RequestParam(name = "jobfair", required = false) UUID fair, Model model) {
		Company company = membership.company();
		Vacancy vacancy = vacancy(c, v);
		return step(number(step), company, vacancy, values(vacancy), Map.of(), fair, model);
	}

	@PostMapping("/perusahaan/{c}/lowongan/{v}/posisi")
	String savePosition(CompanyMembership membership, @PathVariable UUID c, @PathVariable UUID v,
			@RequestParam Map<String, String> params, @RequestParam(name = "jobfair", required = false) UUID fair,
			Model model) {
		Company company = membership.company();
		Vacancy vacancy = vacancy(c, v);
		Map<String, String> form = clean(params);
		Map<String, String> errors = new LinkedHashMap<>();
		Vacancies.Position position = position(form, errors);
		if (!errors.isEmpty()) {
			return step(1, company, vacancy, form, errors, fair, model);
		}
		this.vacancies.updatePosition(c, v, position);
		return "redirect:/perusahaan/" + c + "/lowongan/" + v + "/persyaratan" + back(fair);
	}

	@PostMapping("/perusahaan/{c}/lowongan/{v}/persyaratan")
	String saveRequirements(CompanyMembership membership, @PathVariable UUID c, @PathVariable UUID v,
			@RequestParam Map<String, String> params, @RequestParam(name = "jobfair", required = false) UUID fair,
			Model model) {
		Company company = membership.company();
		Vacancy vacancy = vacancy(c, v);
		Map<String, String> form = clean(params);
		Map<String, String> errors = new LinkedHashMap<>();
		Vacancy.Education education = parse(Vacancy.Education.class, form.get("minEducation"), "minEducation", errors);
		List<String> majors = items(form.get("majors"));
		if (majors.size() > MAX_MAJORS || majors.stream().anyMatch((m) -> m.length() > 100)) {
			errors.put("majors", "vacancy.majors.too-many");
		}
		List<String> typed = items(form.get("skills"));
		if (typed.size() > MAX_SKILLS || typed.stream().anyMatch((s) -> s.length() > 60)) {
			errors.put("skills", "vacancy.skills.too-many");
		}
		int experience = number(form.get("minExperienceYears"), 0, 40, "minExperienceYears", errors);
		if (!errors.isEmpty()) {
			return step(2, company, vacancy, form, errors, fair, model);
		}
		// the same normalization as the profile's skills, so matching compares like with
		// like
		Map<String, String> skills = new LinkedHashMap<>();
		for (String skill : typed) {
			String normalized = Catalogs.normalize(skill);
			if (!normalized.isEmpty()) {
				skills.putIfAbsent(normalized, this.catalogs.skillName(skill));
			}
		}
		this.vacancies.updateRequirements(c, v,
				new Vacancies.Requirements(education, majors, new ArrayList<>(skills.keySet()),
						new ArrayList<>(skills.values()), experience, form.containsKey("disabilityFriendly")));
		return "redirect:/perusahaan/" + c + "/lowongan/" + v + "/gaji" + back(fair);
	}

	@PostMapping("/perusahaan/{c}/lowongan/{v}/gaji")
	String saveTerms(CompanyMembership membership, @PathVariable UUID c, @PathVariable UUID v,
			@RequestParam Map<String, String> params, @RequestParam(name = "jobfair", required = false) UUID fair,
			Model model, RedirectAttributes redirect) {
		Company company = membership.company();
		Vacancy vacancy = vacancy(c, v);
		Map<String, String> form = clean(params);
		Map<String, String> errors = new LinkedHashMap<>();
		Long min = money(form.get("salaryMin"), "salaryMin", errors);
		Long max = money(form.get("salaryMax"), "salaryMax", errors);
		if (min != null && max != null && max < min) {
			errors.put("salaryMax", "vacancy.salary.order");
		}
		boolean show = form.containsKey("showSalary");
		if (show && min == null && max == null) {
			errors.put("salaryMin", "vacancy.salary.missing");
		}
		LocalDate deadline = null;
		try {
			deadline = LocalDate.parse(form.getOrDefault("deadline", ""));
			LocalDate today = LocalDate.now(this.clock.withZone(Times.DEFAULT_ZONE));
			if (deadline.isBefore(today) || deadline.isAfter(today.plusYears(1))) {
				errors.put("deadline", "vacancy.deadline.range");
			}
		}
		catch (DateTimeParseException ex) {
			errors.put("deadline", "vacancy.deadline.required");
		}
		if (!errors.isEmpty()) {
			return step(3, company, vacancy, form, errors, fair, model);
		}
		this.vacancies.updateTerms(c, v, new Vacancies.Terms(min, max, show, deadline));
		if ("buka".equals(form.get("action"))) {
			this.vacancies.move(c, v, Vacancy.Status.OPEN);
			redirect.addFlashAttribute("done", "vacancy.opened");
			if (fair != null) {
				return "redirect:/perusahaan/" + c + "/jobfair/" + fair + "/ikuti";
			}
		}
		else {
			redirect.addFlashAttribute("done", "vacancy.saved");
		}
		return "redirect:/perusahaan/" + c + "/lowongan";
	}

	@PostMapping("/perusahaan/{c}/lowongan/{v}/{action:buka|tutup}")
	String move(CompanyMembership membership, @PathVariable UUID c, @PathVariable UUID v, @PathVariable String action,
			RedirectAttributes redirect) {
		vacancy(c, v);
		boolean open = action.equals("buka");
		boolean moved = this.vacancies.move(c, v, open ? Vacancy.Status.OPEN : Vacancy.Status.CLOSED);
		redirect.addFlashAttribute(moved ? "done" : "problem",
				moved ? (open ? "vacancy.opened" : "vacancy.closed") : "vacancy.not-moved");
		return "redirect:/perusahaan/" + c + "/lowongan";
	}

	private Vacancy vacancy(UUID company, UUID id) {
		return this.vacancies.of(company, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Vacancies.Position position(Map<String, String> form, Map<String, String> errors) {
		String title = text(form, "title", 3, 120, errors);
		String description = text(form, "description", 20, 5000, errors);
		Vacancy.EmploymentType type = parse(Vacancy.EmploymentType.class, form.get("employmentType"), "employmentType",
				errors);
		Vacancy.WorkArrangement arrangement = parse(Vacancy.WorkArrangement.class, form.get("workArrangement"),
				"workArrangement", errors);
		String province = form.getOrDefault("province", "");
		String regency = form.getOrDefault("regency", "");
		String region = province;
		if (!province.matches("\\d{2}") || !this.regions.exists(province)) {
			errors.put("province", "company.province.required");
		}
		else if (!regency.isEmpty()) {
			if (!regency.startsWith(province + ".") || !this.regions.exists(regency)) {
				errors.put("regency", "company.regency.invalid");
			}
			else {
				region = regency;
			}
		}
		int openings = number(form.get("openings"), 1, 10000, "openings", errors);
		return errors.isEmpty() ? new Vacancies.Position(title, description, type, arrangement, region, openings)
				: null;
	}

	private String step(int step, Company company, Vacancy vacancy, Map<String, String> form,
			Map<String, String> errors, UUID fair, Model model) {
		model.addAttribute("step", step);
		model.addAttribute("company", company);
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("fair", fair);
		model.addAttribute("employmentTypes", Vacancy.EmploymentType.values());
		model.addAttribute("arrangements", Vacancy.WorkArrangement.values());
		model.addAttribute("educations", Vacancy.Education.values());
		model.addAttribute("provinces", this.regions.provinces());
		String province = form.getOrDefault("province", "");
		model.addAttribute("regencies", province.matches("\\d{2}") ? this.regions.childrenOf(province) : List.of());
		model.addAttribute("skillCatalog", this.catalogs.skills());
		return "vacancy/step";
	}

	private static Map<String, String> values(Vacancy vacancy) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", vacancy.title());
		form.put("description", vacancy.description());
		form.put("employmentType", vacancy.employmentType().name());
		form.put("workArrangement", vacancy.workArrangement().name());
		form.put("province", vacancy.regionCode().substring(0, 2));
		form.put("regency", vacancy.regionCode().length() > 2 ? vacancy.regionCode() : "");
		form.put("openings", String.valueOf(vacancy.openings()));
		form.put("minEducation", vacancy.minEducation().name());
		form.put("majors", String.join(", ", vacancy.majors()));
		form.put("skills", String.join(", ", vacancy.skillNames()));
		form.put("minExperienceYears", String.valueOf(vacancy.minExperienceYears()));
		if (vacancy.disabilityFriendly()) {
			form.put("disabilityFriendly", "on");
		}
		form.put("salaryMin", vacancy.salaryMin() == null ? "" : String.valueOf(vacancy.salaryMin()));
		form.put("salaryMax", vacancy.salaryMax() == null ? "" : String.valueOf(vacancy.salaryMax()));
		if (vacancy.showSalary()) {
			form.put("showSalary", "on");
		}
		form.put("deadline", vacancy.deadline().toString());
		return form;
	}

	private static Map<String, String> clean(Map<String, String> params) {
		Map<String, String> form = new LinkedHashMap<>(params);
		form.remove("_csrf");
		form.replaceAll((field, value) -> LimitedText.clean(value));
		return form;
	}

	private static int number(String step) {
		return switch (step) {
			case "posisi" -> 1;
			case "persyaratan" -> 2;
			default -> 3;
		};
	}

	private static String back(UUID fair) {
		return fair == null ? "" : "?jobfair=" + fair;
	}

	/** Items separated by commas or lines, tidied, without repeats. */
	private static List<String> items(String text) {
		LinkedHashSet<String> items = new LinkedHashSet<>();
		if (text != null) {
			for (String item : text.split("[,\\n;]")) {
				String tidy = item.strip().replaceAll("\\s+", " ");
				if (!tidy.isEmpty()) {
					items.add(tidy);
				}
			}
		}
		return new ArrayList<>(items);
	}

	private static String text(Map<String, String> form, String field, int min, int max, Map<String, String> errors) {
		String value = form.getOrDefault(field, "").strip();
		if (value.isEmpty()) {
			errors.put(field, "form.required");
		}
		else if (value.length() < min) {
			errors.put(field, "form.too-short");
		}
		else if (value.length() > max) {
			errors.put(field, "form.too-long");
		}
		return value;
	}

	private static int number(String value, int min, int max, String field, Map<String, String> errors) {
		try {
			int number = Integer.parseInt(value == null ? "" : value.strip());
			if (number < min || number > max) {
				errors.put(field, "vacancy.number.range");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			errors.put(field, "vacancy.number.required");
			return min;
		}
	}

	private static Long money(String value, String field, Map<String, String> errors) {
		String digits = value == null ? "" : value.replaceAll("[.\\s]", "").replace("Rp", "").strip();
		if (digits.isEmpty()) {
			return null;
		}
		if (!digits.matches("\\d{1,12}")) {
			errors.put(field, "vacancy.salary.invalid");
			return null;
		}
		return Long.parseLong(digits);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
		try {
			return Enum.valueOf(type, value == null ? "" : value);
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, "form.choose.required");
			return null;
		}
	}

}
