package id.siapkerja.webkit.form;

import java.time.Year;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link YearSince} against this year by the validator's clock. */
class YearSinceValidator implements ConstraintValidator<YearSince, Integer> {

	private int first;

	@Override
	public void initialize(YearSince annotation) {
		this.first = annotation.value();
	}

	@Override
	public boolean isValid(Integer year, ConstraintValidatorContext context) {
		return year == null
				|| (year >= this.first && year <= Year.now(context.getClockProvider().getClock()).getValue());
	}

}
