package id.siapkerja.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics table of a Gatling HTML report, row by row: all requests, each group and
 * each request.
 */
record GatlingStats(List<Row> rows, List<Error> errors) {

	/** One row: counts, throughput over the run and response times in ms. */
	record Row(String name, long total, long ok, long ko, double perSecond, long min, long p50, long p75, long p95,
			long p99, long max, long mean) {
	}

	/** One kind of error (Gatling's message) and how many requests it ended. */
	record Error(String message, long count, String share) {
	}

	private static final Pattern ERROR = Pattern.compile("<td class=\"error-col-1 total ko\">([^<]*)<span.*?"
			+ "<td class=\"value error-col-2 total ko\">([^<]*)</td>\\s*<td class=\"value error-col-3 total ko\">([^<]*)</td>",
			Pattern.DOTALL);

	private static final Pattern ROW = Pattern.compile("<tr id=\"[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">(.*?)</span>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

	static GatlingStats of(Path reportDir) {
		try {
			String html = Files.readString(reportDir.resolve("index.html"));
			List<Row> rows = new ArrayList<>();
			Matcher row = ROW.matcher(html);
			while (row.find()) {
				Matcher name = NAME.matcher(row.group(1));
				if (!name.find()) {
					continue;
				}
				String[] values = new String[15];
				Matcher cell = CELL.matcher(row.group(1));
				while (cell.find()) {
					values[Integer.parseInt(cell.group(1))] = cell.group(2).strip();
				}
				rows.add(new Row(unescape(name.group(1).strip()), number(values[2]), number(values[3]),
						number(values[4]), decimal(values[6]), number(values[7]), number(values[8]), number(values[9]),
						number(values[10]), number(values[11]), number(values[12]), number(values[13])));
			}
			List<Error> errors = new ArrayList<>();
			Matcher error = ERROR.matcher(html);
			while (error.find()) {
				errors.add(new Error(unescape(error.group(1).strip()), number(error.group(2)), error.group(3).strip()));
			}
			return new GatlingStats(rows, errors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<Row> row(String name) {
		return this.rows.stream().filter((row) -> row.name().equals(name)).findFirst();
	}

	Row all() {
		return row("All Requests").orElseThrow();
	}

	private static long number(String value) {
		if (value == null || value.isEmpty() || value.equals("-")) {
			return 0;
		}
		return Math.round(Double.parseDouble(value.replace(",", "")));
	}

	private static double decimal(String value) {
		if (value == null || value.isEmpty() || value.equals("-")) {
			return 0;
		}
		return Double.parseDouble(value.replace(",", ""));
	}

	private static String unescape(String text) {
		return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'");
	}

}
