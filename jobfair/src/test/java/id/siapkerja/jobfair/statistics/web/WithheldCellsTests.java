package id.siapkerja.jobfair.statistics.web;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public open data withholds small counts (1 to 4) and, where a column would withhold
 * only one, its smallest other count too: otherwise the withheld count is the fair's
 * total minus the shown cells.
 */
class WithheldCellsTests {

	@Test
	void aSingleSmallCellTakesTheNextSmallestWithIt() {
		List<StatisticsController.Row> shown = StatisticsController
			.withheld(List.of(row("SMK", 40, 12), row("S1", 3, 0), row("D3", 9, 7), row("SMA", 25, 0)));
		assertThat(shown).extracting(StatisticsController.Row::counts)
			.containsExactly(Arrays.asList(40, 12), Arrays.asList(null, 0), Arrays.asList(null, 7),
					Arrays.asList(25, 0));
	}

	@Test
	void twoSmallCellsAreWithheldAloneAndLargeOnesStay() {
		List<StatisticsController.Row> shown = StatisticsController
			.withheld(List.of(row("Laki-laki", 2, 30), row("Perempuan", 4, 31), row("Tidak diketahui", 50, 8)));
		assertThat(shown).extracting(StatisticsController.Row::counts)
			.containsExactly(Arrays.asList(null, 30), Arrays.asList(null, 31), Arrays.asList(50, 8));
	}

	@Test
	void nothingSmallNothingWithheld() {
		assertThat(StatisticsController.withheld(List.of(row("a", 5, 0), row("b", 0, 9))))
			.extracting(StatisticsController.Row::counts)
			.containsExactly(List.of(5, 0), List.of(0, 9));
	}

	private static StatisticsController.Row row(String label, Integer... counts) {
		return new StatisticsController.Row(label, null, List.of(counts));
	}

}
