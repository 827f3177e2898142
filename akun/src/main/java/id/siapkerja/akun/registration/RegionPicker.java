package id.siapkerja.akun.registration;

import java.util.List;

import id.siapkerja.webkit.region.Region;
import id.siapkerja.webkit.region.Regions;

/**
 * The choices of the cascading KTP address picker: the provinces, and below each chosen
 * level the regions of the next one.
 */
public record RegionPicker(List<Region> provinces, List<Region> regencies, List<Region> districts,
		List<Region> villages) {

	public static RegionPicker of(Regions regions, String province, String regency, String district) {
		boolean provinceOk = province != null && province.matches("\\d{2}") && regions.exists(province);
		boolean regencyOk = provinceOk && regency != null && regency.startsWith(province + ".")
				&& regions.exists(regency);
		boolean districtOk = regencyOk && district != null && district.startsWith(regency + ".")
				&& regions.exists(district);
		return new RegionPicker(regions.provinces(), provinceOk ? regions.childrenOf(province) : List.of(),
				regencyOk ? regions.childrenOf(regency) : List.of(),
				districtOk ? regions.childrenOf(district) : List.of());
	}

	/** The four choices exist and each lies in the one above it. */
	public static boolean consistent(Regions regions, String province, String regency, String district,
			String village) {
		return province != null && regency != null && district != null && village != null && province.matches("\\d{2}")
				&& regency.startsWith(province + ".") && district.startsWith(regency + ".")
				&& village.startsWith(district + ".") && village.split("\\.").length == 4 && regions.exists(village)
				&& regions.exists(district) && regions.exists(regency) && regions.exists(province);
	}

}
