package id.siapkerja.webkit.form;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks an {@link Upcoming} date against today by the validator's clock. */
class UpcomingValidator implements ConstraintValidator<Upcoming, LocalDate> {

	private int years;

	@Override
	public void initialize(Upcoming annotation) {
		this.years = annotation.years();
	}

	@Override
	public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
		if (date == null) {
			return true;
		}
		LocalDate today = LocalDate.now(context.getClockProvider().getClock());
		return !date.isBefore(today) && !date.isAfter(today.plusYears(this.years));
	}

}
