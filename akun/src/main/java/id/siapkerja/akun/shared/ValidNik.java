package id.siapkerja.akun.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import id.siapkerja.webkit.region.Regions;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A NIK that passes the rules needing no registry ({@link Nik#check}): its message says
 * which rule, the first a person should fix ({@code nik.problem.*}).
 */
@Documented
@Constraint(validatedBy = ValidNik.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNik {

	String message() default "{nik.problem.not-sixteen-digits}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks with the regions the project ships; says the first problem. */
	class Check implements ConstraintValidator<ValidNik, String> {

		@Override
		public boolean isValid(String typed, ConstraintValidatorContext context) {
			List<Nik.Problem> problems = Nik.check(typed == null ? "" : typed, Regions.shipped());
			if (problems.isEmpty()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{" + problems.get(0).messageKey() + "}")
				.addConstraintViolation();
			return false;
		}

	}

}
