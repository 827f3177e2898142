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

/** An e-mail address a message can be sent to ({@link EmailAddress#parse}). */
@Documented
@Constraint(validatedBy = ValidEmail.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidEmail {

	String message() default "{registration.email.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Reads the address as {@link EmailAddress} does. */
	class Check implements ConstraintValidator<ValidEmail, String> {

		@Override
		public boolean isValid(String typed, ConstraintValidatorContext context) {
			return EmailAddress.parse(typed).isPresent();
		}

	}

}
