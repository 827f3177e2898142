package id.siapkerja.jobfair.vacancy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.company.CompanyMembership;
import id.siapkerja.jobfair.vacancy.Vacancies;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.jobfair.vacancy.VacancyId;
import id.siapkerja.webkit.catalog.Catalogs;
import id.siapkerja.webkit.form.Choice;
import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.region.Regions;
import lombok.RequiredArgsConstructor;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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
 * "Buat lowongan" in three steps (position, requirements, pay and deadline) and the
 * company's list of vacancies. Only active members of the company reach them; another
 * company's vacancy is "not found". A vacancy started from "Ikuti Jobfair" returns there
 * when opened ({@code jobfair} parameter).
 */
@Controller
@RequiredArgsConstructor
class VacancyController {

	private final Vacancies vacancies;

	private final Regions regions;

	private final Catalogs catalogs;

	@GetMapping("/perusahaan/{c}/lowongan")
	String list(CompanyMembership membership, @PathVariable CompanyId c, Model model) {
		Company company = membership.company();
		model.addAttribute("company", company);
		model.addAttribute("vacancies", this.vacancies.ofCompany(c));
		return "vacancy/list";
	}

	// J-C-j: a new vacancy in three steps
	@GetMapping("/perusahaan/{c}/lowongan/baru")
	String newVacancy(CompanyMembership membership, @PathVariable CompanyId c,
			@RequestParam(name = "jobfair", required = false) UUID fair, Model model) {
		Company company = membership.company();
		return step(1, company, null, PositionForm.at(company), fair, model);
	}

	@PostMapping("/perusahaan/{c}/lowongan/baru")
	String create(CompanyMembership membership, @PathVariable CompanyId c,
			@Valid @ModelAttribute("form") PositionForm form, BindingResult errors,
			@RequestParam(name = "jobfair", required = false) UUID fair, Model model) {
		if (errors.hasErrors()) {
			return step(1, membership.company(), null, form, fair, model);
		}
		VacancyId id = this.vacancies.create(c, form.position());
		return "redirect:/perusahaan/" + c + "/lowongan/" + id + "/persyaratan" + back(fair);
	}

	@GetMapping("/perusahaan/{c}/lowongan/{v}/{step:posisi|persyaratan|gaji}")
	String edit(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable VacancyId v,
			@PathVariable String step, @RequestParam(name = "jobfair", required = false) UUID fair, Model model) {
		Vacancy vacancy = vacancy(c, v);
		Object form = switch (step) {
			case "posisi" -> PositionForm.of(vacancy);
			case "persyaratan" -> RequirementsForm.of(vacancy);
			default -> TermsForm.of(vacancy);
		};
		return step(number(step), membership.company(), vacancy, form, fair, model);
	}

	@PostMapping("/perusahaan/{c}/lowongan/{v}/posisi")
	String savePosition(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable VacancyId v,
			@Valid @ModelAttribute("form") PositionForm form, BindingResult errors,
			@RequestParam(name = "jobfair", required = false) UUID fair, Model model) {
		Vacancy vacancy = vacancy(c, v);
		if (errors.hasErrors()) {
			return step(1, membership.company(), vacancy, form, fair, model);
		}
		this.vacancies.updatePosition(c, v, form.position());
		return "redirect:/perusahaan/" + c + "/lowongan/" + v + "/persyaratan" + back(fair);
	}

	@PostMapping("/perusahaan/{c}/lowongan/{v}/persyaratan")
	String saveRequirements(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable VacancyId v,
			@Valid @ModelAttribute("form") RequirementsForm form, BindingResult errors,
			@RequestParam(name = "jobfair", required = false) UUID fair, Model model) {
		Vacancy vacancy = vacancy(c, v);
		if (errors.hasErrors()) {
			return step(2, membership.company(), vacancy, form, fair, model);
		}
		// the same normalization as the profile's skills, so matching compares like with
		// like
		Map<String, String> skills = new LinkedHashMap<>();
		for (String skill : form.skillList()) {
			String normalized = Catalogs.normalize(skill);
			if (!normalized.isEmpty()) {
				skills.putIfAbsent(normalized, this.catalogs.skillName(skill));
			}
		}
		this.vacancies.updateRequirements(c, v,
				new Vacancies.Requirements(form.minEducation(), form.majorList(), new ArrayList<>(skills.keySet()),
						new ArrayList<>(skills.values()), form.minExperienceYears(), form.disabilityFriendly()));
		return "redirect:/perusahaan/" + c + "/lowongan/" + v + "/gaji" + back(fair);
	}

	@PostMapping("/perusahaan/{c}/lowongan/{v}/gaji")
	String saveTerms(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable VacancyId v,
			@Valid @ModelAttribute("form") TermsForm form, BindingResult errors,
			@RequestParam(name = "jobfair", required = false) UUID fair, Model model, RedirectAttributes redirect) {
		Vacancy vacancy = vacancy(c, v);
		if (errors.hasErrors()) {
			return step(3, membership.company(), vacancy, form, fair, model);
		}
		this.vacancies.updateTerms(c, v, form.terms());
		if (form.opens()) {
			this.vacancies.move(c, v, Vacancy.Status.Action.OPEN);
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
	String move(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable VacancyId v,
			@PathVariable String action, RedirectAttributes redirect) {
		vacancy(c, v);
		boolean open = action.equals("buka");
		boolean moved = this.vacancies.move(c, v, open ? Vacancy.Status.Action.OPEN : Vacancy.Status.Action.CLOSE);
		redirect.addFlashAttribute(moved ? "done" : "problem",
				moved ? (open ? "vacancy.opened" : "vacancy.closed") : "vacancy.not-moved");
		return "redirect:/perusahaan/" + c + "/lowongan";
	}

	private Vacancy vacancy(CompanyId company, VacancyId id) {
		return this.vacancies.of(company, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String step(int step, Company company, Vacancy vacancy, Object form, UUID fair, Model model) {
		model.addAttribute("step", step);
		model.addAttribute("company", company);
		model.addAttribute("vacancy", vacancy);
		Forms.show(model, form);
		model.addAttribute("fair", fair);
		model.addAttribute("employmentTypes",
				Choice.of(Vacancy.EmploymentType.values(), Vacancy.EmploymentType::messageKey));
		model.addAttribute("arrangements",
				Choice.of(Vacancy.WorkArrangement.values(), Vacancy.WorkArrangement::messageKey));
		model.addAttribute("educations", Choice.of(Vacancy.Education.values(), Vacancy.Education::messageKey));
		model.addAttribute("provinces", Choice.regions(this.regions.provinces()));
		String province = form instanceof PositionForm position ? position.province() : "";
		model.addAttribute("regencies", province.matches("\\d{2}") ? this.regions.childrenOf(province) : List.of());
		model.addAttribute("skillCatalog", this.catalogs.skills());
		return "vacancy/step";
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

}
