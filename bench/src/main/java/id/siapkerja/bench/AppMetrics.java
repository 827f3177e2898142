package id.siapkerja.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's own view of a run, from its Prometheus metrics ({@code /actuator/prometheus}
 * with the development metrics token): read before and after, and sampled every second in
 * between for the admission queue.
 */
final class AppMetrics implements AutoCloseable {

	/** The development token of the metrics endpoint (application-dev.properties). */
	static final String DEV_TOKEN = "metrik-dev";

	/**
	 * A sample: name, labels (whose quoted values may hold braces, as URI templates do),
	 * value.
	 */
	private static final Pattern LINE = Pattern
		.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*\\})?\\s+(\\S+)");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String baseUrl;

	private final Map<String, Double> before;

	private volatile double maxWaiting;

	private volatile double maxWorking;

	private final Thread sampler;

	private volatile boolean running = true;

	private AppMetrics(String baseUrl) {
		this.baseUrl = baseUrl;
		this.before = read(baseUrl);
		this.sampler = Thread.ofVirtual().start(() -> {
			while (this.running) {
				Map<String, Double> now = read(baseUrl);
				this.maxWaiting = Math.max(this.maxWaiting, now.getOrDefault("siapkerja_admission_waiting", 0.0));
				this.maxWorking = Math.max(this.maxWorking, now.getOrDefault("siapkerja_admission_working", 0.0));
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
	}

	/** Starts watching an app. */
	static AppMetrics watch(String baseUrl) {
		return new AppMetrics(baseUrl);
	}

	/** What the app saw between the start of the watch and now. */
	record View(Map<String, Double> requestsByStatus, double meanRequestMillis, double applications, double refused,
			double maxWaiting, double maxWorking, double outboxWaiting) {

		/** The view as report lines. */
		List<String> lines() {
			List<String> lines = new java.util.ArrayList<>();
			StringBuilder statuses = new StringBuilder();
			this.requestsByStatus.forEach((status, count) -> statuses.append(statuses.isEmpty() ? "" : ", ")
				.append(status)
				.append(": ")
				.append(Report.format("%,.0f", count)));
			lines.add("requests answered by status (`http_server_requests_seconds_count`): " + statuses);
			lines.add(Report.format("mean time in the app per request: %.0f ms (`http_server_requests_seconds`)",
					this.meanRequestMillis));
			lines.add(Report.format("applications stored (`siapkerja_applications_submitted_total`): %,.0f",
					this.applications));
			lines.add(Report.format("answered \"coba lagi sebentar\" (`siapkerja_admission_refused_total`): %,.0f",
					this.refused));
			lines.add(Report.format(
					"most requests worked on at once: %.0f; most waiting their turn: %.0f (`siapkerja_admission_*`, "
							+ "sampled every second)",
					this.maxWorking, this.maxWaiting));
			return lines;
		}

	}

	View view() {
		Map<String, Double> after = read(this.baseUrl);
		Map<String, Double> byStatus = new TreeMap<>();
		double count = 0;
		double seconds = 0;
		for (Map.Entry<String, Double> entry : after.entrySet()) {
			String key = entry.getKey();
			double delta = entry.getValue() - this.before.getOrDefault(key, 0.0);
			if (key.startsWith("http_server_requests_seconds_count{") && !key.contains("/actuator")) {
				Matcher status = Pattern.compile("status=\"(\\d+)\"").matcher(key);
				if (status.find() && delta > 0) {
					byStatus.merge(status.group(1), delta, Double::sum);
				}
				count += delta;
			}
			else if (key.startsWith("http_server_requests_seconds_sum{") && !key.contains("/actuator")) {
				seconds += delta;
			}
		}
		return new View(byStatus, count > 0 ? 1000 * seconds / count : 0,
				delta(after, "siapkerja_applications_submitted_total"),
				delta(after, "siapkerja_admission_refused_total"), this.maxWaiting, this.maxWorking,
				after.getOrDefault("siapkerja_outbox_waiting", 0.0));
	}

	private double delta(Map<String, Double> after, String name) {
		return after.getOrDefault(name, 0.0) - this.before.getOrDefault(name, 0.0);
	}

	@Override
	public void close() {
		this.running = false;
		this.sampler.interrupt();
	}

	/** Every sample of the endpoint, keyed by name and labels; names alone summed. */
	static Map<String, Double> read(String baseUrl) {
		Map<String, Double> values = new LinkedHashMap<>();
		try {
			HttpResponse<String> response = http
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
					.header("Authorization", "Bearer " + DEV_TOKEN)
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return values;
			}
			for (String line : response.body().split("\n")) {
				if (line.startsWith("#")) {
					continue;
				}
				Matcher matcher = LINE.matcher(line);
				if (matcher.find()) {
					double value;
					try {
						value = Double.parseDouble(matcher.group(3));
					}
					catch (NumberFormatException ex) {
						continue;
					}
					String labels = matcher.group(2) == null ? "" : matcher.group(2);
					values.put(matcher.group(1) + labels, value);
					if (!labels.isEmpty()) {
						values.merge(matcher.group(1), value, Double::sum);
					}
				}
			}
		}
		catch (java.io.IOException ex) {
			return values;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return values;
	}

}
