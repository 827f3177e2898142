package id.siapkerja.webkit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped lists behind the type-ahead: common job titles and several hundred skills;
 * and the normalization that makes "ms excel", "MS-Excel" and "Microsoft Excel" one skill
 * for matching. Shared by akun's profile and Jobfair's vacancies, so that a seeker's
 * skills and a vacancy's required skills are compared in the same form.
 */
public class Catalogs {

	/** Whole-name aliases people type, by their normalized form. */
	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("excel", "microsoft excel"),
			Map.entry("word", "microsoft word"), Map.entry("powerpoint", "microsoft powerpoint"),
			Map.entry("ppt", "microsoft powerpoint"), Map.entry("office", "microsoft office"),
			Map.entry("outlook", "microsoft outlook"), Map.entry("english", "bahasa inggris"),
			Map.entry("inggris", "bahasa inggris"), Map.entry("mandarin", "bahasa mandarin"),
			Map.entry("jepang", "bahasa jepang"), Map.entry("photoshop", "adobe photoshop"),
			Map.entry("illustrator", "adobe illustrator"), Map.entry("premiere", "adobe premiere pro"),
			Map.entry("js", "javascript"), Map.entry("ts", "typescript"), Map.entry("k3", "k3 umum"),
			Map.entry("postgres", "postgresql"), Map.entry("sql server", "microsoft sql server"),
			Map.entry("aws", "amazon web services"), Map.entry("gcp", "google cloud"));

	/** Word aliases inside a name. */
	private static final Map<String, String> WORDS = Map.of("ms", "microsoft", "bhs", "bahasa", "bhs.", "bahasa");

	private final List<String> jobTitles;

	private final Map<String, String> skillsByNormalized = new LinkedHashMap<>();

	public Catalogs() {
		this.jobTitles = read("/catalog/job-titles.txt");
		for (String skill : read("/catalog/skills.txt")) {
			this.skillsByNormalized.put(normalize(skill), skill);
		}
	}

	public List<String> jobTitles() {
		return this.jobTitles;
	}

	public List<String> skills() {
		return List.copyOf(this.skillsByNormalized.values());
	}

	/** The form skills are compared in: lower case, no punctuation, aliases resolved. */
	public static String normalize(String typed) {
		if (typed == null) {
			return "";
		}
		String lower = typed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#]+", " ").strip();
		StringBuilder words = new StringBuilder();
		for (String word : lower.split(" ")) {
			if (!word.isEmpty()) {
				if (!words.isEmpty()) {
					words.append(' ');
				}
				words.append(WORDS.getOrDefault(word, word));
			}
		}
		String normalized = words.toString();
		return ALIASES.getOrDefault(normalized, normalized);
	}

	/**
	 * The shipped name of a typed skill, or the typed text tidied when it is not in the
	 * list.
	 */
	public String skillName(String typed) {
		String known = this.skillsByNormalized.get(normalize(typed));
		return known != null ? known : typed.strip().replaceAll("\\s+", " ");
	}

	private static List<String> read(String resource) {
		try (InputStream in = Catalogs.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
