package id.siapkerja.akun.profile;

import java.util.Arrays;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

/** The seven steps of "Lengkapi Profil", in order; c–f may be skipped. */
@RequiredArgsConstructor
public enum ProfileStep {

	FOTO("foto", true), DATA_DIRI("data-diri", true), PENGALAMAN("pengalaman", false), PELATIHAN("pelatihan", false),
	PENDIDIKAN("pendidikan", false), SERTIFIKASI("sertifikasi", false), KEAHLIAN("keahlian", true);

	private final String slug;

	private final boolean required;

	public String slug() {
		return this.slug;
	}

	public boolean required() {
		return this.required;
	}

	/** 1 to 7, for "Langkah 3 dari 7". */
	public int number() {
		return ordinal() + 1;
	}

	public String messageKey() {
		return "profile.step." + this.slug;
	}

	public Optional<ProfileStep> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	public static Optional<ProfileStep> bySlug(String slug) {
		return Arrays.stream(values()).filter((step) -> step.slug.equals(slug)).findFirst();
	}

}
