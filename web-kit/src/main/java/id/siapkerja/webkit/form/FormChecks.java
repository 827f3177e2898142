package id.siapkerja.webkit.form;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;

/**
 * Checks a form the server has completed itself (e.g. filled from WLKP after it was
 * typed) exactly as {@code @Valid} checks a typed one: its constraints, then
 * {@link CrossChecked}.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FormChecks {

	private final SmartValidator validator;

	/** The form's errors, under the model name the page binds it to. */
	public BindingResult check(Object form, String name) {
		BindingResult result = new BeanPropertyBindingResult(form, name);
		this.validator.validate(form, result);
		if (form instanceof CrossChecked checked) {
			checked.checkTogether(result);
		}
		return result;
	}

}
