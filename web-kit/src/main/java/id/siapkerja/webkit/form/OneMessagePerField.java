package id.siapkerja.webkit.form;

import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The validator of both apps: a field broken in several ways says one thing, and always
 * the same thing. An empty title breaks both {@code @NotBlank} and {@code @Size}, and
 * Bean Validation reports its violations in no defined order, so the page said "Wajib
 * diisi" one day and "Isi 5 sampai 150 karakter" the next. "Required" comes first, then
 * the other constraints by name; what concerns the whole object is kept whole.
 */
class OneMessagePerField extends LocalValidatorFactoryBean {

	private static final Set<Class<?>> REQUIRED = Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

	private static final Comparator<ConstraintViolation<Object>> FIRST_THINGS_FIRST = Comparator
		.comparing((ConstraintViolation<Object> violation) -> required(violation) ? 0 : 1)
		.thenComparing(OneMessagePerField::constraint)
		.thenComparing(ConstraintViolation::getMessageTemplate);

	@Override
	protected void processConstraintViolations(Set<ConstraintViolation<Object>> violations, Errors errors) {
		super.processConstraintViolations(firstPerField(violations), errors);
	}

	static Set<ConstraintViolation<Object>> firstPerField(Set<ConstraintViolation<Object>> violations) {
		Map<String, List<ConstraintViolation<Object>>> byField = violations.stream()
			.sorted(Comparator
				.comparing((ConstraintViolation<Object> violation) -> violation.getPropertyPath().toString())
				.thenComparing(FIRST_THINGS_FIRST))
			.collect(Collectors.groupingBy((violation) -> violation.getPropertyPath().toString(), LinkedHashMap::new,
					Collectors.toList()));
		Set<ConstraintViolation<Object>> kept = new LinkedHashSet<>();
		byField.forEach((field, list) -> {
			if (field.isEmpty()) {
				kept.addAll(list);
			}
			else {
				kept.add(list.getFirst());
			}
		});
		return kept;
	}

	private static boolean required(ConstraintViolation<Object> violation) {
		return REQUIRED.contains(violation.getConstraintDescriptor().getAnnotation().annotationType());
	}

	private static String constraint(ConstraintViolation<Object> violation) {
		return violation.getConstraintDescriptor().getAnnotation().annotationType().getName();
	}

}
