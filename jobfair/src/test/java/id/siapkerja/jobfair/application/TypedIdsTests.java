package id.siapkerja.jobfair.application;

import java.time.Instant;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.vacancy.VacancyId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A fair, a company and a vacancy each have their own id type, so one cannot be passed
 * for another; outside Java they are plain UUIDs: in links, in forms, and in the events
 * the registry keeps as JSON (an event written before the ids were typed still reads).
 */
class TypedIdsTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anIdIsItsUuidInLinksAndForms() {
		UUID uuid = UUID.fromString("0b9d6a9e-4a55-4b0e-9c1f-3f1e2a7c9d10");
		assertThat(new FairId(uuid)).hasToString(uuid.toString());
		assertThat(VacancyId.valueOf(uuid.toString())).isEqualTo(new VacancyId(uuid));
		assertThatIllegalArgumentException().isThrownBy(() -> CompanyId.valueOf("bukan-id"));
	}

	@Test
	void anEventKeepsItsIdsAsPlainUuids() {
		ApplicationSubmitted event = new ApplicationSubmitted(UUID.randomUUID(), FairId.random(), VacancyId.random(),
				"Operator Produksi", CompanyId.random(), "pelamar", Instant.parse("2026-12-06T03:00:00Z"));

		String written = this.json.writeValueAsString(event);

		assertThat(written).contains("\"fairId\":\"" + event.fairId() + "\"")
			.contains("\"companyId\":\"" + event.companyId() + "\"")
			.contains("\"vacancyId\":\"" + event.vacancyId() + "\"");
		assertThat(this.json.readValue(written, ApplicationSubmitted.class)).isEqualTo(event);
	}

}
