package id.siapkerja.jobfair.notification.web;

import java.util.Locale;

import id.siapkerja.jobfair.notification.Notifications;
import id.siapkerja.webkit.text.Times;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Pemberitahuan": the person's notifications, newest first, each linking to its object.
 */
@Controller
@RequiredArgsConstructor
class NotificationController {

	private static final Times TIMES = new Times();

	private final Notifications notifications;

	private final MessageSource messages;

	/** A notification in the person's language. */
	record Shown(String text, String link, String when, boolean read) {
	}

	@GetMapping("/pemberitahuan")
	String list(@AuthenticationPrincipal OidcUser user, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("notifications",
				this.notifications.of(user.getSubject())
					.stream()
					.map((n) -> new Shown(this.messages.getMessage(n.messageKey(), n.args(), locale), n.link(),
							TIMES.at(n.createdAt()), n.read()))
					.toList());
		return "notification/list";
	}

	@PostMapping("/pemberitahuan/dibaca")
	String markAllRead(@AuthenticationPrincipal OidcUser user) {
		this.notifications.markAllRead(user.getSubject());
		return "redirect:/pemberitahuan";
	}

}
