package id.siapkerja.webkit.web;

import java.nio.file.Path;

import id.siapkerja.webkit.test.I18nGuard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shared layout speaks both languages, and the guard the apps rely on catches what it
 * must.
 */
class LayoutI18nTests {

	@Test
	void layoutMessagesExistInBothLanguages() {
		I18nGuard.assertBundlesInSync(Path.of("src/main/resources/i18n"), "layout");
	}

	@Test
	void formMessagesExistInBothLanguages() {
		I18nGuard.assertBundlesInSync(Path.of("src/main/resources/i18n"), "forms");
	}

	@Test
	void privacyMessagesExistInBothLanguages() {
		I18nGuard.assertBundlesInSync(Path.of("src/main/resources/i18n"), "privacy");
	}

	@Test
	void layoutTemplatesHaveNoHardCodedText() {
		I18nGuard.assertNoHardCodedText(Path.of("src/main/resources/templates"));
	}

	@Test
	void theGuardFindsHardCodedTextAndMissingKeys() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> I18nGuard.assertNoHardCodedText(Path.of("src/test/resources/i18n-guard/templates")))
			.withMessageContaining("Daftar Sekarang")
			.withMessageContaining("placeholder=\"NIK\"")
			.withMessageNotContaining("ok-from-message");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> I18nGuard.assertBundlesInSync(Path.of("src/test/resources/i18n-guard"), "messages"))
			.withMessageContaining("only.in.indonesian");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> I18nGuard.assertBundlesInSync(Path.of("src/test/resources/i18n-guard"), "twice"))
			.withMessageContaining("twice.properties: said.twice");
	}

}
