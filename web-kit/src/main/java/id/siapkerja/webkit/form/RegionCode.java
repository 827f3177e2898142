package id.siapkerja.webkit.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import id.siapkerja.webkit.region.Region;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A code of an Indonesian region that exists at the given level (e.g. {@code 32} for a
 * province, {@code 32.01} for a regency). Empty passes: add {@code @NotBlank} when
 * required.
 */
@Documented
@Constraint(validatedBy = RegionCodeValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface RegionCode {

	Region.Level value();

	String message() default "{siapkerja.constraints.RegionCode.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
