package id.siapkerja.jobfair.fair;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import id.siapkerja.webkit.region.Regions;
import id.siapkerja.webkit.text.LimitedText;

/**
 * The fair form as typed (times as {@code datetime-local} in the fair's zone) and its
 * checks: end after start, registration deadline before the start, venue and region for
 * offline and hybrid fairs.
 */
final class FairForm {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	final Map<String, String> values;

	final Map<String, String> errors = new LinkedHashMap<>();

	FairDraft draft;

	FairForm(Map<String, String> values) {
		this.values = new LinkedHashMap<>(values);
		this.values.replaceAll((field, value) -> LimitedText.clean(value));
		this.values.remove("_csrf");
		this.values.remove("banner");
	}

	static FairForm of(Fair fair) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", fair.title());
		values.put("description", fair.description());
		values.put("type", fair.type().name());
		values.put("venue", fair.venue());
		values.put("province", fair.regionCode());
		values.put("zone", fair.zoneName());
		values.put("startsAt", LOCAL.format(fair.localStart()));
		values.put("endsAt", LOCAL.format(fair.localEnd()));
		values.put("deadline", LOCAL.format(fair.localDeadline()));
		values.put("contactPerson", fair.contactPerson());
		values.put("contactPhone", fair.contactPhone());
		values.put("terms", fair.terms());
		return new FairForm(values);
	}

	/** Checks everything; {@link #draft} is set when nothing is wrong. */
	FairForm check(Regions regions) {
		String title = text("title", 5, 150);
		String description = text("description", 20, 5000);
		Fair.Type type = parse(Fair.Type.class, "type", "fair.type.required");
		Fair.Zone zone = parse(Fair.Zone.class, "zone", "fair.zone.required");
		String venue = this.values.getOrDefault("venue", "").strip();
		String region = this.values.getOrDefault("province", "").strip();
		if (type != null && type != Fair.Type.ONLINE) {
			if (venue.isEmpty()) {
				this.errors.put("venue", "fair.venue.required");
			}
			if (!region.matches("\\d{2}") || !regions.exists(region)) {
				this.errors.put("province", "fair.province.required");
			}
		}
		else if (!region.isEmpty() && !regions.exists(region)) {
			this.errors.put("province", "fair.province.required");
		}
		if (venue.length() > 300) {
			this.errors.put("venue", "form.too-long");
		}
		ZoneId zoneId = zone == null ? Fair.Zone.WIB.id() : zone.id();
		LocalDateTime start = time("startsAt");
		LocalDateTime end = time("endsAt");
		LocalDateTime deadline = time("deadline");
		if (start != null && end != null && !end.isAfter(start)) {
			this.errors.put("endsAt", "fair.end.before-start");
		}
		if (start != null && deadline != null && !deadline.isBefore(start)) {
			this.errors.put("deadline", "fair.deadline.after-start");
		}
		String person = text("contactPerson", 1, 100);
		String phone = text("contactPhone", 6, 20);
		String terms = this.values.getOrDefault("terms", "").strip();
		if (terms.length() > 5000) {
			this.errors.put("terms", "form.too-long");
		}
		if (this.errors.isEmpty()) {
			this.draft = new FairDraft(title, description, type, venue, region, zoneId,
					start.atZone(zoneId).toInstant(), end.atZone(zoneId).toInstant(),
					deadline.atZone(zoneId).toInstant(), person, phone, terms);
		}
		return this;
	}

	/** Submitting also needs a start in the future. */
	static boolean startsInFuture(Fair fair, Clock clock) {
		return fair.startsAt().isAfter(clock.instant());
	}

	private String text(String field, int min, int max) {
		String value = this.values.getOrDefault(field, "").strip();
		if (value.isEmpty()) {
			this.errors.put(field, "form.required");
		}
		else if (value.length() < min) {
			this.errors.put(field, "form.too-short");
		}
		else if (value.length() > max) {
			this.errors.put(field, "form.too-long");
		}
		return value;
	}

	private LocalDateTime time(String field) {
		String value = this.values.getOrDefault(field, "").strip();
		try {
			return LocalDateTime.parse(value, LOCAL);
		}
		catch (DateTimeParseException ex) {
			this.errors.put(field, "fair.time.required");
			return null;
		}
	}

	private <E extends Enum<E>> E parse(Class<E> type, String field, String messageKey) {
		try {
			return Enum.valueOf(type, this.values.getOrDefault(field, ""));
		}
		catch (IllegalArgumentException ex) {
			this.errors.put(field, messageKey);
			return null;
		}
	}

}
