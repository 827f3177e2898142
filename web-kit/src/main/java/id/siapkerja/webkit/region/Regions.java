package id.siapkerja.webkit.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Indonesia's administrative regions as shipped in {@code siapkerja/wilayah/wilayah.csv}:
 * provinces, regencies and cities, districts and villages, looked up by code ({@code 32},
 * {@code 32.01}, {@code 32.01.01}, {@code 32.01.01.2001}). Read once per JVM; immutable.
 */
public final class Regions {

	private static final String RESOURCE = "siapkerja/wilayah/wilayah.csv";

	private static volatile Regions shipped;

	private final Map<String, Region> byCode;

	private final Map<String, List<Region>> children;

	private Regions(List<Region> regions) {
		Map<String, Region> codes = new HashMap<>(regions.size() * 2);
		Map<String, List<Region>> kids = new HashMap<>();
		for (Region region : regions) {
			codes.put(region.code(), region);
			kids.computeIfAbsent(region.parentCode(), (parent) -> new ArrayList<>()).add(region);
		}
		kids.replaceAll((parent, list) -> List.copyOf(list));
		this.byCode = Collections.unmodifiableMap(codes);
		this.children = Collections.unmodifiableMap(kids);
	}

	/** The regions shipped with SIAPkerja. */
	public static Regions shipped() {
		Regions regions = shipped;
		if (regions == null) {
			synchronized (Regions.class) {
				if (shipped == null) {
					shipped = read(Regions.class.getClassLoader().getResourceAsStream(RESOURCE));
				}
				regions = shipped;
			}
		}
		return regions;
	}

	static Regions read(InputStream csv) {
		if (csv == null) {
			throw new IllegalStateException(RESOURCE + " is missing from the classpath");
		}
		List<Region> regions = new ArrayList<>(92_000);
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
			String line = lines.readLine(); // kode,nama
			while ((line = lines.readLine()) != null) {
				int comma = line.indexOf(',');
				if (comma > 0) {
					regions.add(new Region(line.substring(0, comma), unquote(line.substring(comma + 1))));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Regions(regions);
	}

	public Optional<Region> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	public boolean exists(String code) {
		return this.byCode.containsKey(code);
	}

	/** The provinces, in code order. */
	public List<Region> provinces() {
		return childrenOf("");
	}

	/**
	 * The regions directly below one (a province's regencies, a regency's districts,
	 * ...), in code order.
	 */
	public List<Region> childrenOf(String code) {
		return this.children.getOrDefault(code, List.of());
	}

	/**
	 * A region with the ones it lies in, smallest first, as an address reads:
	 * {@code Pondok Rajeg, Cibinong, Kabupaten Bogor, Jawa Barat}; empty for an unknown
	 * code.
	 */
	public String path(String code) {
		java.util.List<String> names = new java.util.ArrayList<>();
		String current = code;
		while (current != null && !current.isEmpty()) {
			Optional<Region> region = find(current);
			if (region.isEmpty()) {
				break;
			}
			names.add(region.get().name());
			current = region.get().parentCode();
		}
		return String.join(", ", names);
	}

	public int size() {
		return this.byCode.size();
	}

	private static String unquote(String name) {
		String value = name.strip();
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1).replace("\"\"", "\"");
		}
		return value;
	}

}
