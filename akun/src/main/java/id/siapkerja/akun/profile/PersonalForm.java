package id.siapkerja.akun.profile;

import java.util.ArrayList;
import java.util.List;

import id.siapkerja.akun.registration.RegionPicker;
import id.siapkerja.akun.shared.MaritalStatus;
import id.siapkerja.webkit.form.CrossChecked;
import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.region.Regions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * "Data diri" (A-P-b) as typed: about me, marital status, domicile (region and street, or
 * the KTP's), looking for training, one to three jobs wanted.
 */
record PersonalForm(
		@NotBlank(message = "{profile.description.required}") @Size(max = 1000,
				message = "{profile.description.too-long}") String description,
		@NotNull(message = "{registration.marital-status.required}") MaritalStatus maritalStatus, String province,
		String regency, String district, String village,
		@NotBlank(message = "{profile.street.required}") @Size(max = 200,
				message = "{profile.street.required}") String street,
		@Pattern(regexp = "\\d{5}", message = "{profile.postal-code.invalid}") String postalCode,
		Boolean seekingTraining, Boolean sameAsKtp, @Size(max = 80, message = "{profile.jobs.too-long}") String job0,
		@Size(max = 80, message = "{profile.jobs.too-long}") String job1,
		@Size(max = 80, message = "{profile.jobs.too-long}") String job2) implements CrossChecked {

	PersonalForm {
		description = Forms.text(description);
		province = Forms.line(province);
		regency = Forms.line(regency);
		district = Forms.line(district);
		village = Forms.line(village);
		street = Forms.line(street);
		postalCode = Forms.line(postalCode);
		seekingTraining = Boolean.TRUE.equals(seekingTraining);
		sameAsKtp = Boolean.TRUE.equals(sameAsKtp);
		job0 = Forms.line(job0);
		job1 = Forms.line(job1);
		job2 = Forms.line(job2);
	}

	static PersonalForm of(Profile profile, MaritalStatus maritalStatus) {
		List<String> jobs = profile.desiredJobs();
		String[] region = regionOf(profile.domicileVillage());
		return new PersonalForm(profile.description(), maritalStatus, region[0], region[1], region[2], region[3],
				profile.domicileStreet(), profile.domicilePostalCode(), profile.seekingTraining(), false,
				jobs.size() > 0 ? jobs.get(0) : "", jobs.size() > 1 ? jobs.get(1) : "",
				jobs.size() > 2 ? jobs.get(2) : "");
	}

	/**
	 * "Sama dengan alamat KTP": the KTP's village and street instead of what was typed.
	 */
	PersonalForm atKtp(String village, String street) {
		String[] region = regionOf(village);
		return new PersonalForm(this.description, this.maritalStatus, region[0], region[1], region[2], region[3],
				street, this.postalCode, this.seekingTraining, true, this.job0, this.job1, this.job2);
	}

	@Override
	public void checkTogether(Errors errors) {
		if (!RegionPicker.consistent(Regions.shipped(), this.province, this.regency, this.district, this.village)) {
			errors.rejectValue("village", "profile.domicile.required");
		}
		if (jobs().isEmpty() && !errors.hasFieldErrors("job0")) {
			errors.rejectValue("job0", "profile.jobs.required");
		}
	}

	/** The jobs wanted, each once. */
	List<String> jobs() {
		List<String> jobs = new ArrayList<>();
		for (String job : List.of(this.job0, this.job1, this.job2)) {
			if (!job.isEmpty() && jobs.stream().noneMatch(job::equalsIgnoreCase)) {
				jobs.add(job);
			}
		}
		return jobs;
	}

	Profiles.PersonalData personalData() {
		return new Profiles.PersonalData(this.description, this.village, this.street, this.postalCode,
				this.seekingTraining, jobs());
	}

	/** A village code's province, regency, district and village, empty where unknown. */
	static String[] regionOf(String village) {
		String[] parts = village == null || village.isEmpty() ? new String[0] : village.split("\\.");
		return new String[] { parts.length >= 1 ? parts[0] : "", parts.length >= 2 ? parts[0] + "." + parts[1] : "",
				parts.length >= 3 ? parts[0] + "." + parts[1] + "." + parts[2] : "", village == null ? "" : village };
	}

}
