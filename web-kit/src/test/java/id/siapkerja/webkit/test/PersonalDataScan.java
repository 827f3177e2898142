package id.siapkerja.webkit.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a person's words (name, NIK, e-mail, phone) are still stored: every text, JSON
 * and binary column of every table of the app's database, searched case-insensitively (as
 * bytes in binary columns). What a test of erasure (UU 27/2022) asserts to be empty.
 */
public final class PersonalDataScan {

	private PersonalDataScan() {
	}

	/** Each column holding one of the words, as "table.column = word". */
	public static List<String> leftovers(JdbcClient jdbc, String... words) {
		List<Map<String, Object>> columns = jdbc.sql("""
				select table_name, column_name, data_type from information_schema.columns
				where table_schema = 'public' and data_type in ('text', 'character varying', 'json', 'jsonb', 'bytea')
				""").query().listOfRows();
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			boolean bytes = "bytea".equals(column.get("data_type"));
			for (String word : words) {
				String sql = bytes ? "select count(*) from \"" + table + "\" where position(? in \"" + name + "\") > 0"
						: "select count(*) from \"" + table + "\" where lower(\"" + name
								+ "\"::text) like '%' || lower(?) || '%'";
				Object value = bytes ? word.getBytes(StandardCharsets.UTF_8) : word;
				if (jdbc.sql(sql).param(value).query(Integer.class).single() > 0) {
					found.add(table + "." + name + " = " + word);
				}
			}
		}
		return found;
	}

}
