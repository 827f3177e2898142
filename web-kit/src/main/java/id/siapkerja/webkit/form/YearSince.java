package id.siapkerja.webkit.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A year from {@link #value()} until this year, read from the app's clock in Indonesia's
 * default zone (a graduation, a training). Empty passes: add {@code @NotNull} when
 * required.
 */
@Documented
@Constraint(validatedBy = YearSinceValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface YearSince {

	int value();

	String message() default "{siapkerja.constraints.YearSince.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
