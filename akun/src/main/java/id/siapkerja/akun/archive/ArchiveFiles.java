package id.siapkerja.akun.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.profile.Profiles;
import id.siapkerja.webkit.text.Times;
import lombok.RequiredArgsConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The archive as the person downloads it, a ZIP: one JSON file per service
 * ({@code akun.json} with the NIK and mother's maiden name added now, after the password
 * was asked again), the profile photo, and {@code ringkasan.html}, a readable summary of
 * the same in the person's language that opens in any browser without a connection.
 */
@Component
@RequiredArgsConstructor
class ArchiveFiles {

	private static final Times TIMES = new Times();

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

	private final Accounts accounts;

	private final Profiles profiles;

	private final JsonMapper json;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	/** One entry of the summary: a label and a text, or a group of entries. */
	record Entry(String label, String text, List<Entry> entries) {

		public boolean group() {
			return this.entries != null;
		}

	}

	/** A part of the summary: a service and what it keeps. */
	record Section(String service, String name, boolean none, List<Entry> entries) {
	}

	byte[] zip(Account account, List<DataArchives.Content> contents, List<DataArchives.Part> parts, Instant now,
			Locale locale) {
		Map<String, JsonNode> trees = new LinkedHashMap<>();
		for (DataArchives.Content content : contents) {
			JsonNode tree = this.json.readTree(content.json());
			if (DataArchives.AKUN.equals(content.service()) && tree instanceof ObjectNode akun) {
				ObjectNode identity = akun.putObject("identity");
				identity.put("nik", this.accounts.nikOf(account.id()));
				identity.put("motherMaidenName", this.accounts.motherNameOf(account.id()));
			}
			trees.put(content.service(), tree);
		}
		List<Section> sections = new ArrayList<>();
		for (DataArchives.Part part : parts) {
			JsonNode tree = trees.get(part.service());
			sections.add(new Section(part.service(), part.name(), tree == null,
					tree == null ? List.of() : entries(tree, locale)));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, JsonNode> tree : trees.entrySet()) {
				file(zip, tree.getKey() + ".json",
						this.json.writerWithDefaultPrettyPrinter()
							.writeValueAsString(tree.getValue())
							.getBytes(StandardCharsets.UTF_8));
			}
			Optional<byte[]> photo = this.profiles.photo(account.id(), true);
			if (photo.isPresent()) {
				file(zip, "foto-profil.jpg", photo.get());
			}
			Context context = new Context(locale);
			context.setVariable("account", account);
			context.setVariable("madeAt", TIMES.at(now));
			context.setVariable("sections", sections);
			context.setVariable("photo", photo.isPresent());
			file(zip, "ringkasan.html",
					this.templates.process("archive/summary", context).getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void file(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	/** The object's fields as entries, nested objects and lists as groups. */
	private List<Entry> entries(JsonNode node, Locale locale) {
		List<Entry> entries = new ArrayList<>();
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				if (field.getValue().isNull() || "service".equals(field.getKey())) {
					continue;
				}
				entries.add(entry(label(field.getKey(), locale), field.getValue(), locale));
			}
		}
		else if (node.isArray()) {
			int n = 1;
			for (JsonNode item : node) {
				entries.add(entry(String.valueOf(n++), item, locale));
			}
		}
		return entries;
	}

	private Entry entry(String label, JsonNode value, Locale locale) {
		if (value.isObject() || value.isArray()) {
			List<Entry> inner = entries(value, locale);
			return inner.isEmpty() ? new Entry(label, "—", null) : new Entry(label, null, inner);
		}
		if (value.isBoolean()) {
			return new Entry(label,
					this.messages.getMessage(value.booleanValue() ? "archive.yes" : "archive.no", null, locale), null);
		}
		String text = value.asString();
		if (INSTANT.matcher(text).matches()) {
			try {
				text = TIMES.at(Instant.parse(text));
			}
			catch (DateTimeParseException ex) {
				// shown as it is
			}
		}
		return new Entry(label, text, null);
	}

	/** The field's name in the person's language where it is known, else as written. */
	private String label(String key, Locale locale) {
		return this.messages.getMessage("archive.field." + key, null, key, locale);
	}

}
