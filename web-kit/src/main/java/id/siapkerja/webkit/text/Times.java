package id.siapkerja.webkit.text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Every moment a page or a mail shows, with the zone it is in:
 * {@code 03-12-2026 03:30 WIB}. A fair's times are in the fair's zone; everything else in
 * the person's zone, WIB unless known otherwise. In templates as {@code #times}:
 * {@code ${#times.at(instant)}}, {@code ${#times.at(instant, fair.zone)}}.
 */
public final class Times {

	/** The zone of a person whose zone is not known: Western Indonesia. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final Map<String, String> INDONESIAN_ZONES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
			"Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

	/** The moment in the default zone (WIB), with the zone's name. */
	public String at(Instant instant) {
		return at(instant, DEFAULT_ZONE);
	}

	/** The moment in the given zone, with the zone's name. */
	public String at(Instant instant, ZoneId zone) {
		if (instant == null) {
			return "";
		}
		ZoneId in = (zone != null) ? zone : DEFAULT_ZONE;
		return DATE_TIME.format(instant.atZone(in)) + " " + label(in);
	}

	/** A moment already placed in its zone, with the zone's name. */
	public String at(ZonedDateTime moment) {
		return (moment != null) ? DATE_TIME.format(moment) + " " + label(moment.getZone()) : "";
	}

	/** The day of the moment in the zone (no time, no zone name). */
	public String day(Instant instant, ZoneId zone) {
		return (instant != null) ? DATE.format(instant.atZone((zone != null) ? zone : DEFAULT_ZONE)) : "";
	}

	/** WIB, WITA or WIT for Indonesia's zones; the zone's id elsewhere. */
	public static String label(ZoneId zone) {
		return INDONESIAN_ZONES.getOrDefault(zone.getId(), zone.getId());
	}

}
