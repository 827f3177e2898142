package id.siapkerja.akun.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An Indonesian mobile number an SMS can reach ({@link PhoneNumber#parse}). */
@Documented
@Constraint(validatedBy = MobileNumber.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface MobileNumber {

	String message() default "{registration.phone.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Reads the number as {@link PhoneNumber} does. */
	class Check implements ConstraintValidator<MobileNumber, String> {

		@Override
		public boolean isValid(String typed, ConstraintValidatorContext context) {
			return PhoneNumber.parse(typed).isPresent();
		}

	}

}
