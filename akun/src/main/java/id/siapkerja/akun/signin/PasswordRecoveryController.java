package id.siapkerja.akun.signin;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.LinkTokens;
import id.siapkerja.akun.account.OneTimeCodes;
import id.siapkerja.webkit.region.Regions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Lupa password" pages. The answer to a request is the same whether or not an account
 * matches, so the page does not tell who is registered.
 */
@Controller
class PasswordRecoveryController {

	static final String RESET_ACCOUNT = "akun.reset.account";

	private final Accounts accounts;

	private final LinkTokens links;

	private final OneTimeCodes codes;

	private final PasswordRecovery recovery;

	private final Regions regions;

	private final id.siapkerja.akun.sso.Issuer issuer;

	private final java.time.Clock clock;

	PasswordRecoveryController(id.siapkerja.akun.sso.Issuer issuer, Accounts accounts, LinkTokens links,
			OneTimeCodes codes, PasswordRecovery recovery, Regions regions, java.time.Clock clock) {
		this.clock = clock;
		this.issuer = issuer;
		this.accounts = accounts;
		this.links = links;
		this.codes = codes;
		this.recovery = recovery;
		this.regions = regions;
	}

	@GetMapping("/lupa-password")
	String page(Model model) {
		model.addAttribute("channel", "email");
		return "signin/forgot";
	}

	@PostMapping("/lupa-password")
	String request(@RequestParam(defaultValue = "") String identitas,
			@RequestParam(defaultValue = "email") String channel, HttpServletRequest request, HttpSession session,
			Model model, Locale locale) {
		model.addAttribute("identitas", identitas);
		model.addAttribute("channel", channel);
		if (identitas.isBlank()) {
			model.addAttribute("error", "recovery.identity.required");
			return "signin/forgot";
		}
		Optional<Account> account = this.accounts.byLogin(identitas.strip(), this.regions).filter(Account::active);
		if ("sms".equals(channel)) {
			// an unknown account gets a random id: the code page looks the same and no
			// code will ever match
			session.setAttribute(RESET_ACCOUNT, account.map(Account::id).orElseGet(UUID::randomUUID));
			if (account.isPresent()) {
				OneTimeCodes.Sending sending = this.recovery.sendCode(account.get(), request.getRemoteAddr(), locale);
				if (!sending.sent()) {
					model.addAttribute("error", sending.refusal().messageKey());
					// the message says when to try again: "Tunggu {0} detik", "{1} menit
					// lagi"
					java.time.Instant now = this.clock.instant();
					model.addAttribute("retrySeconds", sending.retryInSeconds(now));
					model.addAttribute("retryMinutes", sending.retryInMinutes(now));
					return "signin/forgot";
				}
			}
			return "redirect:/lupa-password/kode";
		}
		account.ifPresent((found) -> this.recovery.sendLink(found, request.getRemoteAddr(), locale,
				ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()));
		model.addAttribute("sent", "recovery.sent.email");
		return "signin/forgot";
	}

	@GetMapping("/lupa-password/kode")
	String codePage(HttpSession session) {
		return session.getAttribute(RESET_ACCOUNT) == null ? "redirect:/lupa-password" : "signin/reset-code";
	}

	@PostMapping("/lupa-password/kode")
	String resetWithCode(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordConfirmation, HttpSession session,
			HttpServletRequest request, Model model) {
		UUID account = (UUID) session.getAttribute(RESET_ACCOUNT);
		if (account == null) {
			return "redirect:/lupa-password";
		}
		boolean known = this.accounts.byId(account).isPresent();
		if (known) {
			Optional<String> problem = this.recovery.problem(account, password, passwordConfirmation);
			if (problem.isPresent()) {
				model.addAttribute("passwordError", problem.get());
				return "signin/reset-code";
			}
		}
		OneTimeCodes.Check check = known
				? this.codes.check(account, OneTimeCodes.Purpose.PASSWORD_RESET, code, request.getRemoteAddr())
				: new OneTimeCodes.Check(OneTimeCodes.Outcome.WRONG, 0, null);
		if (!check.accepted()) {
			model.addAttribute("codeError", check.outcome().messageKey());
			model.addAttribute("triesLeft", check.triesLeft());
			return "signin/reset-code";
		}
		this.recovery.reset(account, password, request.getRemoteAddr(), this.issuer.of(request));
		session.removeAttribute(RESET_ACCOUNT);
		return "redirect:/login?password-baru";
	}

	@GetMapping("/lupa-password/baru")
	String linkPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("valid", this.links.find(token, LinkTokens.Purpose.PASSWORD_RESET).isPresent());
		return "signin/reset-link";
	}

	@PostMapping("/lupa-password/baru")
	String resetWithLink(@RequestParam(defaultValue = "") String token,
			@RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordConfirmation, HttpServletRequest request, Model model) {
		model.addAttribute("token", token);
		Optional<LinkTokens.Link> link = this.links.find(token, LinkTokens.Purpose.PASSWORD_RESET);
		if (link.isEmpty()) {
			model.addAttribute("valid", false);
			return "signin/reset-link";
		}
		model.addAttribute("valid", true);
		Optional<String> problem = this.recovery.problem(link.get().account(), password, passwordConfirmation);
		if (problem.isPresent()) {
			model.addAttribute("passwordError", problem.get());
			return "signin/reset-link";
		}
		if (this.links.use(token, LinkTokens.Purpose.PASSWORD_RESET).isEmpty()) {
			model.addAttribute("valid", false);
			return "signin/reset-link";
		}
		this.recovery.reset(link.get().account(), password, request.getRemoteAddr(), this.issuer.of(request));
		return "redirect:/login?password-baru";
	}

}
