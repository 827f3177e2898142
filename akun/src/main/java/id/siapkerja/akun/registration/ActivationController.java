package id.siapkerja.akun.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.AccountSessions;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.OneTimeCodes;
import id.siapkerja.akun.shared.PhoneNumber;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Aktivasi akun": the code sent by SMS, "Konfirmasi", "Kirim ulang kode", "Ubah no
 * HP", and the code by e-mail when SMS keeps failing. A right code activates the account
 * and logs the person in.
 */
@Controller
@RequiredArgsConstructor
class ActivationController {

	private final Accounts accounts;

	private final Registrations registrations;

	private final OneTimeCodes codes;

	private final AccountSessions sessions;

	private final Clock clock;

	private final RequestCache savedRequests = new HttpSessionRequestCache();

	@GetMapping("/aktivasi")
	String page(HttpSession session, Model model) {
		Optional<Account> account = pending(session);
		if (account.isEmpty()) {
			return "redirect:/login?aktivasi";
		}
		return page(account.get(), model);
	}

	/**
	 * The activation page with the forms this request bound, if any, and the others
	 * empty.
	 */
	private String page(Account pending, Model model) {
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "codeForm")) {
			model.addAttribute("codeForm", new ActivationForms.Code(""));
		}
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "phoneForm")) {
			model.addAttribute("phoneForm", new ActivationForms.NewPhone(""));
		}
		Instant now = this.clock.instant();
		Optional<OneTimeCodes.Live> live = this.codes.live(pending.id(), OneTimeCodes.Purpose.ACTIVATION);
		Instant resendAt = this.codes.resendAt(pending.id(), OneTimeCodes.Purpose.ACTIVATION).orElse(now);
		model.addAttribute("account", pending);
		model.addAttribute("live", live.orElse(null));
		model.addAttribute("liveMinutes", live.map((code) -> minutesUntil(now, code.expiresAt())).orElse(0L));
		model.addAttribute("resendSeconds", Math.max(0, Duration.between(now, resendAt).toSeconds()));
		return "registration/activation";
	}

	@PostMapping("/aktivasi")
	String confirm(@Valid @ModelAttribute("codeForm") ActivationForms.Code form, BindingResult errors,
			HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<Account> account = pending(session);
		if (account.isEmpty()) {
			return "redirect:/login?aktivasi";
		}
		if (errors.hasErrors()) {
			return page(account.get(), model);
		}
		OneTimeCodes.Check check = this.registrations.activate(account.get().id(), form.code(),
				request.getRemoteAddr());
		if (!check.accepted()) {
			errors.rejectValue("code", check.outcome().messageKey(), new Object[] { check.triesLeft() }, null);
			return page(account.get(), model);
		}
		Activation.finish(session);
		this.sessions.signIn(account.get().id(), request, response);
		// registration started from a service's login: back to that service
		SavedRequest saved = this.savedRequests.getRequest(request, response);
		if (saved != null && saved.getRedirectUrl().contains("/oauth2/authorize")) {
			this.savedRequests.removeRequest(request, response);
			return "redirect:" + saved.getRedirectUrl();
		}
		return "redirect:/akun?aktif";
	}

	@PostMapping("/aktivasi/kirim-ulang")
	String resend(HttpSession session, HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		Optional<Account> account = pending(session);
		if (account.isEmpty()) {
			return "redirect:/login?aktivasi";
		}
		OneTimeCodes.Sending sending = this.codes.send(account.get().id(), OneTimeCodes.Purpose.ACTIVATION,
				account.get().phone(), request.getRemoteAddr(), locale);
		flash(sending, redirect);
		return "redirect:/aktivasi";
	}

	@PostMapping("/aktivasi/ubah-nomor")
	String changePhone(@Valid @ModelAttribute("phoneForm") ActivationForms.NewPhone form, BindingResult errors,
			HttpSession session, HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		Optional<Account> account = pending(session);
		if (account.isEmpty()) {
			return "redirect:/login?aktivasi";
		}
		Optional<PhoneNumber> parsed = PhoneNumber.parse(form.phone());
		if (!errors.hasErrors() && parsed.get().e164().equals(account.get().phone())) {
			errors.rejectValue("phone", "activation.phone.same");
		}
		if (!errors.hasErrors() && this.accounts.phoneTaken(parsed.get())) {
			errors.rejectValue("phone", "registration.phone.taken");
		}
		if (!errors.hasErrors()) {
			try {
				flash(this.registrations.changePhone(account.get().id(), parsed.get(), request.getRemoteAddr(), locale),
						redirect);
				return "redirect:/aktivasi";
			}
			catch (Registrations.Taken ex) {
				errors.rejectValue("phone", "registration.phone.taken");
			}
		}
		return page(account.get(), model);
	}

	@PostMapping("/aktivasi/lewat-email")
	String byEmail(HttpSession session, HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		Optional<Account> account = pending(session);
		if (account.isEmpty()) {
			return "redirect:/login?aktivasi";
		}
		if (this.codes.sendByEmail(account.get().id(), OneTimeCodes.Purpose.ACTIVATION, account.get().email(),
				request.getRemoteAddr(), locale)) {
			redirect.addFlashAttribute("notice", "activation.emailed");
		}
		return "redirect:/aktivasi";
	}

	private void flash(OneTimeCodes.Sending sending, RedirectAttributes redirect) {
		if (sending.sent()) {
			redirect.addFlashAttribute("notice", "activation.sent");
		}
		else {
			Instant now = this.clock.instant();
			redirect.addFlashAttribute("sendError", sending.refusal().messageKey());
			redirect.addFlashAttribute("retrySeconds", sending.retryInSeconds(now));
			redirect.addFlashAttribute("retryMinutes", sending.retryInMinutes(now));
		}
	}

	private Optional<Account> pending(HttpSession session) {
		UUID id = Activation.current(session);
		return id == null ? Optional.empty() : this.accounts.byId(id).filter((account) -> !account.active());
	}

	private static long minutesUntil(Instant now, Instant then) {
		return Math.max(1, (Duration.between(now, then).toSeconds() + 59) / 60);
	}

}
