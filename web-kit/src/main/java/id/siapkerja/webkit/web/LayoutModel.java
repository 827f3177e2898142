package id.siapkerja.webkit.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the shared layout needs into every page's model. */
@ControllerAdvice
class LayoutModel {

	private final SiapkerjaWebProperties properties;

	LayoutModel(SiapkerjaWebProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("siapkerjaPrivacyPage")
	boolean privacyPage() {
		return this.properties.getWeb().isPrivacyPage();
	}

	@ModelAttribute("siapkerjaUrls")
	SiapkerjaWebProperties.Urls urls() {
		return this.properties.getUrls();
	}

}
