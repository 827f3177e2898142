package id.siapkerja.webkit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The limited formatting people may use in descriptions and messages, typed as plain text
 * and shown as safe HTML: a blank line starts a paragraph, lines starting with "- " or "*
 * " make a list, "1. " a numbered list, {@code **tebal**} is bold, and http(s) links
 * become clickable. Everything else is escaped, so no markup a person types ever reaches
 * a page as markup. Used in templates as {@code #formatted} ({@link LimitedTextDialect}).
 */
public final class LimitedText {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);

	private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");

	private static final Pattern BULLET = Pattern.compile("^[-*•]\\s+(.*)$");

	private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+(.*)$");

	/** The whole text as paragraphs and lists. */
	public String html(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		for (String block : clean(text).split("\\n\\s*\\n")) {
			List<String> lines = new ArrayList<>();
			for (String line : block.strip().split("\\n")) {
				lines.add(line.strip());
			}
			block(lines, html);
		}
		return html.toString();
	}

	/**
	 * One line of text: bold and links, no blocks (for short messages and list items).
	 */
	public String inline(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		Matcher link = LINK.matcher(text);
		int at = 0;
		while (link.find()) {
			String url = trimTrailingPunctuation(link.group());
			html.append(bold(HtmlUtils.htmlEscape(text.substring(at, link.start()))));
			String escaped = HtmlUtils.htmlEscape(url);
			html.append("<a href=\"")
				.append(escaped)
				.append("\" rel=\"nofollow noopener noreferrer\">")
				.append(escaped)
				.append("</a>");
			at = link.start() + url.length();
		}
		html.append(bold(HtmlUtils.htmlEscape(text.substring(at))));
		return html.toString();
	}

	/** A text with line breaks kept (for messages): inline formatting, breaks as br. */
	public String lines(String text) {
		if (text == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		for (String line : clean(text).split("\\n")) {
			parts.add(inline(line));
		}
		return String.join("<br>", parts);
	}

	private void block(List<String> lines, StringBuilder html) {
		int i = 0;
		List<String> paragraph = new ArrayList<>();
		while (i < lines.size()) {
			String tag = listTag(lines.get(i));
			if (tag == null) {
				paragraph.add(inline(lines.get(i)));
				i++;
				continue;
			}
			flush(paragraph, html);
			html.append('<').append(tag).append('>');
			while (i < lines.size() && tag.equals(listTag(lines.get(i)))) {
				Matcher item = (tag.equals("ul") ? BULLET : NUMBERED).matcher(lines.get(i));
				item.matches();
				html.append("<li>").append(inline(item.group(1))).append("</li>");
				i++;
			}
			html.append("</").append(tag).append('>');
		}
		flush(paragraph, html);
	}

	private static void flush(List<String> paragraph, StringBuilder html) {
		if (!paragraph.isEmpty()) {
			html.append("<p>").append(String.join("<br>", paragraph)).append("</p>");
			paragraph.clear();
		}
	}

	private static String listTag(String line) {
		if (BULLET.matcher(line).matches()) {
			return "ul";
		}
		if (NUMBERED.matcher(line).matches()) {
			return "ol";
		}
		return null;
	}

	private static String bold(String escaped) {
		return BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
	}

	private static String trimTrailingPunctuation(String url) {
		String trimmed = url;
		while (!trimmed.isEmpty() && ".,;:!?)".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}

	/**
	 * Line endings made \n, control characters (other than newline and tab) removed: what
	 * forms store.
	 */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
	}

}
