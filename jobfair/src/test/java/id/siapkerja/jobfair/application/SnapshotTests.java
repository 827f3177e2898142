package id.siapkerja.jobfair.application;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile sent with an application, read back as a record: what akun's people API
 * gives, including fields added later and lists it left out.
 */
class SnapshotTests {

	@Test
	void akunsViewIsReadWithWhatACompanyReadsAndNothingBreaksOnWhatAkunAddsLater() {
		Snapshot snapshot = Snapshot
			.read("""
					{"sub":"s-1","name":"Budi Santoso","email":"budi@contoh.id","phoneNumber":"+6281234567890",
					 "nikMasked":"3201********0003","someFieldAkunAddsLater":true,
					 "profile":{"description":"Teliti.","education":{"level":"SMA","institution":"SMAN 1 Bogor","year":2018},
					  "experiences":[{"position":"Operator","company":"PT Uji","start":"2019-01","end":null,"employmentType":"PENUH_WAKTU"}],
					  "skills":[{"normalized":"microsoft excel","name":"Microsoft Excel","level":"MAHIR"}]}}
					""");
		assertThat(snapshot.name()).isEqualTo("Budi Santoso");
		assertThat(snapshot.educationLevel()).isEqualTo("SMA");
		assertThat(snapshot.profile().experiences())
			.containsExactly(new Snapshot.Experience("Operator", "PT Uji", "2019-01", null));
		assertThat(snapshot.profile().skills()).extracting(Snapshot.Skill::name).containsExactly("Microsoft Excel");
		assertThat(snapshot.profile().trainings()).as("a list akun left out is empty").isEmpty();
	}

	@Test
	void aProfileNotYetFilledReadsAsEmpty() {
		Snapshot snapshot = Snapshot.of(Map.of("name", "Sari", "email", "sari@contoh.id"));
		assertThat(snapshot.educationLevel()).isEmpty();
		assertThat(snapshot.profile().skills()).isEqualTo(List.of());
	}

}
