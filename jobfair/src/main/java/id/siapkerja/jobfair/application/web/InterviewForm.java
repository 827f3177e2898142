package id.siapkerja.jobfair.application.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import id.siapkerja.jobfair.application.Interviews;
import id.siapkerja.webkit.form.CrossChecked;
import id.siapkerja.webkit.form.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * "Jadwalkan wawancara" as typed (J-C-p): date and time in the fair's zone, online or on
 * site, the link or place, who to contact.
 */
record InterviewForm(@NotNull(message = "{interview.when.invalid}") LocalDate date,
		@NotNull(message = "{interview.when.invalid}") LocalTime time,
		@NotNull(message = "{form.choose.required}") Interviews.Mode mode,
		@NotBlank(message = "{interview.required}") @Size(max = 300) String location,
		@NotBlank(message = "{interview.required}") @Size(max = 150) String contact,
		@Size(max = 1000) String notes) implements CrossChecked {

	InterviewForm {
		location = Forms.line(location);
		contact = Forms.line(contact);
		notes = Forms.text(notes);
	}

	static InterviewForm empty() {
		return new InterviewForm(null, null, Interviews.Mode.ONLINE, "", "", "");
	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.mode != null && !this.location.isEmpty() && !Interviews.Plan.reachable(this.mode, this.location)) {
			errors.rejectValue("location", "interview.link");
		}
	}

	Interviews.Plan plan(ZoneId zone) {
		return new Interviews.Plan(this.date.atTime(this.time).atZone(zone).toInstant(), this.mode, this.location,
				this.contact, this.notes);
	}

}
