package id.siapkerja.jobfair.entry.web;

import java.time.LocalDate;
import java.time.LocalTime;

import id.siapkerja.webkit.form.CrossChecked;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A new arrival session as the organizer types it, in the fair's zone. */
record SessionForm(
		@NotNull(message = "{entry.session.day.required}") @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate day,
		@NotNull(message = "{entry.session.time.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime from,
		@NotNull(message = "{entry.session.time.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime to,
		@NotNull(message = "{entry.session.capacity.range}") @Min(value = 1,
				message = "{entry.session.capacity.range}") @Max(value = 100000,
						message = "{entry.session.capacity.range}") Integer capacity)
		implements
			CrossChecked {

	static SessionForm empty() {
		return new SessionForm(null, null, null, null);
	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.from != null && this.to != null && !this.to.isAfter(this.from)) {
			errors.rejectValue("to", "entry.session.end.before-start");
		}
	}

}
