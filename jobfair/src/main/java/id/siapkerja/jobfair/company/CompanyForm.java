package id.siapkerja.jobfair.company;

import java.util.LinkedHashMap;
import java.util.Map;

import id.siapkerja.webkit.region.Regions;
import id.siapkerja.webkit.text.LimitedText;

/** The company profile as typed, and its checks. */
final class CompanyForm {

	final Map<String, String> values;

	final Map<String, String> errors = new LinkedHashMap<>();

	Company company;

	CompanyForm(Map<String, String> values) {
		this.values = new LinkedHashMap<>(values);
		this.values.remove("_csrf");
		this.values.remove("logo");
		this.values.replaceAll((field, value) -> LimitedText.clean(value));
	}

	static CompanyForm of(Company company) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("wlkpCode", company.wlkpCode() == null ? "" : company.wlkpCode());
		values.put("name", company.name());
		values.put("legalForm", company.legalForm().name());
		values.put("sector", company.sector());
		values.put("size", company.size().name());
		values.put("province", company.regionCode().length() >= 2 ? company.regionCode().substring(0, 2) : "");
		values.put("regency", company.regionCode().length() > 2 ? company.regionCode() : "");
		values.put("address", company.address());
		values.put("phone", company.phone());
		values.put("email", company.email());
		values.put("website", company.website());
		values.put("description", company.description());
		return new CompanyForm(values);
	}

	/** Fills the official fields from WLKP's answer. */
	CompanyForm fill(CompanyRegistry.Found found) {
		this.values.put("wlkpCode", found.code());
		this.values.put("name", found.name());
		this.values.put("legalForm", found.legalForm());
		this.values.put("sector", found.sector());
		this.values.put("size", found.size());
		this.values.put("province", found.regionCode().length() >= 2 ? found.regionCode().substring(0, 2) : "");
		this.values.put("regency", found.regionCode());
		this.values.put("address", found.address());
		this.values.putIfAbsent("phone", found.phone());
		if (this.values.getOrDefault("phone", "").isBlank()) {
			this.values.put("phone", found.phone());
		}
		if (this.values.getOrDefault("email", "").isBlank()) {
			this.values.put("email", found.email());
		}
		return this;
	}

	CompanyForm check(Regions regions) {
		String name = text("name", 3, 150, true);
		Company.LegalForm form = parse(Company.LegalForm.class, "legalForm");
		String sector = text("sector", 2, 100, true);
		Company.Size size = parse(Company.Size.class, "size");
		String province = this.values.getOrDefault("province", "");
		String regency = this.values.getOrDefault("regency", "");
		String region = province;
		if (!province.matches("\\d{2}") || !regions.exists(province)) {
			this.errors.put("province", "company.province.required");
		}
		else if (!regency.isEmpty()) {
			if (!regency.startsWith(province + ".") || !regions.exists(regency)) {
				this.errors.put("regency", "company.regency.invalid");
			}
			else {
				region = regency;
			}
		}
		String address = text("address", 5, 300, true);
		String phone = text("phone", 6, 20, true);
		if (!phone.isEmpty() && !phone.matches("[+0-9 ()-]{6,20}")) {
			this.errors.put("phone", "organizer.phone.invalid");
		}
		String email = text("email", 3, 254, true);
		if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			this.errors.put("email", "organizer.email.invalid");
		}
		String website = text("website", 0, 200, false);
		if (!website.isEmpty() && !website.matches("https?://\\S+")) {
			this.errors.put("website", "organizer.website.invalid");
		}
		String description = text("description", 0, 3000, false);
		String code = this.values.getOrDefault("wlkpCode", "").strip();
		if (this.errors.isEmpty()) {
			this.company = new Company(null, code.isEmpty() ? null : code, name, form, sector, size, region, address,
					phone, email, website, description);
		}
		return this;
	}

	private String text(String field, int min, int max, boolean required) {
		String value = this.values.getOrDefault(field, "").strip();
		if (required && value.isEmpty()) {
			this.errors.put(field, "form.required");
		}
		else if (!value.isEmpty() && value.length() < min) {
			this.errors.put(field, "form.too-short");
		}
		else if (value.length() > max) {
			this.errors.put(field, "form.too-long");
		}
		return value;
	}

	private <E extends Enum<E>> E parse(Class<E> type, String field) {
		try {
			return Enum.valueOf(type, this.values.getOrDefault(field, ""));
		}
		catch (IllegalArgumentException ex) {
			this.errors.put(field, "form.choose.required");
			return null;
		}
	}

}
