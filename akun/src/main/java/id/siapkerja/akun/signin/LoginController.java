package id.siapkerja.akun.signin;

import java.io.Serializable;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Masuk": the login page; the form posts to Spring Security's {@code /login}. */
@Controller
class LoginController {

	/** A refused login's message, kept in the session for the page after the redirect. */
	record Error(String messageKey, Object[] arguments) implements Serializable {
	}

	@GetMapping("/login")
	String page(HttpSession session, Model model, Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()) {
			return "redirect:/akun";
		}
		Object error = session.getAttribute(SecurityConfiguration.LOGIN_ERROR);
		Object typed = session.getAttribute(SecurityConfiguration.LOGIN_TYPED);
		session.removeAttribute(SecurityConfiguration.LOGIN_ERROR);
		session.removeAttribute(SecurityConfiguration.LOGIN_TYPED);
		model.addAttribute("error", error);
		model.addAttribute("typed", typed == null ? "" : typed);
		return "signin/login";
	}

}
