package id.siapkerja.jobfair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/steps.md}: every step of the user guide (its ID in DOMAIN.md: {@code A-2},
 * {@code J-S-e}, …) with the places of akun and Jobfair that say they do it, so a
 * newcomer goes from a step to its code in one hop. Written from the code; when the
 * committed file differs it is rewritten and the test fails, so the index never goes
 * stale unnoticed.
 */
class SeedStepsIndexTests {

	static final Path INDEX = Path.of("../docs/steps.md");

	private static final Pattern STEP = Pattern.compile("(?<![\\w-])(A-\\d[a-z]?|J-[OCS]-[a-z])(?![\\w-])");

	@Test
	void theIndexOfSeedStepsIsCurrent() throws IOException {
		String written = index(Map.of("akun", Path.of("../akun"), "jobfair", Path.of(".")));
		assertThat(written).contains("| J-S-e |").contains("| A-2 |");
		String committed = Files.exists(INDEX) ? Files.readString(INDEX) : "";
		if (!committed.equals(written)) {
			Files.writeString(INDEX, written);
		}
		assertThat(committed).as("docs/steps.md was stale and has been rewritten: commit it").isEqualTo(written);
	}

	@Test
	void aStepIsFoundWhereTheCodeNamesIt() {
		Map<String, List<String>> found = new TreeMap<>();
		collect("// J-S-e: \"Lamar sekarang\" (not J-S-ee nor XJ-S-e)\n/** A-2b and A-3 */",
				"jobfair/src/main/java/id/siapkerja/jobfair/application/X.java", found);
		assertThat(found.keySet()).containsExactly("A-2b", "A-3", "J-S-e");
		assertThat(found.get("J-S-e")).containsExactly(
				"[jobfair/application/X.java](../jobfair/src/main/java/id/siapkerja/jobfair/application/X.java)");
	}

	/**
	 * The index over the main code of each app (by its folder's name in the repository).
	 */
	static String index(Map<String, Path> apps) {
		Map<String, List<String>> found = new TreeMap<>(SeedStepsIndexTests::byStep);
		for (Map.Entry<String, Path> app : new TreeMap<>(apps).entrySet()) {
			try (Stream<Path> files = Files.walk(app.getValue().resolve("src/main"))) {
				files.filter((file) -> file.toString().endsWith(".java") || file.toString().endsWith(".html"))
					.sorted()
					.forEach((file) -> collect(read(file),
							app.getKey() + "/" + app.getValue().relativize(file).toString().replace('\\', '/'), found));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		StringBuilder out = new StringBuilder(
				"""
						# Seed steps → code

						Each step of the user guide (`../shared/seed/panduan-siapkerja-jobfair.md`), by its ID in
						`../shared/design/DOMAIN.md`, with the files that say they do it (a comment or Javadoc naming the ID).
						Written by `SeedStepsIndexTests` (Jobfair's tests): name a step's ID where its code is, and the index follows.

						| step | where |
						|---|---|
						""");
		found.forEach((step, places) -> out.append("| ")
			.append(step)
			.append(" | ")
			.append(String.join("<br>", places))
			.append(" |\n"));
		return out.toString();
	}

	static void collect(String text, String file, Map<String, List<String>> found) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher step = STEP.matcher(lines[i]);
			while (step.find()) {
				String place = "[" + file.replaceFirst("^(\\w+)/src/main/java/id/siapkerja/\\1/", "$1/")
					.replaceFirst("^(\\w+)/src/main/resources/", "$1/") + "](../" + file + ")";
				List<String> places = found.computeIfAbsent(step.group(1), (key) -> new ArrayList<>());
				if (!places.contains(place)) {
					places.add(place);
				}
			}
		}
	}

	/**
	 * A-1 … A-7, then Jobfair's organizer, company and seeker steps in the guide's order.
	 */
	private static int byStep(String a, String b) {
		return rank(a).compareTo(rank(b));
	}

	private static String rank(String step) {
		return (step.startsWith("A-") ? "0" : step.startsWith("J-O") ? "1" : step.startsWith("J-C") ? "2" : "3") + step;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
