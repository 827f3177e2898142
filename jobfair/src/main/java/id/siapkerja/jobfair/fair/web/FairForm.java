package id.siapkerja.jobfair.fair.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairDraft;
import id.siapkerja.webkit.form.CrossChecked;
import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.form.RegionCode;
import id.siapkerja.webkit.form.Telephone;
import id.siapkerja.webkit.region.Region;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The fair form as typed (times as {@code datetime-local} in the fair's zone) and its
 * checks: end after start, registration deadline before the start, venue and region for
 * offline and hybrid fairs; the rules for seekers (at most 1 to 50 applications, perhaps
 * one per company).
 */
record FairForm(@NotBlank @Size(min = 5, max = 150, message = "{form.size}") String title,
		@NotBlank @Size(min = 20, max = 5000, message = "{form.size}") String description,
		@NotNull(message = "{fair.type.required}") Fair.Type type, @Size(max = 300) String venue,
		@RegionCode(value = Region.Level.PROVINCE, message = "{fair.province.required}") String province,
		@NotNull(message = "{fair.zone.required}") Fair.Zone zone,
		@NotNull(message = "{fair.time.required}") @DateTimeFormat(pattern = LOCAL) LocalDateTime startsAt,
		@NotNull(message = "{fair.time.required}") @DateTimeFormat(pattern = LOCAL) LocalDateTime endsAt,
		@NotNull(message = "{fair.time.required}") @DateTimeFormat(pattern = LOCAL) LocalDateTime deadline,
		@NotBlank @Size(max = 100) String contactPerson, @NotBlank @Telephone String contactPhone,
		@Size(max = 5000) String terms,
		@Min(value = 1, message = "{fair.rules.max.range}") @Max(value = Fair.Rules.MOST,
				message = "{fair.rules.max.range}") Integer maxApplications,
		Boolean onePerCompany, MultipartFile banner) implements CrossChecked {

	static final String LOCAL = "yyyy-MM-dd'T'HH:mm";

	FairForm {
		title = Forms.line(title);
		description = Forms.text(description);
		venue = Forms.line(venue);
		province = Forms.line(province);
		contactPerson = Forms.line(contactPerson);
		contactPhone = Forms.line(contactPhone);
		terms = Forms.text(terms);
		onePerCompany = Boolean.TRUE.equals(onePerCompany);
	}

	/** A new fair: offline, in WIB. */
	static FairForm empty() {
		return new FairForm("", "", Fair.Type.OFFLINE, "", "", Fair.Zone.WIB, null, null, null, "", "", "", null, false,
				null);
	}

	static FairForm of(Fair fair) {
		return new FairForm(fair.title(), fair.description(), fair.type(), fair.venue(), fair.regionCode(),
				Fair.Zone.valueOf(fair.zoneName()), fair.localStart().toLocalDateTime(),
				fair.localEnd().toLocalDateTime(), fair.localDeadline().toLocalDateTime(), fair.contactPerson(),
				fair.contactPhone(), fair.terms(), fair.rules().maxApplications(), fair.rules().onePerCompany(), null);
	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.type != null && this.type != Fair.Type.ONLINE) {
			if (this.venue.isEmpty()) {
				errors.rejectValue("venue", "fair.venue.required");
			}
			if (this.province.isEmpty()) {
				errors.rejectValue("province", "fair.province.required");
			}
		}
		if (this.startsAt != null && this.endsAt != null && !this.endsAt.isAfter(this.startsAt)) {
			errors.rejectValue("endsAt", "fair.end.before-start");
		}
		if (this.startsAt != null && this.deadline != null && !this.deadline.isBefore(this.startsAt)) {
			errors.rejectValue("deadline", "fair.deadline.after-start");
		}
	}

	/** What the organizer wrote, once the form has no errors. */
	FairDraft draft() {
		ZoneId zone = this.zone.id();
		return new FairDraft(this.title, this.description, this.type, this.venue, this.province, zone,
				this.startsAt.atZone(zone).toInstant(), this.endsAt.atZone(zone).toInstant(),
				this.deadline.atZone(zone).toInstant(), this.contactPerson, this.contactPhone, this.terms,
				new Fair.Rules(this.maxApplications, this.onePerCompany));
	}

	/** Submitting also needs a start in the future. */
	static boolean startsInFuture(Fair fair, Clock clock) {
		return fair.startsAt().isAfter(clock.instant());
	}

}
