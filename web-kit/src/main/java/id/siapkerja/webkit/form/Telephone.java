package id.siapkerja.webkit.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A telephone number as people write it on an office's letterhead, landline or mobile:
 * {@code 021-5255733}, {@code (022) 7271 234}, {@code +62 812 3456 7890}; 6 to 15 digits.
 * Empty passes: add {@code @NotBlank} when required.
 */
@Documented
@Constraint(validatedBy = TelephoneValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Telephone {

	String message() default "{siapkerja.constraints.Telephone.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
