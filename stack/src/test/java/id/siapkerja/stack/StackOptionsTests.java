package id.siapkerja.stack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StackOptionsTests {

	@Test
	void defaultsAreThePortsOfTheReadme() throws Exception {
		StackOptions options = StackOptions.parse(new String[0], Map.of());
		assertThat(options.akunPort()).isEqualTo(8080);
		assertThat(options.jobfairPort()).isEqualTo(8081);
		assertThat(options.govsimPort()).isEqualTo(8090);
		assertThat(options.smtpPort()).isEqualTo(3025);
		assertThat(options.pgPort()).isEqualTo(54329);
		assertThat(options.dataDir().getFileName()).hasToString("data");
	}

	@Test
	void argumentsWinOverTheEnvironmentAndZeroMeansAFreePort() throws Exception {
		StackOptions options = StackOptions.parse(new String[] { "--akun-port=18080", "--jobfair-port=0" }, Map
			.of("SIAPKERJA_AKUN_PORT", "28080", "SIAPKERJA_GOVSIM_PORT", "28090", "SIAPKERJA_DATA_DIR", "/tmp/x"));
		assertThat(options.akunPort()).isEqualTo(18080);
		assertThat(options.govsimPort()).isEqualTo(28090);
		assertThat(options.jobfairPort()).isPositive().isNotEqualTo(8081);
		assertThat(options.dataDir()).hasToString("/tmp/x");
	}

	@Test
	void unknownOptionsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> StackOptions.parse(new String[] { "--akun=1" }, Map.of()))
			.withMessageContaining("--akun");
		assertThatIllegalArgumentException().isThrownBy(() -> StackOptions.parse(new String[] { "akun" }, Map.of()));
	}

	@Test
	void anExternalServerGivesEachAppItsOwnDatabase() {
		assertThat(Stack.withDatabase("jdbc:postgresql://db.example:5432/postgres?sslmode=require", "akun"))
			.isEqualTo("jdbc:postgresql://db.example:5432/akun?sslmode=require");
		assertThat(Stack.withDatabase("jdbc:postgresql://db.example:5432/", "jobfair"))
			.isEqualTo("jdbc:postgresql://db.example:5432/jobfair");
		assertThat(Stack.withDatabase("jdbc:postgresql://db.example", "govsim"))
			.isEqualTo("jdbc:postgresql://db.example/govsim");
	}

}
