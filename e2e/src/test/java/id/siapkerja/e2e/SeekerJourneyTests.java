package id.siapkerja.e2e;

import org.junit.jupiter.api.BeforeAll;

/** The seeker's journey (J-S-b … h) on a desktop screen. */
class SeekerJourneyTests extends SeekerJourney {

	@BeforeAll
	static void startStackAndBrowser() throws Exception {
		start(1280, 1000);
	}

}
