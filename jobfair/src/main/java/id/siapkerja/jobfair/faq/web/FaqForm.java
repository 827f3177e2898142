package id.siapkerja.jobfair.faq.web;

import id.siapkerja.webkit.form.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question of the company's FAQ for a fair, and its answer (J-C-r, J-C-s). */
record FaqForm(@NotBlank(message = "{faq.required}") @Size(max = 300) String question,
		@NotBlank(message = "{faq.required}") @Size(max = 3000) String answer) {

	FaqForm {
		question = Forms.line(question);
		answer = Forms.text(answer);
	}

	static FaqForm empty() {
		return new FaqForm("", "");
	}

}
