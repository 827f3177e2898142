package id.siapkerja.govsim.dukcapil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import id.siapkerja.webkit.region.Region;
import id.siapkerja.webkit.region.Regions;

import org.springframework.stereotype.Component;

/**
 * The residents of the simulated registry: generated from the shipped region data with a
 * fixed seed, so every machine and every run has the same people. The first ones of each
 * kind that trigger an answer other than MATCH come first in the list, so a tester finds
 * them at once.
 */
@Component
public class Residents {

	static final int COUNT = 1_200;

	private static final long SEED = 20_261_128L;

	private static final String[] MEN = { "Budi", "Agus", "Joko", "Ahmad", "Dedi", "Rizky", "Andi", "Hendra", "Yusuf",
			"Eko", "Bayu", "Fajar", "Hadi", "Irfan", "Made", "Putu", "Wayan", "Arif", "Dimas", "Taufik", "Rudi",
			"Samsul", "Yohanes", "Markus", "Teguh" };

	private static final String[] WOMEN = { "Siti", "Dewi", "Sri", "Rina", "Ayu", "Nur", "Fitri", "Ratna", "Wulan",
			"Indah", "Lestari", "Putri", "Ani", "Yuliana", "Maria", "Kadek", "Nengah", "Dian", "Ika", "Rahmawati",
			"Kartika", "Suci", "Mega", "Novi", "Tuti" };

	private static final String[] FAMILY = { "Santoso", "Wijaya", "Saputra", "Hidayat", "Nugroho", "Siregar",
			"Nasution", "Lubis", "Pratama", "Kurniawan", "Setiawan", "Simanjuntak", "Harahap", "Gunawan", "Susanto",
			"Wibowo", "Halim", "Purba", "Tanjung", "Rahman", "Hasibuan", "Sembiring", "Manurung", "Permana", "Utami" };

	private static final String[] STREETS = { "Jl. Merdeka", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Kartini",
			"Jl. Gatot Subroto", "Jl. Ahmad Yani", "Jl. Pahlawan", "Jl. Veteran", "Gg. Melati", "Jl. Cempaka" };

	private static final String[] MARITAL = { "BELUM_KAWIN", "KAWIN", "CERAI_HIDUP", "CERAI_MATI" };

	private final List<Resident> all;

	private final Map<String, List<Resident>> byNik = new HashMap<>();

	public Residents() {
		this(Regions.shipped());
	}

	Residents(Regions regions) {
		this.all = Collections.unmodifiableList(generate(regions));
		for (Resident resident : this.all) {
			this.byNik.computeIfAbsent(resident.nik(), (nik) -> new ArrayList<>()).add(resident);
		}
	}

	public List<Resident> all() {
		return this.all;
	}

	/** The records with this NIK: none, one, or (for a duplicate) two. */
	public List<Resident> withNik(String nik) {
		return this.byNik.getOrDefault(nik, List.of());
	}

	public Optional<Resident> first(Resident.Status status) {
		return this.all.stream().filter((resident) -> resident.status() == status).findFirst();
	}

	private static List<Resident> generate(Regions regions) {
		Random random = new Random(SEED);
		List<Region> districts = new ArrayList<>();
		for (Region province : regions.provinces()) {
			for (Region regency : regions.childrenOf(province.code())) {
				districts.addAll(regions.childrenOf(regency.code()));
			}
		}
		Map<String, Integer> serials = new HashMap<>();
		List<Resident> residents = new ArrayList<>(COUNT + 2);
		for (int i = 0; i < COUNT; i++) {
			Region district = districts.get(random.nextInt(districts.size()));
			List<Region> villages = regions.childrenOf(district.code());
			Region village = villages.isEmpty() ? district : villages.get(random.nextInt(villages.size()));
			boolean woman = random.nextBoolean();
			LocalDate birthDate = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 45));
			String prefix = district.code().replace(".", "") + "%02d%02d%02d".formatted(
					birthDate.getDayOfMonth() + (woman ? 40 : 0), birthDate.getMonthValue(), birthDate.getYear() % 100);
			int serial = serials.merge(prefix, 1, Integer::sum);
			String nik = prefix + "%04d".formatted(serial);
			String given = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
			String fullName = given + " " + FAMILY[random.nextInt(FAMILY.length)];
			String motherName = WOMEN[random.nextInt(WOMEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
			Region regency = regions.find(district.parentCode()).orElseThrow();
			String birthPlace = regency.name().replaceFirst("^(Kabupaten|Kota) ", "");
			Resident.Status status = switch (i) {
				case 0, 1 -> Resident.Status.INACTIVE;
				case 2, 3 -> Resident.Status.DECEASED;
				case 4, 5 -> Resident.Status.DUPLICATE;
				default -> Resident.Status.ACTIVE;
			};
			String street = STREETS[random.nextInt(STREETS.length)] + " No. " + (1 + random.nextInt(150));
			Resident resident = new Resident(nik, fullName, motherName, birthPlace, birthDate,
					woman ? "PEREMPUAN" : "LAKI_LAKI", MARITAL[random.nextInt(MARITAL.length)], regency.parentCode(),
					regency.code(), district.code(), village.code(), street, status);
			residents.add(resident);
			if (status == Resident.Status.DUPLICATE) {
				// the second record of the same NIK, with another name: the registry
				// cannot say which is right
				residents.add(
						new Resident(nik, MEN[random.nextInt(MEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)],
								motherName, birthPlace, birthDate, resident.gender(), resident.maritalStatus(),
								resident.provinceCode(), resident.regencyCode(), resident.districtCode(),
								resident.villageCode(), resident.street(), status));
			}
		}
		return residents;
	}

}
