package id.siapkerja.jobfair.organizer;

import java.util.Locale;
import java.util.UUID;

/** An institution that runs job fairs. */
public record Organizer(UUID id, String name, Type type, String regionCode, String address, String phone, String email,
		String website, String description, String personInCharge) {

	public enum Type {

		DISNAKER_PROVINSI, DISNAKER_KABKOTA, PERGURUAN_TINGGI, BLK, SWASTA;

		public String messageKey() {
			return "organizer.type." + name().toLowerCase(Locale.ROOT);
		}

	}

}
