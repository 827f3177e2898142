package id.siapkerja.webkit.form;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The one way to write a form, rendered for real (Thymeleaf, Bean Validation, the
 * bundles): each refused field carries its message right after it, tied by
 * {@code aria-invalid} and {@code aria-describedby} without any script; what was typed
 * comes back; rules between fields land on the field to change; a date that is not a date
 * says so; a valid form has no message at all.
 */
@SpringBootTest(classes = FormFieldsTests.SampleApp.class,
		properties = { "spring.messages.basename=i18n/forms,i18n/form-test", "spring.web.locale=id",
				"spring.mvc.format.date=iso", "spring.web.locale-resolver=fixed" })
@AutoConfigureMockMvc
class FormFieldsTests {

	enum Kind {

		DARING, LURING

	}

	record Sample(@NotBlank @Size(min = 3, max = 20, message = "{form.size}") String title, @NotNull Kind kind,
			LocalDate startsOn, LocalDate endsOn, @Size(max = 10) String note,
			@AssertTrue Boolean agree) implements CrossChecked {

		Sample {
			title = Forms.line(title);
			agree = Boolean.TRUE.equals(agree);
			note = Forms.text(note);
		}

		@Override
		public void checkTogether(Errors errors) {
			if (this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn)) {
				errors.rejectValue("endsOn", "form.test.ends.before");
			}
		}

	}

	@Controller
	static class SampleController {

		@GetMapping("/isian")
		String show(Model model) {
			return view(new Sample("", null, null, null, "", false), model);
		}

		@PostMapping("/isian")
		String send(@Valid @ModelAttribute("form") Sample form, BindingResult errors, Model model) {
			return view(form, model);
		}

		private String view(Sample form, Model model) {
			Forms.show(model, form);
			model.addAttribute("kinds", Choice.prefixed(Kind.values(), "form.test.kind."));
			// a page variable named as a parameter the fragment was not given must not
			// leak in
			model.addAttribute("id", "halaman");
			return "form-check";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
			HttpMessageConvertersAutoConfiguration.class, ThymeleafAutoConfiguration.class,
			MessageSourceAutoConfiguration.class, ValidationAutoConfiguration.class, FormsConfiguration.class })
	@Import(SampleController.class)
	static class SampleApp {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC);
		}

	}

	@Autowired
	MockMvc mvc;

	@Test
	void aRefusedFieldCarriesItsMessageTiedToItWithoutScript() throws Exception {
		Document page = send(post("/isian").param("title", "  Jobfair   yang terlalu panjang sekali  ")
			.param("kind", "HIBRIDA")
			.param("startsOn", "2026-12-10")
			.param("endsOn", "2026-12-01")
			.param("note", "catatan yang panjang"));

		assertThat(page.select("#form-problems").text()).startsWith("Ada isian yang perlu diperbaiki");
		Element title = page.getElementById("title");
		assertThat(title.attr("value")).as("what was typed comes back, tidied")
			.isEqualTo("Jobfair yang terlalu panjang sekali");
		assertThat(title.attr("aria-invalid")).isEqualTo("true");
		assertThat(title.attr("aria-describedby")).isEqualTo("title-help title-error");
		assertThat(title.hasClass("is-invalid")).isTrue();
		assertThat(page.getElementById("title-error").text()).isEqualTo("Isi 3 sampai 20 karakter.");
		assertThat(page.select("label[for=title]").text()).isEqualTo("Judul");

		Element kind = page.getElementById("kind");
		assertThat(kind.attr("aria-invalid")).isEqualTo("true");
		assertThat(kind.attr("aria-describedby")).isEqualTo("kind-error");
		assertThat(page.getElementById("kind-error").text()).as("a choice not on the list is no choice")
			.isEqualTo("Wajib diisi.");
		assertThat(kind.select("option").eachText()).containsExactly("Pilih", "Daring", "Luring");

		assertThat(page.getElementById("endsOn-error").text()).as("the rule between two fields, on the one to change")
			.isEqualTo("Tanggal selesai harus sesudah tanggal mulai.");
		assertThat(page.getElementById("startsOn").hasAttr("aria-invalid")).isFalse();
		assertThat(page.getElementById("startsOn").attr("value")).isEqualTo("2026-12-10");
		assertThat(page.getElementById("catatan-error").text()).as("a control with an id of its own")
			.isEqualTo("Terlalu panjang: paling banyak 10 karakter.");
		assertThat(page.getElementById("catatan").attr("aria-describedby")).isEqualTo("catatan-error");
		assertThat(page.getElementById("catatan").attr("name")).isEqualTo("note");
		assertThat(page.select("label[for=catatan]").text()).isEqualTo("Catatan");
		assertThat(page.getElementById("agree").attr("aria-describedby")).isEqualTo("agree-error");
		assertThat(page.getElementById("agree-error").text()).isEqualTo("Wajib dicentang.");
	}

	@Test
	void anEmptyFieldSaysItIsRequiredEveryTimeAndNothingElse() throws Exception {
		// empty breaks @NotBlank and @Size(min = 3) at once; Bean Validation reports them
		// in no defined order, so without a rule the page said one or the other
		for (int sent = 0; sent < 30; sent++) {
			Document page = send(post("/isian").param("title", "   ").param("kind", "DARING").param("agree", "true"));
			assertThat(page.getElementById("title-error").text()).isEqualTo("Wajib diisi.");
			assertThat(page.select(".invalid-feedback")).hasSize(1);
		}
	}

	@Test
	void aValueThatCannotBeReadSaysSoAndTheRestIsKept() throws Exception {
		Document page = send(post("/isian").param("title", "Jobfair")
			.param("kind", "LURING")
			.param("startsOn", "10/12/2026")
			.param("agree", "true"));

		assertThat(page.getElementById("startsOn-error").text()).isEqualTo("Isi tanggal yang benar.");
		assertThat(page.getElementById("startsOn").attr("value")).as("the typed text, to correct")
			.isEqualTo("10/12/2026");
		assertThat(page.select("#kind option[selected]").text()).isEqualTo("Luring");
		assertThat(page.getElementById("agree").hasAttr("checked")).isTrue();
		assertThat(page.select(".invalid-feedback")).hasSize(1);
	}

	@Test
	void aValidFormHasNoMessage() throws Exception {
		Document page = send(post("/isian").param("title", "Jobfair")
			.param("kind", "DARING")
			.param("startsOn", "2026-12-10")
			.param("endsOn", "2026-12-11")
			.param("agree", "true"));
		assertThat(page.select(".invalid-feedback, #form-problems, [aria-invalid]")).isEmpty();
		assertThat(page.getElementById("title").attr("aria-describedby")).isEqualTo("title-help");

		Document empty = send(get("/isian"));
		assertThat(empty.select(".invalid-feedback, [aria-invalid]")).as("nothing said before sending").isEmpty();
	}

	private Document send(RequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

}
