package id.siapkerja.webkit.form;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a {@link Telephone}: a leading + at most, then digits, spaces, dots, dashes,
 * brackets.
 */
class TelephoneValidator implements ConstraintValidator<Telephone, String> {

	private static final Pattern WRITTEN = Pattern.compile("\\+?[0-9() .-]+");

	@Override
	public boolean isValid(String number, ConstraintValidatorContext context) {
		if (number == null || number.isBlank()) {
			return true;
		}
		String typed = number.strip();
		long digits = typed.chars().filter(Character::isDigit).count();
		return WRITTEN.matcher(typed).matches() && digits >= 6 && digits <= 15;
	}

}
