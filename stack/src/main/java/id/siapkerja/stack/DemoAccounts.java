package id.siapkerja.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The demo accounts the stack announces, from {@code demo-accounts.txt} (one line each).
 */
final class DemoAccounts {

	private DemoAccounts() {
	}

	static List<String> list() {
		try (InputStream in = DemoAccounts.class.getResourceAsStream("/demo-accounts.txt")) {
			if (in == null) {
				return List.of();
			}
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
			return lines;
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
