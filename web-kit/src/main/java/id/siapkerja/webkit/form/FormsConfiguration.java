package id.siapkerja.webkit.form;

import java.time.Clock;

import id.siapkerja.webkit.text.Times;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Forms in both apps: Bean Validation reads "today" from the app's {@link Clock} in
 * Indonesia's default zone (so a moved clock in a test moves {@code @PastOrPresent} too),
 * a {@link CrossChecked} form is checked together after its fields, and a choice not on
 * the list reads as no choice.
 */
@AutoConfiguration(before = ValidationAutoConfiguration.class)
public class FormsConfiguration {

	/**
	 * Boot's validator (its customizers, messages from the app's {@link MessageSource}),
	 * saying {@linkplain OneMessagePerField one thing per field}.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static LocalValidatorFactoryBean defaultValidator(ApplicationContext context,
			ObjectProvider<ValidationConfigurationCustomizer> customizers) {
		LocalValidatorFactoryBean validator = new OneMessagePerField();
		validator.setConfigurationInitializer((configuration) -> customizers.orderedStream()
			.forEach((customizer) -> customizer.customize(configuration)));
		validator.setMessageInterpolator(new MessageInterpolatorFactory(context).getObject());
		return validator;
	}

	@Bean
	ValidationConfigurationCustomizer siapkerjaValidationClock(ObjectProvider<Clock> clock) {
		return (configuration) -> configuration
			.clockProvider(() -> clock.getIfAvailable(Clock::systemUTC).withZone(Times.DEFAULT_ZONE));
	}

	/**
	 * A choice that is not on the list (a tampered select, an old link) is no choice:
	 * {@code null}, so the form's {@code @NotNull} says "choose one" beside the field's
	 * other messages, instead of a conversion error that stops the form's checks.
	 */
	@Bean
	WebMvcConfigurer siapkerjaLenientChoices() {
		return new WebMvcConfigurer() {

			@Override
			public void addFormatters(FormatterRegistry registry) {
				registry.addConverterFactory(new LenientChoices());
			}

		};
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final class LenientChoices implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
			Class<?> constants = type;
			while (constants != null && !constants.isEnum()) {
				constants = constants.getSuperclass();
			}
			Class<? extends Enum> enumType = (Class<? extends Enum>) constants;
			return (text) -> {
				String name = text.strip();
				for (Enum constant : enumType.getEnumConstants()) {
					if (constant.name().equals(name)) {
						return (T) constant;
					}
				}
				return null;
			};
		}

	}

	@Bean
	FormChecks formChecks(SmartValidator validator) {
		return new FormChecks(validator);
	}

	@Bean
	CrossCheckedForms siapkerjaCrossCheckedForms() {
		return new CrossCheckedForms();
	}

	/** Adds the check-together step to the binding of every {@link CrossChecked} form. */
	@ControllerAdvice
	static class CrossCheckedForms {

		private static final Validator TOGETHER = new Validator() {

			@Override
			public boolean supports(Class<?> type) {
				return CrossChecked.class.isAssignableFrom(type);
			}

			@Override
			public void validate(Object target, Errors errors) {
				((CrossChecked) target).checkTogether(errors);
			}

		};

		@InitBinder
		void checkTogether(WebDataBinder binder) {
			Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
					: binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
			if (type != null && CrossChecked.class.isAssignableFrom(type)) {
				binder.addValidators(TOGETHER);
			}
		}

	}

}
