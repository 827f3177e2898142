package id.siapkerja.webkit.form;

import id.siapkerja.webkit.text.LimitedText;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What a form record does with what was typed, in its compact constructor, before its
 * constraints are checked: no {@code null}, no control characters, no spaces around.
 */
public final class Forms {

	/** The model name of the form a page shows. */
	public static final String NAME = "form";

	private Forms() {
	}

	/**
	 * Shows the form as {@code form}: a new one (a page opened), or the one the request
	 * was bound to, kept with its errors. A form record that failed its checks is bound
	 * without a target (Spring builds it only when it passes), so putting the record
	 * again would drop the errors.
	 */
	public static void show(Model model, Object form) {
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + NAME)) {
			model.addAttribute(NAME, form);
		}
	}

	/** A text of several lines (a description): cleaned, stripped. */
	public static String text(String typed) {
		return LimitedText.clean(typed).strip();
	}

	/** A text of one line (a name, a title): also one space between words. */
	public static String line(String typed) {
		return text(typed).replaceAll("\\s+", " ");
	}

}
