package id.siapkerja.jobfair.company;

import java.util.Locale;

/** A company as Jobfair shows it; {@code wlkpCode} is null when registered by hand. */
public record Company(CompanyId id, String wlkpCode, String name, LegalForm legalForm, String sector, Size size,
		String regionCode, String address, String phone, String email, String website, String description) {

	public enum LegalForm {

		PT, CV, KOPERASI, YAYASAN, BUMN_BUMD, PERORANGAN;

		public String messageKey() {
			return "company.legal-form." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** Size by workforce, as WLKP reports it. */
	public enum Size {

		MIKRO, KECIL, MENENGAH, BESAR;

		public String messageKey() {
			return "company.size." + name().toLowerCase(Locale.ROOT);
		}

	}

}
