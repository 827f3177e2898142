package id.siapkerja.webkit.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The i18n guard every app runs on its own messages and templates: each message key
 * exists in Bahasa Indonesia (the default bundle) and in English, and no template carries
 * text a person reads without a message key.
 */
public final class I18nGuard {

	/**
	 * Attributes a person reads (or hears from a screen reader): they must come from
	 * messages too.
	 */
	private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "value");

	/** Text that is the same in every language. */
	private static final Set<String> NEUTRAL_TEXT = Set.of("×", "·", "|", "/", "-", "—", "*");

	private I18nGuard() {
	}

	/**
	 * Asserts that {@code <basename>.properties} (Bahasa Indonesia) and
	 * {@code <basename>_en.properties} (English) in the folder have the same keys and no
	 * empty value.
	 */
	public static void assertBundlesInSync(Path folder, String basename) {
		Properties indonesian = load(folder.resolve(basename + ".properties"));
		Properties english = load(folder.resolve(basename + "_en.properties"));
		Set<String> missingInEnglish = new TreeSet<>(indonesian.stringPropertyNames());
		missingInEnglish.removeAll(english.stringPropertyNames());
		Set<String> missingInIndonesian = new TreeSet<>(english.stringPropertyNames());
		missingInIndonesian.removeAll(indonesian.stringPropertyNames());
		assertThat(missingInEnglish).as("keys of %s.properties missing in %s_en.properties", basename, basename)
			.isEmpty();
		assertThat(missingInIndonesian).as("keys of %s_en.properties missing in %s.properties", basename, basename)
			.isEmpty();
		List<String> empty = new ArrayList<>();
		indonesian.forEach((key, value) -> {
			if (value.toString().isBlank()) {
				empty.add("id: " + key);
			}
		});
		english.forEach((key, value) -> {
			if (value.toString().isBlank()) {
				empty.add("en: " + key);
			}
		});
		assertThat(empty).as("messages without text").isEmpty();
		List<String> twice = new ArrayList<>();
		twice.addAll(keysWrittenTwice(folder.resolve(basename + ".properties")));
		twice.addAll(keysWrittenTwice(folder.resolve(basename + "_en.properties")));
		assertThat(twice).as("keys written twice (the last one silently wins)").isEmpty();
	}

	/** The keys a properties file defines more than once, as "file: key". */
	private static List<String> keysWrittenTwice(Path file) {
		Set<String> seen = new TreeSet<>();
		List<String> twice = new ArrayList<>();
		try {
			boolean continued = false;
			for (String line : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
				String trimmed = line.strip();
				boolean comment = trimmed.startsWith("#") || trimmed.startsWith("!");
				if (!continued && !comment && trimmed.contains("=")) {
					String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
					if (!seen.add(key)) {
						twice.add(file.getFileName() + ": " + key);
					}
				}
				continued = !comment && line.endsWith("\\");
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return twice;
	}

	/**
	 * Asserts that no template under the folder has text or a readable attribute that
	 * does not come from a message key ({@code th:text}, {@code th:utext},
	 * {@code th:placeholder}, ...). Text inside an element whose content Thymeleaf
	 * replaces is allowed, since a person never sees it.
	 */
	public static void assertNoHardCodedText(Path templates) {
		List<String> problems = new ArrayList<>();
		try (var files = Files.walk(templates)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).sorted().toList()) {
				Document document = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
				String name = templates.relativize(file).toString();
				for (Element element : document.getAllElements()) {
					check(element, name, problems);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(problems).as("hard-coded text in templates (use a message key)").isEmpty();
	}

	public static void assertNoHardCodedText(String templatesFolder) {
		assertNoHardCodedText(Path.of(templatesFolder));
	}

	private static void check(Element element, String file, List<String> problems) {
		String tag = element.tagName();
		if (tag.equals("script") || tag.equals("style") || replacedByThymeleaf(element)) {
			return;
		}
		for (TextNode text : element.textNodes()) {
			String value = text.text().strip();
			if (!value.isEmpty() && !NEUTRAL_TEXT.contains(value) && !insideReplaced(element)) {
				problems.add(file + ": <" + tag + "> \"" + abbreviate(value) + "\"");
			}
		}
		for (var attribute : element.attributes()) {
			if (READABLE_ATTRIBUTES.contains(attribute.getKey()) && !attribute.getValue().isBlank()
					&& !element.hasAttr("th:" + attribute.getKey()) && !insideReplaced(element)
					&& !(attribute.getKey().equals("value") && !isButtonLike(element))) {
				problems.add(file + ": <" + tag + " " + attribute.getKey() + "=\"" + abbreviate(attribute.getValue())
						+ "\">");
			}
		}
	}

	private static boolean isButtonLike(Element element) {
		String type = element.attr("type");
		return element.tagName().equals("input") && (type.equals("submit") || type.equals("button"));
	}

	private static boolean replacedByThymeleaf(Element element) {
		return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
				|| element.hasAttr("th:insert");
	}

	private static boolean insideReplaced(Element element) {
		for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
			if (replacedByThymeleaf(parent)) {
				return true;
			}
		}
		return false;
	}

	private static String abbreviate(String text) {
		return text.length() > 60 ? text.substring(0, 57) + "..." : text;
	}

	private static Properties load(Path file) {
		assertThat(file).as("message bundle").exists();
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
