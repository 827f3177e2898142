package id.siapkerja.webkit.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date from today until {@link #years()} ahead, today read from the app's clock in
 * Indonesia's default zone (a deadline, a start). Empty passes: add {@code @NotNull} when
 * required.
 */
@Documented
@Constraint(validatedBy = UpcomingValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Upcoming {

	int years() default 1;

	String message() default "{siapkerja.constraints.Upcoming.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
