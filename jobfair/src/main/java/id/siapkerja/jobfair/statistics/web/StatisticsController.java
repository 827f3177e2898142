package id.siapkerja.jobfair.statistics.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import id.siapkerja.jobfair.application.Outcomes;
import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.organizer.Organizer;
import id.siapkerja.jobfair.organizer.Organizers;
import id.siapkerja.jobfair.statistics.Numbers;
import id.siapkerja.jobfair.statistics.PerVacancy;
import id.siapkerja.jobfair.statistics.Statistics;
import id.siapkerja.jobfair.statistics.Trait;
import id.siapkerja.jobfair.vacancy.Vacancies;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.jobfair.vacancy.VacancyId;
import id.siapkerja.webkit.form.Choice;
import id.siapkerja.webkit.region.Region;
import id.siapkerja.webkit.region.Regions;
import id.siapkerja.webkit.text.Times;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Hasil rekrutmen": one fair's numbers for its organizer
 * ({@code /kelola/jobfair/{id}/hasil}) and Admin Pusat
 * ({@code /admin/jobfair/{id}/hasil}); all fairs for Admin Pusat ({@code /admin/hasil})
 * and all of an organizer's fairs ({@code /kelola/hasil}), filtered by period, province,
 * organizer and type; and the public open data of a finished fair
 * ({@code /jobfair/{slug}/data}: aggregates only, a count from 1 to 4 shown as "< 5" so
 * nobody can be picked out). Each table is drawn as a chart above it (the table stays for
 * screen readers) and exported as CSV (RFC 4180, UTF-8 with a BOM so Excel reads it,
 * Indonesian headers). The {@code /admin} role is checked for all of {@code /admin}.
 */
@Controller
@RequiredArgsConstructor
class StatisticsController {

	/** The smallest count the public page shows. */
	static final int SMALLEST = 5;

	/** The rows of a table a page shows; the CSV has them all. */
	static final int SHOWN = 20;

	private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private final Statistics statistics;

	private final Fairs fairs;

	private final Organizers organizers;

	private final Vacancies vacancies;

	private final Companies companies;

	private final Regions regions;

	private final MessageSource messages;

	/**
	 * A column of counts; {@code wide}: left out on a phone's narrow screen (not in the
	 * CSV).
	 */
	record Column(String title, boolean wide) {
	}

	/**
	 * One line of a table: its label, perhaps a link to more, and its counts (null:
	 * withheld, fewer than 5).
	 */
	record Row(String label, String href, List<Integer> counts) {
	}

	/**
	 * A table of the page, with its id (also the CSV's name), title and first column's
	 * title.
	 */
	record Table(String id, String title, String keyTitle, List<Column> columns, List<Row> rows) {

		public List<Row> shown() {
			return this.rows.size() > SHOWN ? this.rows.subList(0, SHOWN) : this.rows;
		}

		public boolean cut() {
			return this.rows.size() > SHOWN;
		}

	}

	/** The dashboard's filter as the form sends it. */
	record Query(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai, String provinsi, String penyelenggara,
			Fair.Type jenis) {

		Query {
			provinsi = provinsi == null ? "" : provinsi.strip();
			penyelenggara = penyelenggara == null ? "" : penyelenggara.strip();
		}

		/** The CSV's address with the same query, ready for one more parameter. */
		String csv(String path) {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
			if (this.dari != null) {
				uri.queryParam("dari", this.dari);
			}
			if (this.sampai != null) {
				uri.queryParam("sampai", this.sampai);
			}
			if (!this.provinsi.isEmpty()) {
				uri.queryParam("provinsi", this.provinsi);
			}
			if (!this.penyelenggara.isEmpty()) {
				uri.queryParam("penyelenggara", this.penyelenggara);
			}
			if (this.jenis != null) {
				uri.queryParam("jenis", this.jenis);
			}
			String address = uri.encode().build().toUriString();
			return address + (address.contains("?") ? "&" : "?");
		}

	}

	@GetMapping("/kelola/jobfair/{id}/hasil")
	String forOrganizer(@PathVariable FairId id, @AuthenticationPrincipal OidcUser user, Locale locale, Model model) {
		return fairPage(managed(id, user), "/kelola/jobfair/" + id, false, locale, model);
	}

	@GetMapping("/kelola/jobfair/{id}/hasil.csv")
	ResponseEntity<byte[]> csvForOrganizer(@PathVariable FairId id, @AuthenticationPrincipal OidcUser user,
			@RequestParam(name = "tabel", defaultValue = "tahap") String table, Locale locale) {
		Fair fair = managed(id, user);
		return csv(fairTables(fair, this.statistics.of(fair.id()), false, locale), table, fair.slug(), locale);
	}

	@GetMapping("/admin/jobfair/{id}/hasil")
	String forAdmin(@PathVariable FairId id, Locale locale, Model model) {
		return fairPage(fair(id), "/admin/jobfair/" + id, false, locale, model);
	}

	@GetMapping("/admin/jobfair/{id}/hasil.csv")
	ResponseEntity<byte[]> csvForAdmin(@PathVariable FairId id,
			@RequestParam(name = "tabel", defaultValue = "tahap") String table, Locale locale) {
		Fair fair = fair(id);
		return csv(fairTables(fair, this.statistics.of(fair.id()), false, locale), table, fair.slug(), locale);
	}

	@GetMapping("/jobfair/{slug}/data")
	String openData(@PathVariable String slug, Locale locale, Model model) {
		return fairPage(finished(slug), "/jobfair/" + slug, true, locale, model);
	}

	@GetMapping("/jobfair/{slug}/data.csv")
	ResponseEntity<byte[]> openDataCsv(@PathVariable String slug,
			@RequestParam(name = "tabel", defaultValue = "tahap") String table, Locale locale) {
		Fair fair = finished(slug);
		return csv(fairTables(fair, this.statistics.of(fair.id()), true, locale), table, fair.slug(), locale);
	}

	@GetMapping("/admin/hasil")
	String dashboard(@ModelAttribute("query") Query query, Locale locale, Model model) {
		return dashboardPage(filter(query, null), query, "/admin/hasil", true, locale, model);
	}

	@GetMapping("/admin/hasil.csv")
	ResponseEntity<byte[]> dashboardCsv(@ModelAttribute("query") Query query,
			@RequestParam(name = "tabel", defaultValue = "tahap") String table, Locale locale) {
		Statistics.Filter filter = filter(query, null);
		return csv(dashboardTables(filter, this.statistics.over(filter), "/admin/jobfair/", locale), table,
				"semua-jobfair", locale);
	}

	@GetMapping("/kelola/hasil")
	String organizerDashboard(@ModelAttribute("query") Query query, @AuthenticationPrincipal OidcUser user,
			Locale locale, Model model) {
		List<UUID> mine = managedOrganizers(user);
		if (mine.isEmpty()) {
			return "redirect:/kelola";
		}
		return dashboardPage(filter(query, mine), query, "/kelola/hasil", false, locale, model);
	}

	@GetMapping("/kelola/hasil.csv")
	ResponseEntity<byte[]> organizerDashboardCsv(@ModelAttribute("query") Query query,
			@AuthenticationPrincipal OidcUser user, @RequestParam(name = "tabel", defaultValue = "tahap") String table,
			Locale locale) {
		List<UUID> mine = managedOrganizers(user);
		if (mine.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Statistics.Filter filter = filter(query, mine);
		return csv(dashboardTables(filter, this.statistics.over(filter), "/kelola/jobfair/", locale), table,
				"jobfair-saya", locale);
	}

	private String fairPage(Fair fair, String back, boolean open, Locale locale, Model model) {
		Numbers numbers = this.statistics.of(fair.id());
		model.addAttribute("fair", fair);
		model.addAttribute("back", back);
		model.addAttribute("csv", open ? back + "/data.csv?" : back + "/hasil.csv?");
		model.addAttribute("open", open);
		model.addAttribute("tables", fairTables(fair, numbers, open, locale));
		model.addAttribute("asOf", asOf(numbers));
		return "statistics/fair";
	}

	private String dashboardPage(Statistics.Filter filter, Query query, String path, boolean admin, Locale locale,
			Model model) {
		model.addAttribute("path", path);
		model.addAttribute("admin", admin);
		model.addAttribute("csv", query.csv(path + ".csv"));
		model.addAttribute("provinces", Choice.regions(this.regions.provinces()));
		model.addAttribute("types", Choice.prefixed(Fair.Type.values(), "fair.type."));
		Numbers numbers = this.statistics.over(filter);
		model.addAttribute("tables",
				dashboardTables(filter, numbers, admin ? "/admin/jobfair/" : "/kelola/jobfair/", locale));
		model.addAttribute("asOf", asOf(numbers));
		return "statistics/dashboard";
	}

	private Statistics.Filter filter(Query query, List<UUID> organizers) {
		List<UUID> chosen = organizers;
		if (organizers == null && !query.penyelenggara().isEmpty()) {
			chosen = this.organizers.named(query.penyelenggara());
		}
		return new Statistics.Filter(query.dari(), query.sampai(), query.provinsi(), chosen, query.jenis());
	}

	/** The organizers the person manages (not those whose gate they only staff). */
	private List<UUID> managedOrganizers(OidcUser user) {
		return this.organizers.of(user.getSubject()).stream().map(Organizer::id).toList();
	}

	private ResponseEntity<byte[]> csv(List<Table> tables, String id, String name, Locale locale) {
		Table table = tables.stream()
			.filter((t) -> t.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(cell(table.keyTitle()));
		table.columns().forEach((column) -> csv.append(',').append(cell(column.title())));
		csv.append("\r\n");
		for (Row row : table.rows()) {
			csv.append(cell(row.label()));
			for (Integer count : row.counts()) {
				csv.append(',').append(count == null ? cell("< " + SMALLEST) : count.toString());
			}
			csv.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"hasil-rekrutmen-" + name + "-" + id + ".csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A CSV field: quoted, with its quotes doubled (RFC 4180). */
	static String cell(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/** When the numbers were counted, as the page says it (null: never). */
	private static String asOf(Numbers numbers) {
		return numbers.refreshedAt() == null ? null
				: AS_OF.format(numbers.refreshedAt().atZone(Times.DEFAULT_ZONE)) + " WIB";
	}

	private List<Table> fairTables(Fair fair, Numbers numbers, boolean open, Locale locale) {
		List<Table> tables = new ArrayList<>();
		tables.add(funnel(numbers, false, fair.type() != Fair.Type.ONLINE, open, locale));
		tables.add(vacancyTable(numbers, open, locale));
		tables.addAll(breakdowns(numbers, open, locale));
		return tables;
	}

	private List<Table> dashboardTables(Statistics.Filter filter, Numbers numbers, String fairLink, Locale locale) {
		List<Table> tables = new ArrayList<>();
		tables.add(funnel(numbers, true, true, false, locale));
		List<Row> fairs = this.statistics.fairs(filter)
			.stream()
			.map((line) -> new Row(line.title(), fairLink + line.id() + "/hasil",
					List.of(line.followers(), line.checkedIn(), line.steps().applications(), line.steps().accepted(),
							line.steps().hired())))
			.toList();
		tables.add(new Table("jobfair", text("outcome.by-fair", locale), text("outcome.csv.jobfair", locale),
				List.of(new Column(text("outcome.step.followers", locale), true),
						new Column(text("outcome.step.checked-in", locale), true),
						new Column(text("outcome.step.applications", locale), false),
						new Column(text("outcome.step.accepted", locale), true),
						new Column(text("outcome.step.hired", locale), false)),
				fairs));
		tables.addAll(breakdowns(numbers, false, locale));
		return tables;
	}

	/**
	 * From following to confirmed hires; with the places booked and the arrivals at the
	 * gate for many fairs, or for an offline or hybrid one.
	 */
	private Table funnel(Numbers numbers, boolean many, boolean onsite, boolean open, Locale locale) {
		Outcomes.Steps all = numbers.all();
		List<Row> rows = new ArrayList<>();
		if (many) {
			rows.add(row(text("outcome.step.fairs", locale), List.of(numbers.fairs()), false));
		}
		rows.add(row(text("outcome.step.followers", locale), List.of(numbers.followers()), open));
		rows.add(row(text("outcome.step.checked-in", locale), List.of(numbers.checkedIn()), open));
		if (many || onsite) {
			rows.add(row(text("outcome.step.booked", locale), List.of(numbers.booked()), open));
			rows.add(row(text("outcome.step.arrived", locale), List.of(numbers.arrived()), open));
		}
		rows.add(row(text("outcome.step.applications", locale), List.of(all.applications()), open));
		rows.add(row(text("outcome.step.interviews", locale), List.of(all.interviews()), open));
		rows.add(row(text("outcome.step.accepted", locale), List.of(all.accepted()), open));
		rows.add(row(text("outcome.step.hired", locale), List.of(all.hired()), open));
		rows.add(row(text("outcome.step.confirmed", locale), List.of(all.confirmed()), open));
		return new Table("tahap", text("outcome.funnel.title", locale), text("outcome.csv.tahap", locale),
				List.of(new Column(text("outcome.csv.count", locale), false)), rows);
	}

	/** The fair's vacancies with the most applications. */
	private Table vacancyTable(Numbers numbers, boolean open, Locale locale) {
		List<Numbers.Group> groups = numbers.of(Trait.VACANCY);
		List<VacancyId> ids = groups.stream().map((g) -> new VacancyId(UUID.fromString(g.key()))).toList();
		Map<String, Vacancy> found = new HashMap<>();
		this.vacancies.byIds(ids).forEach((vacancy) -> found.put(vacancy.id().toString(), vacancy));
		Map<CompanyId, String> names = new HashMap<>();
		this.companies.byIds(found.values().stream().map(Vacancy::companyId).distinct().toList())
			.forEach((company) -> names.put(company.id(), company.name()));
		return steps("lowongan", "outcome.by-vacancy", groups, (key) -> {
			Vacancy vacancy = found.get(key);
			return vacancy == null ? text("outcome.unknown", locale)
					: vacancy.title() + " — " + names.getOrDefault(vacancy.companyId(), "");
		}, open, locale);
	}

	private List<Table> breakdowns(Numbers numbers, boolean open, Locale locale) {
		List<Table> tables = new ArrayList<>();
		tables.add(counted("per-lowongan", "outcome.per-vacancy", "outcome.csv.vacancies",
				ordered(numbers.of(Trait.PER_VACANCY), (key) -> PerVacancy.valueOf(key).ordinal()),
				(key) -> text(PerVacancy.valueOf(key).messageKey(), locale), open, locale));
		tables.add(counted("keputusan", "outcome.by-decision", "outcome.step.applications",
				ordered(numbers.of(Trait.DECISION), (key) -> Outcomes.DecisionTime.valueOf(key).ordinal()),
				(key) -> text(Outcomes.DecisionTime.valueOf(key).messageKey(), locale), open, locale));
		tables.add(steps("pendidikan", "outcome.by-education", numbers.of(Trait.EDUCATION),
				(key) -> education(key, locale), open, locale));
		tables.add(steps("provinsi", "outcome.by-province", numbers.of(Trait.PROVINCE), (key) -> region(key, locale),
				open, locale));
		tables.add(steps("kabupaten", "outcome.by-regency", numbers.of(Trait.REGENCY), (key) -> region(key, locale),
				open, locale));
		tables.add(steps("sektor", "outcome.by-sector", numbers.of(Trait.SECTOR),
				(key) -> key.isEmpty() ? text("outcome.unknown", locale) : key, open, locale));
		tables.add(steps("jenis-kelamin", "outcome.by-gender", numbers.of(Trait.GENDER),
				(key) -> text(key.isEmpty() ? "outcome.unknown" : "outcome.gender." + key.toLowerCase(Locale.ROOT),
						locale),
				open, locale));
		tables.add(steps("usia", "outcome.by-age",
				ordered(numbers.of(Trait.AGE), (key) -> AGES.indexOf(key) < 0 ? AGES.size() : AGES.indexOf(key)),
				(key) -> key.isEmpty() ? text("outcome.unknown", locale) : text("outcome.age", locale, key), open,
				locale));
		return tables;
	}

	/** The age bands in their order. */
	private static final List<String> AGES = List.of("<20", "20-24", "25-29", "30-34", "35-44", "45+");

	private static List<Numbers.Group> ordered(List<Numbers.Group> groups, Function<String, Integer> position) {
		return groups.stream().sorted(Comparator.comparing((Numbers.Group g) -> position.apply(g.key()))).toList();
	}

	/** A table of groups with their applications' steps. */
	private Table steps(String id, String title, List<Numbers.Group> groups, Function<String, String> label,
			boolean open, Locale locale) {
		List<Row> rows = groups.stream()
			.map((g) -> row(label.apply(g.key()),
					List.of(g.steps().applications(), g.steps().interviews(), g.steps().accepted(), g.steps().hired(),
							g.steps().confirmed()),
					false))
			.toList();
		rows = open ? withheld(rows) : rows;
		return new Table(id, text(title, locale), text("outcome.csv." + id, locale),
				List.of(new Column(text("outcome.step.applications", locale), false),
						new Column(text("outcome.step.interviews", locale), true),
						new Column(text("outcome.step.accepted", locale), false),
						new Column(text("outcome.step.hired", locale), false),
						new Column(text("outcome.step.confirmed", locale), true)),
				rows);
	}

	/** A table of groups with one count each. */
	private Table counted(String id, String title, String column, List<Numbers.Group> groups,
			Function<String, String> label, boolean open, Locale locale) {
		List<Row> rows = groups.stream()
			.map((g) -> row(label.apply(g.key()), List.of(g.steps().applications()), false))
			.toList();
		rows = open ? withheld(rows) : rows;
		return new Table(id, text(title, locale), text("outcome.csv." + id, locale),
				List.of(new Column(text(column, locale), false)), rows);
	}

	/** A row as the page may show it: on the public page, no count between 1 and 4. */
	private static Row row(String label, List<Integer> counts, boolean open) {
		return new Row(label, null,
				counts.stream().map((count) -> (open && count > 0 && count < SMALLEST) ? null : count).toList());
	}

	/**
	 * The rows of a breakdown as the public page may show them: no count from 1 to 4, and
	 * where a column would then withhold a single cell, its smallest other count too, so
	 * no withheld count is a shown total minus the shown cells.
	 */
	static List<Row> withheld(List<Row> rows) {
		List<List<Integer>> cells = new ArrayList<>();
		rows.forEach((row) -> cells.add(new ArrayList<>(row.counts())));
		int columns = rows.isEmpty() ? 0 : rows.get(0).counts().size();
		for (int c = 0; c < columns; c++) {
			List<Integer> small = new ArrayList<>();
			int smallestOther = -1;
			for (int r = 0; r < cells.size(); r++) {
				int count = cells.get(r).get(c);
				if (count > 0 && count < SMALLEST) {
					small.add(r);
				}
				else if (count > 0 && (smallestOther < 0 || count < cells.get(smallestOther).get(c))) {
					smallestOther = r;
				}
			}
			if (small.size() == 1 && smallestOther >= 0) {
				small.add(smallestOther);
			}
			for (int r : small) {
				cells.get(r).set(c, null);
			}
		}
		List<Row> shown = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			shown.add(new Row(rows.get(r).label(), rows.get(r).href(), cells.get(r)));
		}
		return shown;
	}

	private String education(String level, Locale locale) {
		try {
			return text(Vacancy.Education.valueOf(level).messageKey(), locale);
		}
		catch (IllegalArgumentException ex) {
			return text("outcome.unknown", locale);
		}
	}

	private String region(String code, Locale locale) {
		return code.isEmpty() ? text("outcome.unknown", locale)
				: this.regions.find(code).map(Region::name).orElse(code);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
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
