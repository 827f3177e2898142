package id.siapkerja.akun.settings;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.Activity;
import id.siapkerja.akun.account.OneTimeCodes;
import id.siapkerja.akun.account.PasswordPolicy;
import id.siapkerja.akun.account.PasswordRechecks;
import id.siapkerja.akun.registration.Registrations;
import id.siapkerja.akun.settings.SettingsForms.EmailChange;
import id.siapkerja.akun.settings.SettingsForms.PasswordChange;
import id.siapkerja.akun.settings.SettingsForms.PhoneChange;
import id.siapkerja.akun.settings.SettingsForms.PhoneCode;
import id.siapkerja.akun.shared.EmailAddress;
import id.siapkerja.akun.shared.PhoneNumber;
import id.siapkerja.akun.sso.SsoProperties;
import id.siapkerja.webkit.region.Regions;
import id.siapkerja.webkit.text.Times;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Akun Saya" ({@code /akun}), "Pengaturan" ({@code /pengaturan}) and "Aktivitas akun"
 * ({@code /aktivitas}): every change asks for the password (or the code sent to the new
 * phone) first.
 */
@Controller
@RequiredArgsConstructor
class SettingsController {

	static final String NEW_PHONE = "akun.settings.new-phone";

	private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm 'WIB'")
		.withZone(Times.DEFAULT_ZONE);

	private final Accounts accounts;

	private final PasswordRechecks rechecks;

	private final PasswordPolicy policy;

	private final Settings settings;

	private final Activity activity;

	private final Regions regions;

	private final Clock clock;

	private final Registrations registrations;

	private final SsoProperties sso;

	/** A line of the activity page. */
	record ActivityLine(String messageKey, String when, String clientIp, String detail) {

		/**
		 * The message key of a detail that is a code (e.g. SMS, ACTIVATION); null for
		 * free text.
		 */
		public String detailKey() {
			return (this.detail != null && this.detail.matches("[A-Z_]+")) ? "activity.detail." + this.detail : null;
		}

	}

	@GetMapping("/akun")
	String overview(Authentication authentication, Model model) {
		Account account = current(authentication);
		model.addAttribute("account", account);
		model.addAttribute("address", this.regions.path(account.villageCode()));
		// Admin Pusat keeps the record of personal-data incidents here
		model.addAttribute("admin", this.sso.isAdmin(account.email()));
		return "settings/account";
	}

	@PostMapping("/akun/verifikasi-email")
	String resendVerification(Authentication authentication, Locale locale, RedirectAttributes redirect) {
		Account account = current(authentication);
		if (!account.emailVerified()) {
			this.registrations.sendEmailVerification(account, locale, baseUrl());
			redirect.addFlashAttribute("notice", "account.verification-sent");
		}
		return "redirect:/akun";
	}

	@GetMapping("/aktivitas")
	String activity(Authentication authentication, Model model) {
		Account account = current(authentication);
		model.addAttribute("account", account);
		model.addAttribute("lines",
				this.activity.latest(account.id(), 100)
					.stream()
					.map((entry) -> new ActivityLine(entry.kind().messageKey(), WIB.format(entry.occurredAt()),
							entry.clientIp(), entry.detail()))
					.toList());
		return "settings/activity";
	}

	@GetMapping("/pengaturan")
	String page(Authentication authentication, HttpSession session, Model model) {
		return page(current(authentication), session, model);
	}

	/** The settings with the form this request bound, if any, and the others empty. */
	private String page(Account account, HttpSession session, Model model) {
		model.addAttribute("account", account);
		Object newPhone = session.getAttribute(NEW_PHONE);
		model.addAttribute("newPhone", newPhone == null ? null : PhoneNumber.masked((String) newPhone));
		empty(model, "emailChange", EmailChange.empty());
		empty(model, "passwordChange", PasswordChange.empty());
		empty(model, "phoneChange", PhoneChange.empty());
		empty(model, "phoneCode", PhoneCode.empty());
		return "settings/settings";
	}

	private static void empty(Model model, String name, Object form) {
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + name)) {
			model.addAttribute(name, form);
		}
	}

	@PostMapping("/pengaturan/email")
	String changeEmail(@Valid @ModelAttribute("emailChange") EmailChange form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpSession session, Locale locale, Model model,
			RedirectAttributes redirect) {
		Account account = current(authentication);
		recheck(errors, "password", account, form.password(), request);
		Optional<EmailAddress> parsed = EmailAddress.parse(form.email());
		if (!errors.hasErrors() && parsed.get().value().equalsIgnoreCase(account.email())) {
			errors.rejectValue("email", "settings.email.same");
		}
		if (!errors.hasErrors() && this.accounts.emailTaken(parsed.get())) {
			errors.rejectValue("email", "settings.email.taken");
		}
		if (errors.hasErrors()) {
			return page(account, session, model);
		}
		this.settings.requestEmailChange(account, parsed.get(), request.getRemoteAddr(), locale, baseUrl());
		redirect.addFlashAttribute("emailNotice", "settings.email.link-sent");
		redirect.addFlashAttribute("emailNoticeArgument", parsed.get().value());
		return "redirect:/pengaturan";
	}

	@GetMapping("/pengaturan/email/konfirmasi")
	String confirmEmail(@RequestParam(defaultValue = "") String token, HttpServletRequest request, Locale locale,
			Model model) {
		model.addAttribute("result", this.settings.confirmEmailChange(token, request.getRemoteAddr(), locale)
			.orElse("settings.link.invalid"));
		return "settings/link-result";
	}

	@GetMapping("/verifikasi-email")
	String verifyEmail(@RequestParam(defaultValue = "") String token, HttpServletRequest request, Model model) {
		model.addAttribute("result", this.settings.verifyEmail(token, request.getRemoteAddr())
				? "settings.email.verified" : "settings.link.invalid");
		return "settings/link-result";
	}

	@PostMapping("/pengaturan/password")
	String changePassword(@Valid @ModelAttribute("passwordChange") PasswordChange form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpSession session, Model model,
			RedirectAttributes redirect) {
		Account account = current(authentication);
		recheck(errors, "currentPassword", account, form.currentPassword(), request);
		this.policy
			.check(form.password(),
					new PasswordPolicy.PersonalWords(this.accounts.nikOf(account.id()), account.phone(),
							account.email(), account.fullName()))
			.ifPresent((problem) -> errors.rejectValue("password", problem.messageKey(),
					new Object[] { PasswordPolicy.MINIMUM_LENGTH, PasswordPolicy.MAXIMUM_LENGTH }, null));
		if (errors.hasErrors()) {
			return page(account, session, model);
		}
		this.settings.changePassword(account.id(), form.password(), request.getRemoteAddr(), session.getId());
		redirect.addFlashAttribute("passwordNotice", "settings.password.changed");
		return "redirect:/pengaturan";
	}

	@PostMapping("/pengaturan/hp")
	String changePhone(@Valid @ModelAttribute("phoneChange") PhoneChange form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpSession session, Locale locale,
			Model model) {
		Account account = current(authentication);
		recheck(errors, "password", account, form.password(), request);
		Optional<PhoneNumber> parsed = PhoneNumber.parse(form.phone());
		if (!errors.hasErrors() && parsed.get().e164().equals(account.phone())) {
			errors.rejectValue("phone", "activation.phone.same");
		}
		if (!errors.hasErrors() && this.accounts.phoneTaken(parsed.get())) {
			errors.rejectValue("phone", "registration.phone.taken");
		}
		if (!errors.hasErrors()) {
			OneTimeCodes.Sending sending = this.settings.requestPhoneChange(account, parsed.get(),
					request.getRemoteAddr(), locale);
			if (sending.sent()) {
				session.setAttribute(NEW_PHONE, parsed.get().e164());
				return "redirect:/pengaturan#hp";
			}
			errors.reject(sending.refusal().messageKey(), new Object[] { sending.retryInSeconds(this.clock.instant()),
					sending.retryInMinutes(this.clock.instant()) }, null);
		}
		return page(account, session, model);
	}

	@PostMapping("/pengaturan/hp/konfirmasi")
	String confirmPhone(@Valid @ModelAttribute("phoneCode") PhoneCode form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpSession session, Model model,
			RedirectAttributes redirect) {
		Account account = current(authentication);
		if (errors.hasErrors()) {
			return page(account, session, model);
		}
		OneTimeCodes.Check check;
		try {
			check = this.settings.confirmPhoneChange(account.id(), form.code(), request.getRemoteAddr());
		}
		catch (DuplicateKeyException ex) {
			session.removeAttribute(NEW_PHONE);
			errors.reject("registration.phone.taken");
			return page(account, session, model);
		}
		if (!check.accepted()) {
			if (check.outcome() != OneTimeCodes.Outcome.WRONG) {
				session.removeAttribute(NEW_PHONE);
			}
			errors.rejectValue("code", check.outcome().messageKey(), new Object[] { check.triesLeft() }, null);
			return page(account, session, model);
		}
		session.removeAttribute(NEW_PHONE);
		redirect.addFlashAttribute("phoneNotice", "settings.phone.changed");
		return "redirect:/pengaturan";
	}

	/** The password asked again, unless the field already has a problem. */
	private void recheck(BindingResult errors, String field, Account account, String typed,
			HttpServletRequest request) {
		if (!errors.hasFieldErrors(field)) {
			this.rechecks.problem(account, typed, request.getRemoteAddr())
				.ifPresent((problem) -> errors.rejectValue(field, problem));
		}
	}

	private Account current(Authentication authentication) {
		return this.accounts.byId(UUID.fromString(authentication.getName())).orElseThrow();
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
