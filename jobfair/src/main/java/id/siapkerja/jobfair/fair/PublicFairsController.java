package id.siapkerja.jobfair.fair;

import id.siapkerja.jobfair.organizer.Organizers;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public page of a published fair ({@code /jobfair/{slug}}). */
@Controller
class PublicFairsController {

	private final Fairs fairs;

	private final Organizers organizers;

	PublicFairsController(Fairs fairs, Organizers organizers) {
		this.fairs = fairs;
		this.organizers = organizers;
	}

	@GetMapping("/jobfair/{slug}")
	String fair(@PathVariable String slug, Model model) {
		this.fairs.followTheClock();
		Fair fair = this.fairs.bySlug(slug)
			.filter((found) -> found.status().visibleToPublic())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("fair", fair);
		model.addAttribute("organizer", this.organizers.byId(fair.organizerId()).orElseThrow());
		return "fair/public";
	}

}
