package id.siapkerja.akun.breach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.sso.SsoProperties;
import id.siapkerja.webkit.text.Times;
import lombok.RequiredArgsConstructor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Insiden data pribadi" for Admin Pusat ({@code /admin/insiden}): record an incident,
 * see the 3 × 24-hour clock, prepare the notice to the people affected and confirm it
 * once; the outbox sends it. Nobody else sees these pages (404).
 */
@Controller
@RequiredArgsConstructor
class BreachController {

	private static final DateTimeFormatter FOUND = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private final Breaches breaches;

	private final Accounts accounts;

	private final SsoProperties sso;

	private final MessageSource messages;

	private final Clock clock;

	/** What the officer records. */
	record IncidentForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime foundAt,
			@NotEmpty(message = "{breach.data.required}") List<Breaches.Data> data, @NotNull @Min(0) Integer affected,
			@NotBlank @Size(max = 2000) String description, @NotBlank @Size(max = 2000) String measures) {

		static IncidentForm empty() {
			return new IncidentForm(null, List.of(), null, "", "");
		}

	}

	@GetMapping("/admin/insiden")
	String list(Authentication authentication, Model model) {
		officer(authentication);
		model.addAttribute("breaches", this.breaches.all());
		if (!model.containsAttribute("incident")) {
			model.addAttribute("incident", IncidentForm.empty());
		}
		model.addAttribute("kinds", Breaches.Data.values());
		return "breach/list";
	}

	@PostMapping("/admin/insiden")
	String record(@Valid @ModelAttribute("incident") IncidentForm form, BindingResult errors,
			Authentication authentication, Locale locale, Model model) {
		Account officer = officer(authentication);
		if (!errors.hasFieldErrors("foundAt")
				&& form.foundAt().atZone(Times.DEFAULT_ZONE).toInstant().isAfter(this.clock.instant())) {
			errors.rejectValue("foundAt", "breach.found.future");
		}
		if (errors.hasErrors()) {
			return list(authentication, model);
		}
		Instant found = form.foundAt().atZone(Times.DEFAULT_ZONE).toInstant();
		UUID id = this.breaches.record(
				new Breaches.Incident(found, form.data(), form.affected(), form.description().strip(),
						form.measures().strip()),
				officer.fullName(), text("breach.notice.subject", locale), notice(form, found, locale));
		return "redirect:/admin/insiden/" + id;
	}

	@GetMapping("/admin/insiden/{id}")
	String detail(@PathVariable UUID id, Authentication authentication, Model model) {
		officer(authentication);
		Breaches.Breach breach = breach(id);
		Instant now = this.clock.instant();
		model.addAttribute("breach", breach);
		model.addAttribute("late", breach.late(now));
		// hours left, rounded up: "1 jam" until the very end
		model.addAttribute("hoursLeft", Math.max(0, (Duration.between(now, breach.deadline()).toMinutes() + 59) / 60));
		model.addAttribute("active", this.breaches.activeAccounts());
		model.addAttribute("progress", this.breaches.progress(id));
		return "breach/detail";
	}

	@PostMapping("/admin/insiden/{id}/pemberitahuan")
	String prepare(@PathVariable UUID id, @RequestParam(defaultValue = "ALL") String recipients,
			@RequestParam(defaultValue = "") String list, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String body, Authentication authentication, RedirectAttributes redirect) {
		officer(authentication);
		breach(id);
		List<String> addresses = Arrays.stream(list.split("[\\s,;]+"))
			.map(String::strip)
			.filter((address) -> !address.isEmpty())
			.toList();
		boolean everyone = !"LIST".equals(recipients);
		if (subject.isBlank() || subject.length() > 200 || body.isBlank() || body.length() > 5000
				|| (!everyone && (addresses.isEmpty() || addresses.stream().anyMatch((a) -> !a.contains("@"))))) {
			redirect.addFlashAttribute("problem", "breach.notice.incomplete");
			return "redirect:/admin/insiden/" + id;
		}
		redirect.addFlashAttribute(
				this.breaches.prepare(id, everyone, addresses, subject.strip(), body.strip()) ? "done" : "problem",
				this.breaches.byId(id).orElseThrow().confirmed() ? "breach.notice.already" : "breach.notice.saved");
		return "redirect:/admin/insiden/" + id;
	}

	@PostMapping("/admin/insiden/{id}/kirim")
	String confirm(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
		Account officer = officer(authentication);
		breach(id);
		this.breaches.confirm(id, officer.fullName())
			.ifPresentOrElse((count) -> redirect.addFlashAttribute("done", "breach.notice.confirmed"),
					() -> redirect.addFlashAttribute("problem", "breach.notice.already"));
		return "redirect:/admin/insiden/" + id;
	}

	/** The notice's first draft, from what was recorded. */
	private String notice(IncidentForm form, Instant found, Locale locale) {
		String data = String.join(", ", form.data().stream().map((d) -> text(d.messageKey(), locale)).toList());
		return this.messages.getMessage("breach.notice.body",
				new Object[] { FOUND.format(found.atZone(Times.DEFAULT_ZONE)) + " WIB", data, form.measures().strip(),
						form.description().strip() },
				locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private Breaches.Breach breach(UUID id) {
		return this.breaches.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The Admin Pusat asking; anyone else is told the page does not exist. */
	private Account officer(Authentication authentication) {
		return this.accounts.byId(UUID.fromString(authentication.getName()))
			.filter((account) -> this.sso.isAdmin(account.email()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
