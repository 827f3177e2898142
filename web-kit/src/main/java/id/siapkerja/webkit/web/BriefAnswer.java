package id.siapkerja.webkit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A "please try again" answer written without templates, sessions or the database (which
 * may be what failed): a small page in the person's language, or JSON for a script, with
 * {@code Retry-After}. A page asked for with GET asks again by itself after that time
 * (nothing is sent twice); a form sent with POST waits for the person's "Coba lagi".
 */
record BriefAnswer(String error, String titleId, String headingId, String textId, String titleEn, String headingEn,
		String textEn) {

	void write(HttpServletRequest request, HttpServletResponse response, int retryAfter) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Integer.toString(retryAfter));
		response.setHeader("Cache-Control", "no-store");
		boolean english = english(request);
		String accept = request.getHeader("Accept");
		String seconds = Integer.toString(retryAfter);
		String text = (english ? this.textEn : this.textId).formatted(seconds);
		if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
			response.setContentType("application/json");
			response.getOutputStream()
				.write(("{\"status\":503,\"error\":\"" + this.error + "\",\"message\":\"" + text
						+ "\",\"retryAfterSeconds\":" + seconds + "}")
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		String refresh = "GET".equals(request.getMethod())
				? "<meta http-equiv=\"refresh\" content=\"" + seconds + "\">\n" : "";
		String page = """
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="UTF-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				%s<title>%s — SIAPkerja</title>
				<link rel="stylesheet" href="/webkit/siapkerja.css"></head>
				<body><main class="container py-4"><h1>%s</h1>
				<p>%s</p><p><a class="btn btn-primary" href="">%s</a></p></main></body></html>
				""".formatted(english ? "en" : "id", refresh, english ? this.titleEn : this.titleId,
				english ? this.headingEn : this.headingId, text, english ? "Try again" : "Coba lagi");
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The language of the answer: the language cookie, else the browser's first choice.
	 */
	static boolean english(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if ("siapkerja-lang".equals(cookie.getName())) {
					return "en".equals(cookie.getValue());
				}
			}
		}
		String language = request.getHeader("Accept-Language");
		return language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
	}

}
