package id.siapkerja.akun.settings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import id.siapkerja.akun.account.AccountSessions;
import id.siapkerja.webkit.text.Times;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Sesi aktif": the person's logged-in sessions (browser, address, start, last seen),
 * each with "keluar dari sesi ini".
 */
@Controller
@RequiredArgsConstructor
class SessionsController {

	private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm 'WIB'")
		.withZone(Times.DEFAULT_ZONE);

	private final AccountSessions sessions;

	/** A line of the page. */
	record Line(String id, String browser, String clientIp, String started, String lastSeen, boolean current) {
	}

	@GetMapping("/sesi")
	String page(Authentication authentication, HttpSession session, Model model) {
		List<Line> lines = this.sessions.of(UUID.fromString(authentication.getName()))
			.stream()
			.map((s) -> new Line(s.id(), browser(s.browser()), s.clientIp(),
					s.startedAt() == null ? "" : WIB.format(s.startedAt()), WIB.format(s.lastSeen()),
					s.id().equals(session.getId())))
			.toList();
		model.addAttribute("lines", lines);
		return "settings/sessions";
	}

	@PostMapping("/sesi/keluar")
	String end(@RequestParam String id, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		boolean current = id.equals(request.getSession().getId());
		if (this.sessions.end(UUID.fromString(authentication.getName()), id)) {
			if (current) {
				return "redirect:/login?keluar";
			}
			redirect.addFlashAttribute("ended", true);
		}
		return "redirect:/sesi";
	}

	/** A short, readable name of a browser from its User-Agent. */
	static String browser(String agent) {
		if (agent == null || agent.isBlank()) {
			return "?";
		}
		String name = agent.contains("Edg/") ? "Edge" : agent.contains("Chrome/") ? "Chrome"
				: agent.contains("Firefox/") ? "Firefox" : agent.contains("Safari/") ? "Safari" : "";
		String system = agent.contains("Android") ? "Android"
				: agent.contains("iPhone") ? "iPhone" : agent.contains("Windows") ? "Windows"
						: agent.contains("Mac OS") ? "macOS" : agent.contains("Linux") ? "Linux" : "";
		String shown = (name + " " + system).strip();
		return shown.isEmpty() ? agent.substring(0, Math.min(60, agent.length())) : shown;
	}

}
