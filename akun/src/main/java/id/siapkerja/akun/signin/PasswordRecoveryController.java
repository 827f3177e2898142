package id.siapkerja.akun.signin;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.LinkTokens;
import id.siapkerja.akun.account.OneTimeCodes;
import id.siapkerja.akun.account.PasswordPolicy;
import id.siapkerja.akun.signin.RecoveryForms.Request;
import id.siapkerja.akun.signin.RecoveryForms.Reset;
import id.siapkerja.akun.sso.Issuer;
import id.siapkerja.webkit.region.Regions;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Lupa password" pages. The answer to a request is the same whether or not an account
 * matches, so the page does not tell who is registered.
 */
@Controller
@RequiredArgsConstructor
class PasswordRecoveryController {

	static final String RESET_ACCOUNT = "akun.reset.account";

	/** Wrong codes typed for a login that matched no account. */
	static final String WRONG_CODES = "akun.reset.wrong-codes";

	private final Issuer issuer;

	private final Accounts accounts;

	private final LinkTokens links;

	private final OneTimeCodes codes;

	private final PasswordRecovery recovery;

	private final Regions regions;

	@GetMapping("/lupa-password")
	String page(Model model) {
		model.addAttribute("form", Request.empty());
		return "signin/forgot";
	}

	@PostMapping("/lupa-password")
	String request(@Valid @ModelAttribute("form") Request form, BindingResult errors, HttpServletRequest request,
			HttpSession session, Model model, Locale locale) {
		if (errors.hasErrors()) {
			return "signin/forgot";
		}
		Optional<Account> account = this.accounts.byLogin(form.identitas(), this.regions).filter(Account::active);
		if (form.bySms()) {
			// an unknown account gets a random id: the code page looks the same and no
			// code will ever match. A sending refused (too soon, a limit) is not told
			// here either, or the answer would show that the account exists: the code
			// page says how often a code may be asked for, and an earlier code still
			// works
			session.setAttribute(RESET_ACCOUNT, account.map(Account::id).orElseGet(UUID::randomUUID));
			session.removeAttribute(WRONG_CODES);
			account.ifPresent((found) -> this.recovery.sendCode(found, request.getRemoteAddr(), locale));
			return "redirect:/lupa-password/kode";
		}
		account.ifPresent((found) -> this.recovery.sendLink(found, request.getRemoteAddr(), locale,
				ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()));
		model.addAttribute("sent", "recovery.sent.email");
		return "signin/forgot";
	}

	@GetMapping("/lupa-password/kode")
	String codePage(HttpSession session, Model model) {
		model.addAttribute("form", Reset.withToken(""));
		return session.getAttribute(RESET_ACCOUNT) == null ? "redirect:/lupa-password" : "signin/reset-code";
	}

	@PostMapping("/lupa-password/kode")
	String resetWithCode(@ModelAttribute("form") Reset form, BindingResult errors, HttpSession session,
			HttpServletRequest request) {
		UUID account = (UUID) session.getAttribute(RESET_ACCOUNT);
		if (account == null) {
			return "redirect:/lupa-password";
		}
		boolean known = this.accounts.byId(account).isPresent();
		Optional<String> problem = this.recovery.problem(account, form.password(), form.passwordConfirmation());
		if (problem.isPresent()) {
			errors.rejectValue(Reset.fieldOf(problem.get()), problem.get(), PASSWORD_LENGTHS, null);
			return "signin/reset-code";
		}
		OneTimeCodes.Check check = known
				? this.codes.check(account, OneTimeCodes.Purpose.PASSWORD_RESET, form.code(), request.getRemoteAddr())
				: wrongCodeOfNobody(session);
		if (!check.accepted()) {
			errors.rejectValue("code", check.outcome().messageKey(), new Object[] { check.triesLeft() }, null);
			return "signin/reset-code";
		}
		this.recovery.reset(account, form.password(), request.getRemoteAddr(), this.issuer.of(request));
		session.removeAttribute(RESET_ACCOUNT);
		return "redirect:/login?password-baru";
	}

	/**
	 * The answer to a code typed for a login that matched no account: counted down like a
	 * real code's tries, so "Sisa percobaan" does not tell the two apart.
	 */
	private static OneTimeCodes.Check wrongCodeOfNobody(HttpSession session) {
		Integer before = (Integer) session.getAttribute(WRONG_CODES);
		int tries = (before == null ? 0 : before) + 1;
		session.setAttribute(WRONG_CODES, tries);
		if (tries > OneTimeCodes.MAX_WRONG_TRIES) {
			return new OneTimeCodes.Check(OneTimeCodes.Outcome.NO_CODE, 0, null);
		}
		return (tries == OneTimeCodes.MAX_WRONG_TRIES)
				? new OneTimeCodes.Check(OneTimeCodes.Outcome.TOO_MANY_TRIES, 0, null)
				: new OneTimeCodes.Check(OneTimeCodes.Outcome.WRONG, OneTimeCodes.MAX_WRONG_TRIES - tries, null);
	}

	@GetMapping("/lupa-password/baru")
	String linkPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("form", Reset.withToken(token));
		model.addAttribute("valid", this.links.find(token, LinkTokens.Purpose.PASSWORD_RESET).isPresent());
		return "signin/reset-link";
	}

	@PostMapping("/lupa-password/baru")
	String resetWithLink(@ModelAttribute("form") Reset form, BindingResult errors, HttpServletRequest request,
			Model model) {
		Optional<LinkTokens.Link> link = this.links.find(form.token(), LinkTokens.Purpose.PASSWORD_RESET);
		model.addAttribute("valid", link.isPresent());
		if (link.isEmpty()) {
			return "signin/reset-link";
		}
		Optional<String> problem = this.recovery.problem(link.get().account(), form.password(),
				form.passwordConfirmation());
		if (problem.isPresent()) {
			errors.rejectValue(Reset.fieldOf(problem.get()), problem.get(), PASSWORD_LENGTHS, null);
			return "signin/reset-link";
		}
		if (this.links.use(form.token(), LinkTokens.Purpose.PASSWORD_RESET).isEmpty()) {
			model.addAttribute("valid", false);
			return "signin/reset-link";
		}
		this.recovery.reset(link.get().account(), form.password(), request.getRemoteAddr(), this.issuer.of(request));
		return "redirect:/login?password-baru";
	}

	/** The arguments of the password policy's messages: at least, at most. */
	private static final Object[] PASSWORD_LENGTHS = { PasswordPolicy.MINIMUM_LENGTH, PasswordPolicy.MAXIMUM_LENGTH };

}
