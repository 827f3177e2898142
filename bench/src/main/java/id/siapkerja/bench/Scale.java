package id.siapkerja.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * How big each scenario runs: {@link #full()} as a national fair asks, {@link #smoke()} a
 * few hundred rows and seconds each, for CI. Any size can be changed with
 * {@code --name=value} (e.g. {@code --fair-seekers=10000}).
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class Scale {

	private static final Map<String, String> FULL = sizes("sso-accounts=2000", "sso-concurrency=8",
			"sso-warm-up-seconds=20", "sso-seconds=60", "server-options-run=false", "fair-companies=200",
			"fair-vacancies=50000", "fair-seekers=50000", "fair-at-once=2000", "fair-per-minute=3000",
			"fair-grace-minutes=5", "fair-warm-up-seconds=60", "matching-sizes=500,5000,50000", "matching-warm-up=5",
			"matching-requests=50", "matching-applicants=40", "reminder-followers=50000", "reminder-timeout-minutes=20",
			"scale-out-companies=100", "scale-out-vacancies=5000", "scale-out-seekers=6000", "scale-out-users=24",
			"scale-out-seconds=120", "scale-out-warm-up-seconds=45", "scale-out-quota-percent=40", "crash-seekers=3000",
			"crash-per-second=25", "crash-kill-after-seconds=40", "dashboard-fairs=100",
			"dashboard-applications=1000000", "dashboard-followers=12000", "dashboard-admins=8",
			"dashboard-warm-up-seconds=20", "dashboard-seconds=60");

	private static final Map<String, String> SMOKE = sizes("sso-accounts=40", "sso-concurrency=4",
			"sso-warm-up-seconds=3", "sso-seconds=8", "server-options-run=false", "fair-companies=10",
			"fair-vacancies=300", "fair-seekers=300", "fair-at-once=50", "fair-per-minute=600", "fair-grace-minutes=2",
			"fair-warm-up-seconds=0", "matching-sizes=50,200,500", "matching-warm-up=2", "matching-requests=10",
			"matching-applicants=5", "reminder-followers=200", "reminder-timeout-minutes=3", "scale-out-companies=10",
			"scale-out-vacancies=300", "scale-out-seekers=300", "scale-out-users=4", "scale-out-seconds=10",
			"scale-out-warm-up-seconds=5", "scale-out-quota-percent=40", "crash-seekers=400", "crash-per-second=10",
			"crash-kill-after-seconds=12", "dashboard-fairs=5", "dashboard-applications=2000",
			"dashboard-followers=200", "dashboard-admins=2", "dashboard-warm-up-seconds=2", "dashboard-seconds=5");

	final String name;

	private final Map<String, String> values;

	static Scale full() {
		return new Scale("full", FULL);
	}

	static Scale smoke() {
		return new Scale("smoke", SMOKE);
	}

	/** This scale with some sizes changed. */
	Scale with(Map<String, String> overrides) {
		Map<String, String> changed = new LinkedHashMap<>(this.values);
		for (Map.Entry<String, String> entry : overrides.entrySet()) {
			if (!changed.containsKey(entry.getKey())) {
				throw new IllegalArgumentException("unknown size --" + entry.getKey() + "; known: " + changed.keySet());
			}
			changed.put(entry.getKey(), entry.getValue());
		}
		return new Scale(overrides.isEmpty() ? this.name : this.name + " (changed: " + overrides + ")", changed);
	}

	/** A smoke run: every check must pass, errors included (CI runs it). */
	boolean isSmoke() {
		return this.name.startsWith("smoke");
	}

	int number(String key) {
		return Integer.parseInt(value(key).replace("_", ""));
	}

	boolean yes(String key) {
		return Boolean.parseBoolean(value(key));
	}

	Duration seconds(String key) {
		return Duration.ofSeconds(number(key));
	}

	Duration minutes(String key) {
		return Duration.ofMinutes(number(key));
	}

	List<Integer> numbers(String key) {
		return Arrays.stream(value(key).split(",")).map(String::strip).map(Integer::valueOf).toList();
	}

	private String value(String key) {
		String value = this.values.get(key);
		if (value == null) {
			throw new IllegalArgumentException("no size " + key);
		}
		return value;
	}

	private static Map<String, String> sizes(String... pairs) {
		Map<String, String> sizes = new LinkedHashMap<>();
		for (String pair : pairs) {
			sizes.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		return sizes;
	}

}
