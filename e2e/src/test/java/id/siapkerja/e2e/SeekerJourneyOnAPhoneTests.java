package id.siapkerja.e2e;

import org.junit.jupiter.api.BeforeAll;

/**
 * The seeker's journey (J-S-b … h) again in a 360×800 window: a job seeker's cheap phone.
 */
class SeekerJourneyOnAPhoneTests extends SeekerJourney {

	@BeforeAll
	static void startStackAndBrowser() throws Exception {
		start(360, 800);
	}

}
