package id.siapkerja.govsim;

import id.siapkerja.webkit.test.SiapkerjaAppContract;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * What every SIAPkerja app promises, checked on gov-sim running on the embedded
 * PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GovSimContractTests extends SiapkerjaAppContract {

	@Override
	protected Class<?> applicationClass() {
		return GovSimApplication.class;
	}

	@Override
	protected String sessionCookieName() {
		return "SIAPKERJA_GOVSIM";
	}

}
