package id.siapkerja.akun;

import java.util.List;

import id.siapkerja.webkit.test.SiapkerjaAppContract;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * What every SIAPkerja app promises, checked on akun running on the embedded PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AkunContractTests extends SiapkerjaAppContract {

	@Override
	protected Class<?> applicationClass() {
		return AkunApplication.class;
	}

	@Override
	protected String sessionCookieName() {
		return "SIAPKERJA_AKUN";
	}

	/** The pages a person opens before signing in. */
	@Override
	protected List<String> publicPages() {
		return List.of("/", "/login", "/daftar", "/lupa-password");
	}

}
