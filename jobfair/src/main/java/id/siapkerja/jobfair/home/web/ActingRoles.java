package id.siapkerja.jobfair.home.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.messaging.UnreadMessages;
import id.siapkerja.jobfair.notification.Notifications;
import id.siapkerja.jobfair.organizer.Organizer;
import id.siapkerja.jobfair.organizer.Organizers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;
import org.thymeleaf.context.LazyContextVariable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person may be a job seeker, a member of organizers and companies and Admin Pusat at
 * once: the header shows the role they act in and switches it ({@code /peran?ke=...}),
 * taking them to that role's page.
 */
@Controller
@ControllerAdvice
@RequiredArgsConstructor
class ActingRoles {

	static final String SESSION_KEY = "jobfair.acting-role";

	private final Organizers organizers;

	private final Companies companies;

	private final MessageSource messages;

	private final UnreadMessages unread;

	private final Notifications notifications;

	/**
	 * What the header shows is looked up only when a page is rendered, not for a form
	 * that redirects (Thymeleaf resolves a lazy variable on its first use).
	 */
	private static <T> LazyContextVariable<T> lazy(Supplier<T> value) {
		return new LazyContextVariable<>() {
			@Override
			protected T loadValue() {
				return value.get();
			}
		};
	}

	/** Unread messages of the logged-in person, shown in the header next to the role. */
	@ModelAttribute("unreadMessages")
	Object unreadMessages() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
			return null;
		}
		return lazy(() -> this.unread.of(user.getSubject()));
	}

	/** Unread notifications of the logged-in person: the bell in the header. */
	@ModelAttribute("unreadNotifications")
	Object unreadNotifications() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
			return null;
		}
		return lazy(() -> this.notifications.unread(user.getSubject()));
	}

	/** One role a person can act in. */
	public record Role(String key, String label, String home) {
	}

	/** The roles of the person and the one chosen. */
	public record Choice(List<Role> all, Role current) {
	}

	@ModelAttribute("actingRoles")
	Object actingRoles(HttpSession session, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
			return null;
		}
		Object chosen = session.getAttribute(SESSION_KEY);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Locale locale = LocaleContextHolder.getLocale();
		return lazy(() -> {
			List<Role> roles = roles(user, authentication, locale);
			return new Choice(roles, current(roles, chosen, path));
		});
	}

	/**
	 * The role the page being looked at is managed in ("Sebagai: …" follows the page: a
	 * company's pages say that company, Halaman Pengelola an organizer, Admin Pusat's
	 * pages the admin, the portfolio the job seeker); elsewhere the role last chosen.
	 */
	static Role current(List<Role> roles, Object chosen, String path) {
		Predicate<Role> byPage = null;
		Matcher company = COMPANY_PAGE.matcher(path);
		if (company.lookingAt()) {
			String key = "perusahaan:" + company.group(1);
			byPage = (role) -> role.key().equals(key);
		}
		else if (path.startsWith("/kelola")) {
			byPage = (role) -> role.key().startsWith("penyelenggara:");
		}
		else if (path.startsWith("/admin")) {
			byPage = (role) -> role.key().equals("admin");
		}
		else if (path.startsWith("/portofolio")) {
			byPage = (role) -> role.key().equals("pencaker");
		}
		Optional<Role> last = roles.stream().filter((role) -> role.key().equals(chosen)).findFirst();
		if (byPage != null) {
			if (last.isPresent() && byPage.test(last.get())) {
				return last.get();
			}
			Optional<Role> fitting = roles.stream().filter(byPage).findFirst();
			if (fitting.isPresent()) {
				return fitting.get();
			}
		}
		return last.orElse(roles.get(0));
	}

	private static final Pattern COMPANY_PAGE = Pattern.compile("/perusahaan/([0-9a-fA-F-]{36})(/|$)");

	@GetMapping("/peran")
	String switchTo(@RequestParam(name = "ke") String key, HttpSession session) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
			return "redirect:/oauth2/authorization/akun";
		}
		return roles(user, authentication, LocaleContextHolder.getLocale()).stream()
			.filter((role) -> role.key().equals(key))
			.findFirst()
			.map((role) -> {
				session.setAttribute(SESSION_KEY, role.key());
				return "redirect:" + role.home();
			})
			.orElse("redirect:/");
	}

	private List<Role> roles(OidcUser user, Authentication authentication, Locale locale) {
		List<Role> roles = new ArrayList<>();
		roles.add(new Role("pencaker", message(locale, "role.seeker"), "/saya"));
		for (Organizer organizer : this.organizers.of(user.getSubject())) {
			roles.add(new Role("penyelenggara:" + organizer.id(), message(locale, "role.organizer", organizer.name()),
					"/kelola"));
		}
		for (Company company : this.companies.of(user.getSubject())) {
			roles.add(new Role("perusahaan:" + company.id(), message(locale, "role.company", company.name()),
					"/perusahaan/" + company.id()));
		}
		if (authentication.getAuthorities().stream().anyMatch((a) -> a.getAuthority().equals("ROLE_ADMIN_PUSAT"))) {
			roles.add(new Role("admin", message(locale, "role.admin"), "/admin"));
		}
		return roles;
	}

	private String message(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
