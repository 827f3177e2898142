package id.siapkerja.akun.registration;

import java.io.Serializable;
import java.time.LocalDate;

import id.siapkerja.akun.shared.Gender;
import id.siapkerja.akun.shared.MaritalStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Page 2 of registration, "Profil & Alamat KTP", as typed. */
public class ProfileForm implements Serializable {

	@NotBlank(message = "{registration.full-name.required}")
	@Pattern(regexp = "^$|" + IdentityForm.NAME, message = "{registration.full-name.invalid}")
	private String fullName = "";

	@NotBlank(message = "{registration.birth-place.required}")
	@Pattern(regexp = "^$|" + IdentityForm.NAME, message = "{registration.birth-place.invalid}")
	private String birthPlace = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@NotNull(message = "{registration.birth-date.required}")
	@PastOrPresent(message = "{registration.birth-date.future}")
	private LocalDate birthDate;

	@NotNull(message = "{registration.gender.required}")
	private Gender gender;

	@NotNull(message = "{registration.marital-status.required}")
	private MaritalStatus maritalStatus;

	private String province = "";

	private String regency = "";

	private String district = "";

	private String village = "";

	@NotBlank(message = "{registration.street.required}")
	@Size(max = 200, message = "{registration.street.too-long}")
	private String street = "";

	public String getFullName() {
		return this.fullName;
	}

	/** As typed, one space between words. */
	public void setFullName(String fullName) {
		this.fullName = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
	}

	public String getBirthPlace() {
		return this.birthPlace;
	}

	/** As typed, one space between words. */
	public void setBirthPlace(String birthPlace) {
		this.birthPlace = birthPlace == null ? "" : birthPlace.strip().replaceAll("\\s+", " ");
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public Gender getGender() {
		return this.gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public MaritalStatus getMaritalStatus() {
		return this.maritalStatus;
	}

	public void setMaritalStatus(MaritalStatus maritalStatus) {
		this.maritalStatus = maritalStatus;
	}

	public String getProvince() {
		return this.province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public String getRegency() {
		return this.regency;
	}

	public void setRegency(String regency) {
		this.regency = regency;
	}

	public String getDistrict() {
		return this.district;
	}

	public void setDistrict(String district) {
		this.district = district;
	}

	public String getVillage() {
		return this.village;
	}

	public void setVillage(String village) {
		this.village = village;
	}

	public String getStreet() {
		return this.street;
	}

	/** As typed, one space between words. */
	public void setStreet(String street) {
		this.street = street == null ? "" : street.strip().replaceAll("\\s+", " ");
	}

}
