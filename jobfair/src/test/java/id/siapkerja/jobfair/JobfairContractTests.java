package id.siapkerja.jobfair;

import id.siapkerja.webkit.test.SiapkerjaAppContract;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * What every SIAPkerja app promises, checked on jobfair running on the embedded
 * PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobfairContractTests extends SiapkerjaAppContract {

	@Override
	protected Class<?> applicationClass() {
		return JobfairApplication.class;
	}

	@Override
	protected String sessionCookieName() {
		return "SIAPKERJA_JOBFAIR";
	}

}
