package id.siapkerja.webkit.form;

import id.siapkerja.webkit.region.Region;
import id.siapkerja.webkit.region.Regions;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link RegionCode} against the regions the project ships. */
class RegionCodeValidator implements ConstraintValidator<RegionCode, String> {

	private final Regions regions = Regions.shipped();

	private Region.Level level;

	@Override
	public void initialize(RegionCode annotation) {
		this.level = annotation.value();
	}

	@Override
	public boolean isValid(String code, ConstraintValidatorContext context) {
		if (code == null || code.isBlank()) {
			return true;
		}
		return this.regions.find(code).filter((region) -> region.level() == this.level).isPresent();
	}

}
