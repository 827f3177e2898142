package id.siapkerja.webkit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code ?lang=id} or {@code ?lang=en} on any page switches the language and remembers
 * it; other values change nothing.
 */
@RequiredArgsConstructor
class LanguageSwitch implements HandlerInterceptor {

	private final LocaleResolver localeResolver;

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if ("id".equals(lang)) {
			this.localeResolver.setLocale(request, response, WebKitAutoConfiguration.Languages.DEFAULT);
		}
		else if ("en".equals(lang)) {
			this.localeResolver.setLocale(request, response, WebKitAutoConfiguration.Languages.ENGLISH);
		}
		return true;
	}

}
