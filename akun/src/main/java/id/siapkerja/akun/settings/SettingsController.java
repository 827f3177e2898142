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
import id.siapkerja.akun.account.Passwords;
import id.siapkerja.akun.registration.Registrations;
import id.siapkerja.akun.shared.EmailAddress;
import id.siapkerja.akun.shared.PhoneNumber;
import id.siapkerja.webkit.region.Regions;
import id.siapkerja.webkit.text.Times;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
class SettingsController {

	static final String NEW_PHONE = "akun.settings.new-phone";

	private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm 'WIB'")
		.withZone(Times.DEFAULT_ZONE);

	private final Accounts accounts;

	private final Passwords passwords;

	private final PasswordPolicy policy;

	private final Settings settings;

	private final Activity activity;

	private final Regions regions;

	private final Clock clock;

	private final Registrations registrations;

	SettingsController(Accounts accounts, Passwords passwords, PasswordPolicy policy, Settings settings,
			Activity activity, Regions regions, Clock clock, Registrations registrations) {
		this.registrations = registrations;
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.settings = settings;
		this.activity = activity;
		this.regions = regions;
		this.clock = clock;
	}

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
		Account account = current(authentication);
		model.addAttribute("account", account);
		Object newPhone = session.getAttribute(NEW_PHONE);
		model.addAttribute("newPhone", newPhone == null ? null : PhoneNumber.masked((String) newPhone));
		return "settings/settings";
	}

	@PostMapping("/pengaturan/email")
	String changeEmail(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			Authentication authentication, HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		Account account = current(authentication);
		if (!this.passwords.matches(password, account.passwordHash())) {
			return back(redirect, "emailError", "settings.password.wrong");
		}
		Optional<EmailAddress> parsed = EmailAddress.parse(email);
		if (parsed.isEmpty()) {
			return back(redirect, "emailError", "registration.email.invalid");
		}
		if (parsed.get().value().equalsIgnoreCase(account.email())) {
			return back(redirect, "emailError", "settings.email.same");
		}
		if (this.accounts.emailTaken(parsed.get())) {
			return back(redirect, "emailError", "settings.email.taken");
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
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordConfirmation, Authentication authentication,
			HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
		Account account = current(authentication);
		if (!this.passwords.matches(currentPassword, account.passwordHash())) {
			return back(redirect, "passwordError", "settings.password.wrong");
		}
		Optional<PasswordPolicy.Problem> problem = this.policy.check(password, new PasswordPolicy.PersonalWords(
				this.accounts.nikOf(account.id()), account.phone(), account.email(), account.fullName()));
		if (problem.isPresent()) {
			return back(redirect, "passwordError", problem.get().messageKey());
		}
		if (!password.equals(passwordConfirmation)) {
			return back(redirect, "passwordError", "registration.password.mismatch");
		}
		this.settings.changePassword(account.id(), password, request.getRemoteAddr(), session.getId());
		redirect.addFlashAttribute("passwordNotice", "settings.password.changed");
		return "redirect:/pengaturan";
	}

	@PostMapping("/pengaturan/hp")
	String changePhone(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String password,
			Authentication authentication, HttpServletRequest request, HttpSession session, Locale locale,
			RedirectAttributes redirect) {
		Account account = current(authentication);
		if (!this.passwords.matches(password, account.passwordHash())) {
			return back(redirect, "phoneError", "settings.password.wrong");
		}
		Optional<PhoneNumber> parsed = PhoneNumber.parse(phone);
		if (parsed.isEmpty()) {
			return back(redirect, "phoneError", "registration.phone.invalid");
		}
		if (parsed.get().e164().equals(account.phone())) {
			return back(redirect, "phoneError", "activation.phone.same");
		}
		if (this.accounts.phoneTaken(parsed.get())) {
			return back(redirect, "phoneError", "registration.phone.taken");
		}
		OneTimeCodes.Sending sending = this.settings.requestPhoneChange(account, parsed.get(), request.getRemoteAddr(),
				locale);
		if (!sending.sent()) {
			redirect.addFlashAttribute("retryMinutes", sending.retryInMinutes(this.clock.instant()));
			redirect.addFlashAttribute("retrySeconds", sending.retryInSeconds(this.clock.instant()));
			return back(redirect, "phoneError", sending.refusal().messageKey());
		}
		session.setAttribute(NEW_PHONE, parsed.get().e164());
		return "redirect:/pengaturan#hp";
	}

	@PostMapping("/pengaturan/hp/konfirmasi")
	String confirmPhone(@RequestParam(defaultValue = "") String code, Authentication authentication,
			HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
		Account account = current(authentication);
		OneTimeCodes.Check check;
		try {
			check = this.settings.confirmPhoneChange(account.id(), code, request.getRemoteAddr());
		}
		catch (DuplicateKeyException ex) {
			session.removeAttribute(NEW_PHONE);
			return back(redirect, "phoneError", "registration.phone.taken");
		}
		if (!check.accepted()) {
			if (check.outcome() != OneTimeCodes.Outcome.WRONG) {
				session.removeAttribute(NEW_PHONE);
			}
			redirect.addFlashAttribute("triesLeft", check.triesLeft());
			return back(redirect, "phoneError", check.outcome().messageKey());
		}
		session.removeAttribute(NEW_PHONE);
		redirect.addFlashAttribute("phoneNotice", "settings.phone.changed");
		return "redirect:/pengaturan";
	}

	private static String back(RedirectAttributes redirect, String attribute, String messageKey) {
		redirect.addFlashAttribute(attribute, messageKey);
		return "redirect:/pengaturan";
	}

	private Account current(Authentication authentication) {
		return this.accounts.byId(UUID.fromString(authentication.getName())).orElseThrow();
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
