package id.siapkerja.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a phone downloads for a page, as a browser would: the page and its stylesheets,
 * scripts and icon, compressed (Accept-Encoding: gzip), headers included. A repeat visit
 * downloads the page again and every file the browser may not keep ({@code immutable}
 * with a long {@code max-age} is kept).
 */
final class PageWeights {

	private static final Pattern LINKED = Pattern
		.compile("<(?:link|script)[^>]+(?:href|src)=\"(/[^\"]+\\.(?:css|js|svg))(?:\\?[^\"]*)?\"");

	private static final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** One page's weight. */
	record Weight(String page, int status, long firstVisitBytes, long repeatVisitBytes, int files, int filesKept) {

		List<String> row() {
			return List.of("`" + this.page + "`", String.valueOf(this.status),
					Report.format("%.1f", this.firstVisitBytes / 1024.0),
					Report.format("%.1f", this.repeatVisitBytes / 1024.0), this.filesKept + " of " + this.files);
		}

	}

	static List<String> header() {
		return List.of("page", "status", "first visit KB", "repeat visit KB", "files the browser keeps");
	}

	static Weight of(String baseUrl, String path, String cookie) throws Exception {
		HttpResponse<byte[]> page = get(baseUrl + path, cookie);
		long first = transferred(page);
		long repeat = first;
		String html = new String(unzipped(page), java.nio.charset.StandardCharsets.UTF_8);
		Set<String> files = new LinkedHashSet<>();
		Matcher matcher = LINKED.matcher(html);
		while (matcher.find()) {
			files.add(matcher.group(1));
		}
		int kept = 0;
		for (String file : files) {
			HttpResponse<byte[]> response = get(baseUrl + file, null);
			long bytes = transferred(response);
			first += bytes;
			String cache = response.headers().firstValue("Cache-Control").orElse("");
			if (cache.contains("immutable") && cache.contains("max-age=31536000")) {
				kept++;
			}
			else {
				repeat += bytes;
			}
		}
		return new Weight(path, page.statusCode(), first, repeat, files.size(), kept);
	}

	private static HttpResponse<byte[]> get(String url, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Accept-Encoding", "gzip")
			.header("Accept", "text/html,*/*")
			.timeout(Duration.ofSeconds(30));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Body as sent, status line and headers. */
	private static long transferred(HttpResponse<byte[]> response) {
		long headers = 17;
		for (var entry : response.headers().map().entrySet()) {
			for (String value : entry.getValue()) {
				headers += entry.getKey().length() + 2 + value.length() + 2;
			}
		}
		return headers + response.body().length;
	}

	private static byte[] unzipped(HttpResponse<byte[]> response) throws java.io.IOException {
		if (response.headers().firstValue("Content-Encoding").orElse("").contains("gzip")) {
			return new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes();
		}
		return response.body();
	}

	private PageWeights() {
	}

	static List<List<String>> rows(List<Weight> weights) {
		List<List<String>> rows = new ArrayList<>();
		weights.forEach((weight) -> rows.add(weight.row()));
		return rows;
	}

}
