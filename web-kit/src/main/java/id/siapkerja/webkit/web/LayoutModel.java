package id.siapkerja.webkit.web;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the shared layout needs into every page's model. */
@ControllerAdvice
@RequiredArgsConstructor
class LayoutModel {

	private final SiapkerjaWebProperties properties;

	@ModelAttribute("siapkerjaPrivacyPage")
	boolean privacyPage() {
		return this.properties.getWeb().isPrivacyPage();
	}

	@ModelAttribute("siapkerjaUrls")
	SiapkerjaWebProperties.Urls urls() {
		return this.properties.getUrls();
	}

}
