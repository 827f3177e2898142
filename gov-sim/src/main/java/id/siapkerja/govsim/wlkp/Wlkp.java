package id.siapkerja.govsim.wlkp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import id.siapkerja.webkit.region.Region;
import id.siapkerja.webkit.region.Regions;

import org.springframework.stereotype.Service;

/**
 * The simulated WLKP: several hundred companies generated from the shipped regions with a
 * fixed seed (the same on every machine and run), and the switch that makes the service
 * slow or failing so Jobfair's handling of an unavailable registry can be seen.
 */
@Service
public class Wlkp {

	/** How WLKP behaves right now. */
	public enum Mode {

		NORMAL, SLOW, FAILING

	}

	static final int COUNT = 400;

	private static final long SEED = 20_261_129L;

	private static final String[][] SECTORS = { { "10792", "Industri makanan" }, { "13112", "Industri tekstil" },
			{ "14111", "Industri pakaian jadi" }, { "29100", "Industri kendaraan bermotor" },
			{ "41011", "Konstruksi gedung" }, { "46900", "Perdagangan besar" }, { "47111", "Perdagangan eceran" },
			{ "49431", "Angkutan darat" }, { "55110", "Hotel" }, { "56101", "Restoran" },
			{ "62019", "Teknologi informasi" }, { "64191", "Perbankan" }, { "78100", "Penempatan tenaga kerja" },
			{ "85499", "Pendidikan" }, { "86103", "Rumah sakit" }, { "01131", "Perkebunan" } };

	private static final String[] WORDS = { "Maju", "Jaya", "Sentosa", "Makmur", "Abadi", "Mandiri", "Sejahtera",
			"Nusantara", "Karya", "Mitra", "Cipta", "Prima", "Sinar", "Harapan", "Bintang", "Samudra", "Cahaya",
			"Agung", "Indah", "Lestari" };

	private static final String[] FORMS = { "PT", "PT", "PT", "PT", "CV", "CV", "KOPERASI", "YAYASAN", "BUMN_BUMD",
			"PERORANGAN" };

	private static final String[] STREETS = { "Jl. Industri", "Jl. Raya", "Jl. Niaga", "Jl. Sudirman",
			"Jl. Gatot Subroto", "Kawasan Industri Blok", "Jl. Pelabuhan", "Jl. Ahmad Yani" };

	private final List<ReportedCompany> all;

	private final Map<String, ReportedCompany> byCode = new LinkedHashMap<>();

	private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.NORMAL);

	public Wlkp() {
		this.all = Collections.unmodifiableList(generate(Regions.shipped()));
		this.all.forEach((company) -> this.byCode.put(company.code(), company));
	}

	public List<ReportedCompany> all() {
		return this.all;
	}

	public Optional<ReportedCompany> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(code == null ? "" : code.strip().toUpperCase(Locale.ROOT)));
	}

	public Mode mode() {
		return this.mode.get();
	}

	public void switchTo(Mode mode) {
		this.mode.set(mode);
	}

	private static List<ReportedCompany> generate(Regions regions) {
		Random random = new Random(SEED);
		List<Region> regencies = new ArrayList<>();
		for (Region province : regions.provinces()) {
			regencies.addAll(regions.childrenOf(province.code()));
		}
		List<ReportedCompany> companies = new ArrayList<>();
		for (int i = 1; i <= COUNT; i++) {
			Region regency = regencies.get(random.nextInt(regencies.size()));
			String[] sector = SECTORS[random.nextInt(SECTORS.length)];
			String form = FORMS[random.nextInt(FORMS.length)];
			String words = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
			String name = switch (form) {
				case "PT" -> "PT " + words + " " + sector[1].replace("Industri ", "").split(" ")[0];
				case "CV" -> "CV " + words;
				case "KOPERASI" -> "Koperasi " + words;
				case "YAYASAN" -> "Yayasan " + words;
				case "BUMN_BUMD" -> "Perumda " + words;
				default -> "Usaha " + words;
			};
			int employees = switch (random.nextInt(4)) {
				case 0 -> 1 + random.nextInt(4);
				case 1 -> 5 + random.nextInt(15);
				case 2 -> 20 + random.nextInt(80);
				default -> 100 + random.nextInt(4900);
			};
			String size = employees < 5 ? "MIKRO" : employees < 20 ? "KECIL" : employees < 100 ? "MENENGAH" : "BESAR";
			String code = "WLKP-" + regency.code().replace(".", "") + "-" + String.format("%06d", i);
			String domain = words.toLowerCase(Locale.ROOT).replace(" ", "") + ".contoh.id";
			companies.add(new ReportedCompany(code, name, form, sector[0], sector[1], size, employees, regency.code(),
					STREETS[random.nextInt(STREETS.length)] + " No. " + (1 + random.nextInt(200)) + ", "
							+ regency.name(),
					"0" + (21 + random.nextInt(70)) + "-" + (5000000 + random.nextInt(4999999)), "hrd@" + domain));
		}
		return companies;
	}

}
