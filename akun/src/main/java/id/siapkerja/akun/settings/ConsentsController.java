package id.siapkerja.akun.settings;

import java.util.UUID;

import id.siapkerja.akun.account.Consents;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Persetujuan" ({@code /persetujuan}): what the person agreed to, to which version of
 * the privacy notice and when; the optional consents withdrawn or given again there.
 */
@Controller
@RequiredArgsConstructor
class ConsentsController {

	private final Consents consents;

	@GetMapping("/persetujuan")
	String page(Authentication authentication, Model model) {
		model.addAttribute("consents", this.consents.of(UUID.fromString(authentication.getName())));
		return "settings/consents";
	}

	@PostMapping("/persetujuan/{purpose}")
	String change(@PathVariable String purpose, @RequestParam(defaultValue = "false") boolean given,
			Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		Consents.Purpose chosen;
		try {
			chosen = Consents.Purpose.valueOf(purpose);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (chosen.required()) {
			redirect.addFlashAttribute("problem", "consents.required-stays");
			return "redirect:/persetujuan";
		}
		this.consents.change(UUID.fromString(authentication.getName()), chosen, given, request.getRemoteAddr());
		redirect.addFlashAttribute("done", given ? "consents.given" : "consents.withdrawn");
		redirect.addFlashAttribute("doneWhat", chosen.messageKey());
		return "redirect:/persetujuan";
	}

}
