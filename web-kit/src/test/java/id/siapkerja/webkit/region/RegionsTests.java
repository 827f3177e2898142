package id.siapkerja.webkit.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionsTests {

	private final Regions regions = Regions.shipped();

	@Test
	void theShippedFileHasEveryLevel() {
		assertThat(this.regions.size()).isEqualTo(91_599);
		assertThat(this.regions.provinces()).hasSize(38).first().isEqualTo(new Region("11", "Aceh"));
		assertThat(this.regions.provinces().stream().mapToInt((p) -> this.regions.childrenOf(p.code()).size()).sum())
			.isEqualTo(514);
		assertThat(this.regions.find("11.01").map(Region::name)).hasValue("Kabupaten Aceh Selatan");
		assertThat(this.regions.find("11.01.01").map(Region::level)).hasValue(Region.Level.DISTRICT);
		assertThat(this.regions.childrenOf("11.01.01")).extracting(Region::level).containsOnly(Region.Level.VILLAGE);
	}

	@Test
	void namesWithCommasKeepThem() {
		assertThat(this.regions.find("12.07.28.1007").map(Region::name)).hasValue("Lubuk Pakam I,II");
		assertThat(this.regions.find("14.02.09.2010").map(Region::name)).hasValue("Lambang Sari I, II, III");
	}

	@Test
	void unknownCodesAreNotFound() {
		assertThat(this.regions.exists("99")).isFalse();
		assertThat(this.regions.exists("32.99")).isFalse();
		assertThat(this.regions.childrenOf("99")).isEmpty();
	}

	@Test
	void aPathReadsLikeAnAddress() {
		assertThat(this.regions.path("32.01.01.1001")).isEqualTo("Pondok Rajeg, Cibinong, Kabupaten Bogor, Jawa Barat");
		assertThat(this.regions.path("99.99")).isEmpty();
		assertThat(this.regions.path(null)).isEmpty();
	}

}
