package id.siapkerja.webkit.form;

import org.springframework.validation.Errors;

/**
 * A form whose fields are checked together (an end after its start, a venue for an
 * offline fair): {@link #checkTogether} runs after each field's own constraints, when a
 * controller takes the form with {@code @Valid}, and rejects into the field the person
 * has to change.
 */
public interface CrossChecked {

	void checkTogether(Errors errors);

}
