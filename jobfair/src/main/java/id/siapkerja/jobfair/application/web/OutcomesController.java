package id.siapkerja.jobfair.application.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import id.siapkerja.jobfair.application.Outcomes;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Hasil rekrutmen" of a fair for its organizer ({@code /kelola/jobfair/{id}/hasil}) and
 * Admin Pusat ({@code /admin/jobfair/{id}/hasil}, the role checked for all of
 * {@code /admin}): the way from followers to confirmed hires as a chart with its table
 * beneath (read by screen readers, and drawn by the chart), and as CSV (RFC 4180, UTF-8
 * with a BOM so Excel reads it, Indonesian headers).
 */
@Controller
class OutcomesController {

	private final Outcomes outcomes;

	private final Fairs fairs;

	private final MessageSource messages;

	OutcomesController(Outcomes outcomes, Fairs fairs, MessageSource messages) {
		this.outcomes = outcomes;
		this.fairs = fairs;
		this.messages = messages;
	}

	/** One step of the funnel: its message key and count. */
	record Step(String key, int count) {
	}

	@GetMapping("/kelola/jobfair/{id}/hasil")
	String forOrganizer(@PathVariable FairId id, @AuthenticationPrincipal OidcUser user, Model model) {
		return page(managed(id, user), "/kelola/jobfair/" + id, model);
	}

	@GetMapping("/kelola/jobfair/{id}/hasil.csv")
	ResponseEntity<byte[]> csvForOrganizer(@PathVariable FairId id, @AuthenticationPrincipal OidcUser user,
			Locale locale) {
		return csv(managed(id, user), locale);
	}

	@GetMapping("/admin/jobfair/{id}/hasil")
	String forAdmin(@PathVariable FairId id, Model model) {
		return page(fair(id), "/admin/jobfair/" + id, model);
	}

	@GetMapping("/admin/jobfair/{id}/hasil.csv")
	ResponseEntity<byte[]> csvForAdmin(@PathVariable FairId id, Locale locale) {
		return csv(fair(id), locale);
	}

	private String page(Fair fair, String back, Model model) {
		model.addAttribute("fair", fair);
		model.addAttribute("back", back);
		model.addAttribute("steps", steps(this.outcomes.funnel(fair.id())));
		return "outcome/funnel";
	}

	private ResponseEntity<byte[]> csv(Fair fair, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(cell(this.messages.getMessage("outcome.csv.step", null, locale)))
			.append(',')
			.append(cell(this.messages.getMessage("outcome.csv.count", null, locale)))
			.append("\r\n");
		for (Step step : steps(this.outcomes.funnel(fair.id()))) {
			csv.append(cell(this.messages.getMessage(step.key(), null, locale)))
				.append(',')
				.append(step.count())
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hasil-rekrutmen-" + fair.slug() + ".csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A CSV field: quoted, with its quotes doubled (RFC 4180). */
	static String cell(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static List<Step> steps(Outcomes.Funnel funnel) {
		return List.of(new Step("outcome.step.followers", funnel.followers()),
				new Step("outcome.step.checked-in", funnel.checkedIn()),
				new Step("outcome.step.applications", funnel.applications()),
				new Step("outcome.step.interviews", funnel.interviews()),
				new Step("outcome.step.accepted", funnel.accepted()), new Step("outcome.step.hired", funnel.hired()),
				new Step("outcome.step.confirmed", funnel.confirmed()));
	}

	private Fair managed(FairId id, OidcUser user) {
		return this.fairs.managedBy(id, user.getSubject())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Fair fair(FairId id) {
		return this.fairs.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
