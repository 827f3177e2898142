package id.siapkerja.jobfair.application.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.siapkerja.jobfair.application.Outcomes;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.webkit.region.Region;
import id.siapkerja.webkit.region.Regions;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Hasil rekrutmen" of a fair: for its organizer ({@code /kelola/jobfair/{id}/hasil}) and
 * Admin Pusat ({@code /admin/jobfair/{id}/hasil}, the role checked for all of
 * {@code /admin}), and for the public once the fair is finished
 * ({@code /jobfair/{slug}/data}: aggregates only, a count below {@value #SMALLEST} shown
 * as "< 5" so nobody can be picked out). Each table is drawn as a chart above it (the
 * table stays for screen readers) and exported as CSV (RFC 4180, UTF-8 with a BOM so
 * Excel reads it, Indonesian headers).
 */
@Controller
class OutcomesController {

	/** The smallest count the public page shows. */
	static final int SMALLEST = 5;

	private final Outcomes outcomes;

	private final Fairs fairs;

	private final Regions regions;

	private final MessageSource messages;

	OutcomesController(Outcomes outcomes, Fairs fairs, Regions regions, MessageSource messages) {
		this.outcomes = outcomes;
		this.fairs = fairs;
		this.regions = regions;
		this.messages = messages;
	}

	/** One line of a table: its label and count (null: withheld, fewer than 5). */
	record Row(String label, Integer count) {
	}

	/** A table of the page, with its id (also the CSV's name) and title. */
	record Table(String id, String title, List<Row> rows) {
	}

	@GetMapping("/kelola/jobfair/{id}/hasil")
	String forOrganizer(@PathVariable FairId id, @AuthenticationPrincipal OidcUser user, Locale locale, Model model) {
		return page(managed(id, user), "/kelola/jobfair/" + id, false, locale, model);
	}

	@GetMapping("/kelola/jobfair/{id}/hasil.csv")
	ResponseEntity<byte[]> csvForOrganizer(@PathVariable FairId id, @AuthenticationPrincipal OidcUser user,
			@RequestParam(name = "tabel", defaultValue = "tahap") String table, Locale locale) {
		return csv(managed(id, user), table, false, locale);
	}

	@GetMapping("/admin/jobfair/{id}/hasil")
	String forAdmin(@PathVariable FairId id, Locale locale, Model model) {
		return page(fair(id), "/admin/jobfair/" + id, false, locale, model);
	}

	@GetMapping("/admin/jobfair/{id}/hasil.csv")
	ResponseEntity<byte[]> csvForAdmin(@PathVariable FairId id,
			@RequestParam(name = "tabel", defaultValue = "tahap") String table, Locale locale) {
		return csv(fair(id), table, false, locale);
	}

	@GetMapping("/jobfair/{slug}/data")
	String openData(@PathVariable String slug, Locale locale, Model model) {
		Fair fair = finished(slug);
		return page(fair, "/jobfair/" + slug, true, locale, model);
	}

	@GetMapping("/jobfair/{slug}/data.csv")
	ResponseEntity<byte[]> openDataCsv(@PathVariable String slug,
			@RequestParam(name = "tabel", defaultValue = "tahap") String table, Locale locale) {
		return csv(finished(slug), table, true, locale);
	}

	private String page(Fair fair, String back, boolean open, Locale locale, Model model) {
		model.addAttribute("fair", fair);
		model.addAttribute("back", back);
		model.addAttribute("csv", open ? back + "/data.csv" : back + "/hasil.csv");
		model.addAttribute("open", open);
		model.addAttribute("tables", tables(fair, open, locale));
		return "outcome/funnel";
	}

	private ResponseEntity<byte[]> csv(Fair fair, String id, boolean open, Locale locale) {
		Table table = tables(fair, open, locale).stream()
			.filter((t) -> t.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(cell(this.messages.getMessage("outcome.csv." + id, null, locale)))
			.append(',')
			.append(cell(this.messages.getMessage("outcome.csv.count", null, locale)))
			.append("\r\n");
		for (Row row : table.rows()) {
			csv.append(cell(row.label()))
				.append(',')
				.append(row.count() == null ? cell("< " + SMALLEST) : row.count().toString())
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"hasil-rekrutmen-" + fair.slug() + "-" + id + ".csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A CSV field: quoted, with its quotes doubled (RFC 4180). */
	static String cell(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private List<Table> tables(Fair fair, boolean open, Locale locale) {
		Outcomes.Funnel funnel = this.outcomes.funnel(fair.id());
		List<Row> steps = new ArrayList<>();
		step(steps, "outcome.step.followers", funnel.followers(), open, locale);
		step(steps, "outcome.step.checked-in", funnel.checkedIn(), open, locale);
		step(steps, "outcome.step.applications", funnel.applications(), open, locale);
		step(steps, "outcome.step.interviews", funnel.interviews(), open, locale);
		step(steps, "outcome.step.accepted", funnel.accepted(), open, locale);
		step(steps, "outcome.step.hired", funnel.hired(), open, locale);
		step(steps, "outcome.step.confirmed", funnel.confirmed(), open, locale);
		List<Row> education = this.outcomes.byEducation(fair.id())
			.stream()
			.map((c) -> new Row(education(c.key(), locale), shown(c.count(), open)))
			.toList();
		List<Row> provinces = this.outcomes.byProvince(fair.id())
			.stream()
			.map((c) -> new Row(province(c.key(), locale), shown(c.count(), open)))
			.toList();
		return List.of(new Table("tahap", this.messages.getMessage("outcome.funnel.title", null, locale), steps),
				new Table("pendidikan", this.messages.getMessage("outcome.by-education", null, locale), education),
				new Table("provinsi", this.messages.getMessage("outcome.by-province", null, locale), provinces));
	}

	private void step(List<Row> rows, String key, int count, boolean open, Locale locale) {
		rows.add(new Row(this.messages.getMessage(key, null, locale), shown(count, open)));
	}

	/** A count as the page may show it: on the public page, none between 1 and 4. */
	private static Integer shown(int count, boolean open) {
		return (open && count > 0 && count < SMALLEST) ? null : count;
	}

	private String education(String level, Locale locale) {
		try {
			return this.messages.getMessage(Vacancy.Education.valueOf(level).messageKey(), null, locale);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return this.messages.getMessage("outcome.unknown", null, locale);
		}
	}

	private String province(String code, Locale locale) {
		return (code == null) ? this.messages.getMessage("outcome.unknown", null, locale)
				: this.regions.find(code).map(Region::name).orElse(code);
	}

	private Fair managed(FairId id, OidcUser user) {
		return this.fairs.managedBy(id, user.getSubject())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Fair fair(FairId id) {
		return this.fairs.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Fair finished(String slug) {
		return this.fairs.bySlug(slug)
			.filter((fair) -> fair.status() == FairStatus.FINISHED)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
