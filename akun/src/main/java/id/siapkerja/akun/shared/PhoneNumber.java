package id.siapkerja.akun.shared;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * An Indonesian mobile number in E.164 ({@code +628…}), parsed with libphonenumber from
 * what a person types: {@code 0812-3456-7890}, {@code +62 812 3456 7890} or
 * {@code 6281234567890}. Landlines and foreign numbers are refused because the account is
 * activated by SMS.
 */
public record PhoneNumber(String e164) {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/** The number as typed, when it is an Indonesian mobile. */
	public static Optional<PhoneNumber> parse(String typed) {
		if (typed == null || typed.isBlank() || typed.length() > 30) {
			return Optional.empty();
		}
		String cleaned = typed.strip();
		if (cleaned.matches("62\\d{8,13}")) {
			cleaned = "+" + cleaned;
		}
		try {
			Phonenumber.PhoneNumber number = UTIL.parse(cleaned, "ID");
			if (number.getCountryCode() != 62 || !UTIL.isValidNumberForRegion(number, "ID")
					|| UTIL.getNumberType(number) != PhoneNumberUtil.PhoneNumberType.MOBILE) {
				return Optional.empty();
			}
			return Optional.of(new PhoneNumber(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/** The form shown on pages: {@code +62812****7890}. */
	public String masked() {
		return masked(this.e164);
	}

	/**
	 * Masks a stored E.164 number, keeping the operator prefix and the last four digits.
	 */
	public static String masked(String e164) {
		if (e164 == null || e164.length() < 10) {
			return "****";
		}
		return e164.substring(0, 6) + "*".repeat(e164.length() - 10) + e164.substring(e164.length() - 4);
	}

	@Override
	public String toString() {
		return masked();
	}

}
