package id.siapkerja.jobfair.company.web;

import java.util.List;
import java.util.Map;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.company.CompanyMembership;
import id.siapkerja.jobfair.company.TeamMember;
import lombok.RequiredArgsConstructor;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Resolves a {@link CompanyMembership} parameter: the company is the path's {@code {c}}
 * (or {@code {id}} on the company's own pages, which have no {@code {c}}), the person the
 * logged-in one; 404 when the company does not exist or the person is not an active
 * member of its team. The one guard every company page had written out.
 */
@Component
@RequiredArgsConstructor
class CompanyMemberships implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final Companies companies;

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == CompanyMembership.class;
	}

	@Override
	public CompanyMembership resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		String given = (path == null) ? null : path.getOrDefault("c", path.get("id"));
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (given == null || authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		CompanyId company;
		try {
			company = CompanyId.valueOf(given);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		TeamMember.Role role = this.companies.roleOf(company, user.getSubject())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new CompanyMembership(
				this.companies.byId(company).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				role);
	}

}
