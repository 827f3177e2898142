package id.siapkerja.jobfair.home.web;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.webkit.form.Choice;
import id.siapkerja.webkit.region.Regions;
import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The front page: who Jobfair is for, and the published fairs with search (J-O-h). */
@Controller
@RequiredArgsConstructor
class HomeController {

	private final Fairs fairs;

	private final Regions regions;

	@GetMapping("/")
	String home(@AuthenticationPrincipal OidcUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String provinsi, @RequestParam(defaultValue = "") String tipe,
			@RequestParam(defaultValue = "0") int halaman, Model model) {
		Fair.Type type = null;
		try {
			type = tipe.isEmpty() ? null : Fair.Type.valueOf(tipe);
		}
		catch (IllegalArgumentException ex) {
			// an unknown type filters nothing
		}
		String words = q.length() > 100 ? q.substring(0, 100) : q;
		model.addAttribute("userName", user == null ? null : user.getFullName());
		model.addAttribute("page", this.fairs.publicList(words, provinsi, type, halaman));
		model.addAttribute("q", words);
		model.addAttribute("provinsi", provinsi);
		model.addAttribute("tipe", tipe);
		model.addAttribute("provinces", Choice.regions(this.regions.provinces()));
		model.addAttribute("types", Choice.prefixed(Fair.Type.values(), "fair.type."));
		return "index";
	}

}
