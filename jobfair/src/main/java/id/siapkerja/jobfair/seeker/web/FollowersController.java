package id.siapkerja.jobfair.seeker.web;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.seeker.Followers;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organizer's list of the seekers following a fair, each with "Kirim pesan" (J-O-j):
 * names and check-in only, fifty to a page, searchable by name.
 */
@Controller
@RequiredArgsConstructor
class FollowersController {

	static final int PAGE_SIZE = 50;

	private final Followers followers;

	private final Fairs fairs;

	@GetMapping("/kelola/jobfair/{f}/pencaker")
	String followers(@PathVariable FairId f, @RequestParam(defaultValue = "") String q,
			@RequestParam(name = "halaman", defaultValue = "0") int page, @AuthenticationPrincipal OidcUser user,
			Model model) {
		Fair fair = this.fairs.managedBy(f, user.getSubject())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String words = q.length() > 100 ? q.substring(0, 100) : q;
		model.addAttribute("fair", fair);
		model.addAttribute("q", words);
		model.addAttribute("result", this.followers.ofFair(f, words, Math.clamp(page, 0, 100_000), PAGE_SIZE));
		return "seeker/followers";
	}

}
