package id.siapkerja.jobfair.faq.web;

import java.util.UUID;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.company.CompanyMembership;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.faq.Faqs;
import id.siapkerja.jobfair.participation.Participations;
import id.siapkerja.webkit.form.Forms;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A company's "Pertanyaan Umum" for a fair it takes part in (J-C-r, s). */
@Controller
@RequiredArgsConstructor
class FaqController {

	private final Companies companies;

	private final Participations participations;

	private final Fairs fairs;

	private final Faqs faqs;

	@GetMapping("/perusahaan/{c}/jobfair/{f}/faq")
	String list(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable FairId f, Model model) {
		return page(check(membership, c, f), f, null, model);
	}

	private String page(Company company, FairId fair, UUID editing, Model model) {
		model.addAttribute("company", company);
		model.addAttribute("fair", this.fairs.byId(fair).orElseThrow());
		model.addAttribute("faqs", this.faqs.of(fair, company.id()));
		model.addAttribute("editing", editing);
		Forms.show(model, FaqForm.empty());
		return "applicant/faq";
	}

	// J-C-s: "Tambah Pertanyaan"
	@PostMapping("/perusahaan/{c}/jobfair/{f}/faq")
	String add(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable FairId f,
			@Valid @ModelAttribute("form") FaqForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Company company = check(membership, c, f);
		if (errors.hasErrors()) {
			return page(company, f, null, model);
		}
		this.faqs.add(f, c, form.question(), form.answer());
		redirect.addFlashAttribute("done", "faq.added");
		return "redirect:/perusahaan/" + c + "/jobfair/" + f + "/faq";
	}

	@PostMapping("/perusahaan/{c}/jobfair/{f}/faq/{id}/ubah")
	String edit(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable FairId f, @PathVariable UUID id,
			@Valid @ModelAttribute("edit") FaqForm edit, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Company company = check(membership, c, f);
		if (errors.hasErrors()) {
			return page(company, f, id, model);
		}
		if (!this.faqs.edit(f, c, id, edit.question(), edit.answer())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("done", "faq.saved");
		return "redirect:/perusahaan/" + c + "/jobfair/" + f + "/faq";
	}

	@PostMapping("/perusahaan/{c}/jobfair/{f}/faq/{id}/{action:hapus|naik|turun}")
	String change(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable FairId f,
			@PathVariable UUID id, @PathVariable String action, RedirectAttributes redirect) {
		check(membership, c, f);
		if (action.equals("hapus")) {
			if (!this.faqs.delete(f, c, id)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("done", "faq.deleted");
		}
		else {
			this.faqs.move(f, c, id, action.equals("naik"));
		}
		return "redirect:/perusahaan/" + c + "/jobfair/" + f + "/faq";
	}

	/** The company's page of a fair it takes part in; 404 otherwise. */
	private Company check(CompanyMembership membership, CompanyId c, FairId f) {
		Company company = membership.company();
		this.participations.of(f, c).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return company;
	}

}
