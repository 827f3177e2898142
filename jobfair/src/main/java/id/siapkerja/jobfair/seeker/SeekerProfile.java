package id.siapkerja.jobfair.seeker;

import java.util.List;
import java.util.Map;

/**
 * What Jobfair knows of a seeker's profile, copied from akun: what matching compares, and
 * the whole view (never the NIK or the mother's name) an application keeps as its
 * snapshot. {@code ready} when the steps a fair needs are done (personal data and
 * education).
 */
public record SeekerProfile(String sub, boolean ready, String educationLevel, int educationRank, String major,
		int experienceMonths, List<String> skills, String province, String regency, Map<String, Object> view) {

	/** The education ranks of akun's levels; SMA and SMK are the same. */
	static int rank(String level) {
		if (level == null) {
			return 0;
		}
		return switch (level) {
			case "SD" -> 1;
			case "SMP" -> 2;
			case "SMA", "SMK" -> 3;
			case "D1" -> 4;
			case "D2" -> 5;
			case "D3" -> 6;
			case "D4", "S1" -> 7;
			case "S2" -> 8;
			case "S3" -> 9;
			default -> 0;
		};
	}

}
