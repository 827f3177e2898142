package id.siapkerja.akun.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import id.siapkerja.webkit.region.Regions;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The 16-digit national identity number: {@code PPKKCC DDMMYY SSSS} — province, regency
 * and district of first registration, the birth date (day plus 40 for women) and a serial
 * from 0001. It has no check digit, so these local rules catch typing mistakes before the
 * civil registry is asked.
 * <p>
 * Personal data: {@link #toString()} shows only the {@linkplain #masked() masked} form,
 * so a NIK never reaches a log by accident.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class Nik {

	private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");

	private final String digits;

	/**
	 * What is wrong with a NIK on its own, each answer with its message key
	 * ({@code nik.problem.*}).
	 */
	public enum Problem {

		NOT_SIXTEEN_DIGITS, UNKNOWN_PROVINCE, UNKNOWN_REGENCY, NOT_A_DATE, SERIAL_ZERO, BIRTH_DATE_DIFFERS,
		GENDER_DIFFERS;

		public String messageKey() {
			return "nik.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * Checks a NIK as typed (spaces and dots are ignored) against the rules that need no
	 * registry.
	 * @return the problems found, in the order a person should fix them; empty when it
	 * passes
	 */
	public static List<Problem> check(String typed, Regions regions) {
		String digits = normalize(typed);
		if (!SIXTEEN_DIGITS.matcher(digits).matches()) {
			return List.of(Problem.NOT_SIXTEEN_DIGITS);
		}
		List<Problem> problems = new ArrayList<>();
		String province = digits.substring(0, 2);
		if (!regions.exists(province)) {
			problems.add(Problem.UNKNOWN_PROVINCE);
		}
		else if (!regions.exists(province + "." + digits.substring(2, 4))) {
			problems.add(Problem.UNKNOWN_REGENCY);
		}
		Nik nik = new Nik(digits);
		if (nik.possibleBirthDates().isEmpty()) {
			problems.add(Problem.NOT_A_DATE);
		}
		if (digits.endsWith("0000")) {
			problems.add(Problem.SERIAL_ZERO);
		}
		return problems;
	}

	/**
	 * Checks a NIK and that it agrees with the birth date and gender the person gave.
	 */
	public static List<Problem> check(String typed, Regions regions, LocalDate birthDate, Gender gender) {
		List<Problem> problems = new ArrayList<>(check(typed, regions));
		if (problems.contains(Problem.NOT_SIXTEEN_DIGITS) || problems.contains(Problem.NOT_A_DATE)) {
			return problems;
		}
		Nik nik = new Nik(normalize(typed));
		if (birthDate != null && !nik.possibleBirthDates().contains(birthDate)) {
			problems.add(Problem.BIRTH_DATE_DIFFERS);
		}
		if (gender != null && nik.gender() != gender) {
			problems.add(Problem.GENDER_DIFFERS);
		}
		return problems;
	}

	/** A NIK that passed {@link #check}; throws when it does not. */
	public static Nik of(String typed, Regions regions) {
		List<Problem> problems = check(typed, regions);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Not a valid NIK: " + problems);
		}
		return new Nik(normalize(typed));
	}

	/**
	 * The 16 digits, for storing encrypted and for the registry; never for a page or a
	 * log.
	 */
	public String digits() {
		return this.digits;
	}

	/** The form shown on pages: {@code 3201********0003}. */
	public String masked() {
		return this.digits.substring(0, 4) + "********" + this.digits.substring(12);
	}

	/** The gender the NIK encodes. */
	public Gender gender() {
		return dayField() > 40 ? Gender.FEMALE : Gender.MALE;
	}

	/** The code of the regency (or city) of first registration, e.g. {@code 32.01}. */
	public String regencyCode() {
		return this.digits.substring(0, 2) + "." + this.digits.substring(2, 4);
	}

	/**
	 * The birth dates the NIK can stand for: the year has two digits, so 19YY and 20YY
	 * are both possible unless one of them is not a real date. Whether a birth date lies
	 * in the future is the form's question (today by the app's clock), not the NIK's.
	 */
	List<LocalDate> possibleBirthDates() {
		int day = dayField() > 40 ? dayField() - 40 : dayField();
		int month = Integer.parseInt(this.digits.substring(8, 10));
		int year = Integer.parseInt(this.digits.substring(10, 12));
		List<LocalDate> dates = new ArrayList<>(2);
		for (int century : new int[] { 1900, 2000 }) {
			date(century + year, month, day).ifPresent(dates::add);
		}
		return dates;
	}

	private int dayField() {
		return Integer.parseInt(this.digits.substring(6, 8));
	}

	private static Optional<LocalDate> date(int year, int month, int day) {
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static String normalize(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s.\\-]", "");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Nik nik && nik.digits.equals(this.digits);
	}

	@Override
	public int hashCode() {
		return this.digits.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}

}
