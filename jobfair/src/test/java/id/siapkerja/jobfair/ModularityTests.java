package id.siapkerja.jobfair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.siapkerja.webkit.modules.OwnsTables;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jobfair's walls: the modules' dependencies (Spring Modulith), and what it cannot see —
 * each table of the migrations has one owning module ({@link OwnsTables}), and a module's
 * SQL names only its own tables. Also writes the module diagrams into {@code docs/}.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(JobfairApplication.class);

	/**
	 * Tables of web-kit's outbox and of Spring Modulith's event registry that Jobfair's
	 * migrations create: no module owns them.
	 */
	static final Set<String> INFRASTRUCTURE = Set.of("outbox_message", "event_publication");

	/** A module's web floor. */
	static final String WEB = "id.siapkerja.jobfair.*.web";

	static final Path SOURCES = Path.of("src/main/java");

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern CREATED = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	/** Where SQL names a table. */
	private static final Pattern NAMED = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table|exists)\\s+(?:only\\s+)?(\\w+)");

	@Test
	void theModulesDependOnlyOnEachOthersApis() {
		MODULES.verify();
	}

	/**
	 * ADR 10: what answers HTTP (controllers, advice, forms) lives on its module's
	 * {@code web} floor; the rest of a module never reaches up to it nor speaks Spring
	 * MVC.
	 */
	@Test
	void pagesLiveOnTheWebFloor() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("id.siapkerja.jobfair");
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.or()
			.areAnnotatedWith(ControllerAdvice.class)
			.should()
			.resideInAPackage(WEB)
			.check(classes);
		classes().that()
			.areTopLevelClasses()
			.and()
			.haveSimpleNameEndingWith("Form")
			.should()
			.resideInAPackage(WEB)
			.check(classes);
		noClasses().that()
			.resideOutsideOfPackage(WEB)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(WEB)
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.ui..", "org.springframework.web.bind.annotation..",
					"org.springframework.web.servlet.mvc.support..")
			.check(classes);
	}

	@Test
	void everyModuleSaysWhichModulesItMayUse() {
		assertThat(MODULES.stream()
			.filter((module) -> module.getBasePackage()
				.getAnnotation(ApplicationModule.class)
				.map((declared) -> List.of(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN))
				.orElse(true))
			.map((module) -> module.getName())).as("modules without allowedDependencies in their package-info")
			.isEmpty();
	}

	@Test
	void everyTableOfTheMigrationsHasOneOwner() {
		Map<String, String> owners = owners();
		Set<String> unowned = new TreeSet<>(tables());
		unowned.removeAll(owners.keySet());
		unowned.removeAll(INFRASTRUCTURE);
		assertThat(unowned).as("tables no module owns (@OwnsTables on its package-info)").isEmpty();
		assertThat(owners.keySet()).as("owned tables the migrations create").isSubsetOf(tables());
	}

	@Test
	void aModulesSqlNamesOnlyItsOwnTables() {
		assertThat(reachesAcross(owners())).isEmpty();
	}

	@Test
	void aReachAcrossIsFound() {
		Map<String, String> owners = Map.of("fair", "fair", "fair_follower", "seeker", "member", "member");
		String source = """
				class Reminders {
					String sql = \"""
							select ff.sub from fair f join fair_follower ff on ff.fair_id = f.id
							\""";
					String other = "update member set name = ? where sub = ?";
				}
				""";
		assertThat(namedTables(source)).contains("fair", "fair_follower", "member");
		assertThat(foreign("seeker", namedTables(source), owners)).containsExactly("fair", "member");
	}

	/**
	 * The diagrams go to {@code docs/modules/jobfair}, a file replaced only when what it
	 * says changed (Spring Modulith writes the same relationships in a varying order).
	 */
	@Test
	void writesTheModuleDiagrams() throws IOException {
		Path written = Path.of("target/spring-modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		Path docs = Path.of("../docs/modules/jobfair");
		Files.createDirectories(docs);
		try (Stream<Path> diagrams = Files.list(written)) {
			for (Path diagram : diagrams.filter((file) -> file.toString().endsWith(".puml")).toList()) {
				Path kept = docs.resolve(diagram.getFileName());
				if (!Files.exists(kept) || !sortedLines(kept).equals(sortedLines(diagram))) {
					Files.copy(diagram, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		assertThat(docs.resolve("components.puml")).exists();
	}

	private static List<String> sortedLines(Path file) {
		return read(file).lines().sorted().toList();
	}

	/**
	 * "module/File.java names table (owner's)" for every table a module names but does
	 * not own.
	 */
	static List<String> reachesAcross(Map<String, String> owners) {
		List<String> found = new ArrayList<>();
		for (var module : MODULES) {
			Path folder = SOURCES.resolve(module.getBasePackage().getName().replace('.', '/'));
			try (Stream<Path> files = Files.walk(folder)) {
				files.filter((file) -> file.toString().endsWith(".java")).sorted().forEach((file) -> {
					for (String table : foreign(module.getIdentifier().toString(), namedTables(read(file)), owners)) {
						found.add(folder.getParent().relativize(file) + " names " + table + " (" + owners.get(table)
								+ "'s)");
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return found;
	}

	static Set<String> namedTables(String source) {
		Set<String> named = new TreeSet<>();
		Matcher literal = STRING.matcher(source);
		while (literal.find()) {
			String text = (literal.group(1) != null) ? literal.group(1) : literal.group(2);
			Matcher name = NAMED.matcher(text);
			while (name.find()) {
				named.add(name.group(1).toLowerCase(java.util.Locale.ROOT));
			}
		}
		return named;
	}

	static List<String> foreign(String module, Set<String> named, Map<String, String> owners) {
		return named.stream()
			.filter((table) -> owners.containsKey(table) && !owners.get(table).equals(module))
			.sorted()
			.toList();
	}

	/** Each owned table with its module; a table claimed twice fails. */
	static Map<String, String> owners() {
		Map<String, String> owners = new TreeMap<>();
		for (var module : MODULES) {
			String name = module.getBasePackage().getName();
			OwnsTables owned = packageInfo(name);
			if (owned == null) {
				continue;
			}
			for (String table : owned.value()) {
				String before = owners.put(table, module.getIdentifier().toString());
				assertThat(before).as(table + " owned by two modules").isNull();
			}
		}
		return owners;
	}

	private static OwnsTables packageInfo(String packageName) {
		try {
			return Class.forName(packageName + ".package-info").getAnnotation(OwnsTables.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	static Set<String> tables() {
		Set<String> tables = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			files.filter((file) -> file.toString().endsWith(".sql")).forEach((file) -> {
				Matcher created = CREATED.matcher(read(file));
				while (created.find()) {
					tables.add(created.group(1).toLowerCase(java.util.Locale.ROOT));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tables;
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
