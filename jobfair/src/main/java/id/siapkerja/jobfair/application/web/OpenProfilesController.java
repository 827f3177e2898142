package id.siapkerja.jobfair.application.web;

import java.util.HashMap;
import java.util.Map;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.company.CompanyMembership;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.participation.Participation;
import id.siapkerja.jobfair.participation.Participations;
import id.siapkerja.jobfair.seeker.Followers;
import id.siapkerja.webkit.region.Region;
import id.siapkerja.webkit.region.Regions;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Pencaker terbuka": the followers of a fair who opened their profile to its companies
 * in akun (a consent they may withdraw at any time), for the team of a company the
 * organizer accepted in that fair, each with "Kirim pesan". Name, education, regency,
 * skills and experience; never the NIK, e-mail or mobile number. Thirty to a page.
 */
@Controller
@RequiredArgsConstructor
class OpenProfilesController {

	static final int PAGE_SIZE = 30;

	private final Followers followers;

	private final Participations participations;

	private final Fairs fairs;

	private final Regions regions;

	@GetMapping("/perusahaan/{c}/jobfair/{f}/pencaker-terbuka")
	String open(CompanyMembership membership, @PathVariable CompanyId c, @PathVariable FairId f,
			@RequestParam(name = "halaman", defaultValue = "0") int page, Model model) {
		this.participations.of(f, c)
			.filter((participation) -> participation.status() == Participation.Status.ACCEPTED)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Followers.OpenProfiles result = this.followers.openToCompanies(f, Math.clamp(page, 0, 100_000), PAGE_SIZE);
		Map<String, String> regencies = new HashMap<>();
		result.profiles()
			.forEach((profile) -> regencies.computeIfAbsent(profile.regency(),
					(code) -> this.regions.find(code).map(Region::name).orElse("")));
		model.addAttribute("company", membership.company());
		model.addAttribute("fair", this.fairs.byId(f).orElseThrow());
		model.addAttribute("result", result);
		model.addAttribute("regencies", regencies);
		return "applicant/open-profiles";
	}

}
