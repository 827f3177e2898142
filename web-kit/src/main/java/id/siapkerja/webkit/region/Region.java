package id.siapkerja.webkit.region;

/**
 * One administrative region: a province ({@code 32}), regency or city ({@code 32.01}),
 * district ({@code 32.01.01}) or village ({@code 32.01.01.2001}).
 */
public record Region(String code, String name) {

	public Level level() {
		return switch (this.code.split("\\.").length) {
			case 1 -> Level.PROVINCE;
			case 2 -> Level.REGENCY;
			case 3 -> Level.DISTRICT;
			default -> Level.VILLAGE;
		};
	}

	/** The code of the region this one belongs to; empty for a province. */
	public String parentCode() {
		int dot = this.code.lastIndexOf('.');
		return dot < 0 ? "" : this.code.substring(0, dot);
	}

	/** The levels, from the top. */
	public enum Level {

		PROVINCE, REGENCY, DISTRICT, VILLAGE

	}

}
