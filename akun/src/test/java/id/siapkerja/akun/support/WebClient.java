package id.siapkerja.akun.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A small browser for integration tests: real HTTP to the running app, cookies kept,
 * redirects followed, forms filled from the page as a person would (hidden fields and the
 * CSRF token included). Each client comes from its own client address (through
 * {@code X-Forwarded-For}), so per-address limits of one test never touch another.
 */
public final class WebClient {

	private final String base;

	private final HttpClient http;

	private final String clientIp;

	public WebClient(int port) {
		this(port, randomAddress());
	}

	/** A client from the given address: people behind one carrier-grade NAT share it. */
	public WebClient(int port, String clientIp) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.clientIp = clientIp;
	}

	private static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198." + random.nextInt(18, 20) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
	}

	public String clientIp() {
		return this.clientIp;
	}

	/** A page as the browser shows it after following redirects. */
	public record Page(WebClient client, int status, String url, Document document) {

		public String text() {
			return this.document.text();
		}

		public Form form(String selector) {
			Element form = this.document.selectFirst(selector);
			if (form == null) {
				throw new AssertionError("No form " + selector + " on " + this.url + ":\n" + text());
			}
			return this.client.new Form(form);
		}

		public String path() {
			return URI.create(this.url).getPath();
		}

	}

	/** A form of a page, with its current values. */
	public final class Form {

		private final String action;

		/** Name and value pairs in page order; a name may repeat (checkboxes). */
		private final java.util.List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();

		public Form(Element form) {
			this.action = form.attr("action");
			for (Element input : form.select("input[name], select[name], textarea[name]")) {
				String type = input.attr("type");
				if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
					continue;
				}
				if (input.tagName().equals("select")) {
					Element selected = input.selectFirst("option[selected]");
					this.fields.add(Map.entry(input.attr("name"), selected == null ? "" : selected.attr("value")));
				}
				else if (!type.equals("submit")) {
					this.fields.add(Map.entry(input.attr("name"),
							input.tagName().equals("textarea") ? input.text() : input.val()));
				}
			}
		}

		public Form set(String name, String value) {
			remove(name);
			this.fields.add(Map.entry(name, value == null ? "" : value));
			return this;
		}

		public Form remove(String name) {
			this.fields.removeIf((field) -> field.getKey().equals(name));
			return this;
		}

		public Page submit() {
			return post(this.action, this.fields);
		}

		/** Sends the form and keeps the answer as it came: a file to save. */
		public Download download() {
			String body = this.fields.stream()
				.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
				.collect(Collectors.joining("&"));
			try {
				HttpResponse<byte[]> response = WebClient.this.http.send(HttpRequest.newBuilder(uri(this.action))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "text/html")
					.header("Accept-Language", "id")
					.header("X-Forwarded-For", WebClient.this.clientIp)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
				return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
						response.headers().firstValue("Content-Disposition").orElse(""), response.body());
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * Sends the form as multipart/form-data with one file, as a browser's upload
		 * does.
		 */
		public Page submitWithFile(String field, String filename, String contentType, byte[] content) {
			String boundary = "----siapkerja" + java.util.UUID.randomUUID();
			java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
			java.util.function.Consumer<String> text = (value) -> body
				.writeBytes(value.getBytes(StandardCharsets.UTF_8));
			for (Map.Entry<String, String> entry : this.fields) {
				if (entry.getKey().equals(field)) {
					continue;
				}
				text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + entry.getKey()
						+ "\"\r\n\r\n" + entry.getValue() + "\r\n");
			}
			text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
					+ filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
			body.writeBytes(content);
			text.accept("\r\n--" + boundary + "--\r\n");
			return follow(send(HttpRequest.newBuilder(uri(this.action))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))), 0);
		}

	}

	/** A file as the browser would save it. */
	public record Download(int status, String contentType, String disposition, byte[] body) {
	}

	/** A response as it came, redirects not followed. */
	public record Raw(int status, String location, String body) {
	}

	/** GET without following redirects (e.g. to see where an authorization ends). */
	public Raw getRaw(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
		return new Raw(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
	}

	/** GET without following redirects, with extra headers (e.g. Authorization). */
	public Raw getRawWith(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		HttpResponse<String> response = send(request, "application/json");
		return new Raw(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
	}

	/**
	 * POST a form without following redirects, with extra headers (e.g. Authorization).
	 */
	public Raw postRaw(String path, Map<String, String> form, String... headers) {
		String body = form.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		HttpResponse<String> response = send(request);
		return new Raw(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
	}

	public Page get(String path) {
		return follow(send(HttpRequest.newBuilder(uri(path)).GET()), 0);
	}

	public Page post(String path, Map<String, String> form) {
		return post(path, java.util.List.copyOf(form.entrySet()));
	}

	private Page post(String path, java.util.List<Map.Entry<String, String>> form) {
		String body = form.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return follow(send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))), 0);
	}

	private Page follow(HttpResponse<String> response, int hops) {
		if (response.statusCode() / 100 == 3 && hops < 10) {
			String location = response.headers().firstValue("Location").orElseThrow();
			java.net.URI target = response.uri().resolve(location);
			if (!target.toString().startsWith(this.base)) {
				// another site (e.g. a client's redirect URI): stop where a browser would
				// leave
				return new Page(this, response.statusCode(), target.toString(), Jsoup.parse("", target.toString()));
			}
			return follow(send(HttpRequest.newBuilder(response.uri().resolve(location)).GET()), hops + 1);
		}
		return new Page(this, response.statusCode(), response.uri().toString(),
				Jsoup.parse(response.body(), response.uri().toString()));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request, "text/html");
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String accept) {
		try {
			return this.http.send(request.setHeader("Accept", accept)
				.header("Accept-Language", "id")
				.header("X-Forwarded-For", this.clientIp)
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return path.startsWith("http") ? URI.create(path) : URI.create(this.base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
	}

}
