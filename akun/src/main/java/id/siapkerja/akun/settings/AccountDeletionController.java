package id.siapkerja.akun.settings;

import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.PasswordRechecks;
import id.siapkerja.akun.settings.SettingsForms.AccountDeletionRequest;
import id.siapkerja.akun.sso.Issuer;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Hapus akun" ({@code /pengaturan/hapus-akun}): what is deleted, what is kept and why,
 * the password asked again; then {@code /akun-dihapus} says it is done.
 */
@Controller
@RequiredArgsConstructor
class AccountDeletionController {

	private final Accounts accounts;

	private final PasswordRechecks rechecks;

	private final AccountDeletion deletion;

	private final Issuer issuer;

	@GetMapping("/pengaturan/hapus-akun")
	String page(Authentication authentication, Model model) {
		model.addAttribute("account", current(authentication));
		model.addAttribute("deletion", AccountDeletionRequest.empty());
		return "settings/delete";
	}

	@PostMapping("/pengaturan/hapus-akun")
	String delete(@Valid @ModelAttribute("deletion") AccountDeletionRequest form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		Account account = current(authentication);
		if (!errors.hasFieldErrors("password")) {
			this.rechecks.problem(account, form.password(), request.getRemoteAddr())
				.ifPresent((problem) -> errors.rejectValue("password", problem));
		}
		if (errors.hasErrors()) {
			model.addAttribute("account", account);
			return "settings/delete";
		}
		this.deletion.delete(account, this.issuer.of(request));
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/akun-dihapus";
	}

	@GetMapping("/akun-dihapus")
	String deleted() {
		return "settings/deleted";
	}

	private Account current(Authentication authentication) {
		return this.accounts.byId(UUID.fromString(authentication.getName())).orElseThrow();
	}

}
