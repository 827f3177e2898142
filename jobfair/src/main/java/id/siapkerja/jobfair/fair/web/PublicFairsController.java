package id.siapkerja.jobfair.fair.web;

import java.time.Clock;
import java.time.Duration;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.organizer.Organizers;
import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public page of a published fair ({@code /jobfair/{slug}}). */
@Controller
@RequiredArgsConstructor
class PublicFairsController {

	private final Fairs fairs;

	private final Organizers organizers;

	private final Clock clock;

	@GetMapping("/jobfair/{slug}")
	String fair(@PathVariable String slug, Model model) {
		Fair fair = this.fairs.bySlug(slug)
			.filter((found) -> found.status().visibleToPublic())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("fair", fair);
		model.addAttribute("organizer", this.organizers.byId(fair.organizerId()).orElseThrow());
		model.addAttribute("hasBanner", this.fairs.hasBanner(fair.id()));
		model.addAttribute("hasLogo", this.organizers.logo(fair.organizerId()).isPresent());
		model.addAttribute("companiesMayJoin",
				fair.status() == FairStatus.PUBLISHED && this.clock.instant().isBefore(fair.registrationDeadline()));
		return "fair/public";
	}

	@GetMapping("/jobfair/{slug}/banner.jpg")
	ResponseEntity<byte[]> banner(@PathVariable String slug) {
		return this.fairs.banner(slug)
			.map((bytes) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
				.body(bytes))
			.orElse(ResponseEntity.notFound().build());
	}

}
