package id.siapkerja.akun.sso;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Izin aplikasi": the consent page a person sees when a service that is not part of
 * SIAPkerja asks for their data ({@code /izin}), and the list of the applications they
 * allowed, each revocable ({@code /aplikasi}).
 */
@Controller
@RequiredArgsConstructor
class ConsentController {

	private final RegisteredClientRepository clients;

	private final OAuth2AuthorizationConsentService consents;

	private final JdbcClient jdbc;

	/** A consented application, as the list shows it. */
	record Allowed(String clientId, String name, List<String> scopes) {
	}

	@GetMapping("/izin")
	String consent(@RequestParam(OAuth2Params.CLIENT_ID) String clientId,
			@RequestParam(OAuth2Params.SCOPE) String scope, @RequestParam(OAuth2Params.STATE) String state,
			Authentication authentication, Model model) {
		RegisteredClient client = this.clients.findByClientId(clientId);
		if (client == null) {
			return "redirect:/akun";
		}
		OAuth2AuthorizationConsent previous = this.consents.findById(client.getId(), authentication.getName());
		Set<String> granted = previous == null ? Set.of() : previous.getScopes();
		Set<String> toApprove = new LinkedHashSet<>();
		Set<String> alreadyApproved = new LinkedHashSet<>();
		for (String requested : scope.split(" ")) {
			if (OidcScopes.OPENID.equals(requested) || requested.isBlank()) {
				continue;
			}
			(granted.contains(requested) ? alreadyApproved : toApprove).add(requested);
		}
		model.addAttribute("clientId", clientId);
		model.addAttribute("clientName", client.getClientName());
		model.addAttribute("state", state);
		model.addAttribute("toApprove", toApprove);
		model.addAttribute("alreadyApproved", alreadyApproved);
		return "sso/consent";
	}

	@GetMapping("/aplikasi")
	String applications(Authentication authentication, Model model) {
		List<Allowed> allowed = new ArrayList<>();
		for (String[] row : this.jdbc
			.sql("select registered_client_id, authorities from oauth2_authorization_consent where principal_name = ?")
			.param(authentication.getName())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list()) {
			RegisteredClient client = this.clients.findById(row[0]);
			if (client != null) {
				List<String> scopes = new ArrayList<>();
				for (String authority : row[1].split(",")) {
					if (authority.startsWith("SCOPE_") && !authority.equals("SCOPE_openid")) {
						scopes.add(authority.substring("SCOPE_".length()));
					}
				}
				allowed.add(new Allowed(client.getClientId(), client.getClientName(), scopes));
			}
		}
		model.addAttribute("allowed", allowed);
		return "sso/applications";
	}

	@PostMapping("/aplikasi/cabut")
	@Transactional
	String revoke(@RequestParam String clientId, Authentication authentication, RedirectAttributes redirect) {
		RegisteredClient client = this.clients.findByClientId(clientId);
		if (client != null) {
			OAuth2AuthorizationConsent consent = this.consents.findById(client.getId(), authentication.getName());
			if (consent != null) {
				this.consents.remove(consent);
			}
			this.jdbc.sql("delete from oauth2_authorization where registered_client_id = ? and principal_name = ?")
				.params(client.getId(), authentication.getName())
				.update();
			redirect.addFlashAttribute("revoked", client.getClientName());
		}
		return "redirect:/aplikasi";
	}

	/** The OAuth 2.0 parameter names the consent page receives. */
	static final class OAuth2Params {

		static final String CLIENT_ID = "client_id";

		static final String SCOPE = "scope";

		static final String STATE = "state";

		private OAuth2Params() {
		}

	}

}
