package id.siapkerja.webkit.form;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import id.siapkerja.webkit.region.Region;

/**
 * One option of a {@code fragments/form :: select}: the value sent, and what the person
 * reads (a message key, or a name as it is).
 */
public record Choice(String value, String label, String labelKey) {

	/** An enum's constants, each read through {@code prefix + NAME}. */
	public static List<Choice> prefixed(Enum<?>[] constants, String prefix) {
		return Arrays.stream(constants)
			.map((constant) -> new Choice(constant.name(), null, prefix + constant.name()))
			.toList();
	}

	/**
	 * An enum's constants, each read through
	 * {@code prefix + name in lower case with dashes}.
	 */
	public static List<Choice> ofLowerCase(Enum<?>[] constants, String prefix) {
		return Arrays.stream(constants)
			.map((constant) -> new Choice(constant.name(), null,
					prefix + constant.name().toLowerCase(Locale.ROOT).replace('_', '-')))
			.toList();
	}

	/** Constants, each read through the message key it names. */
	public static <E extends Enum<E>> List<Choice> of(E[] constants, Function<E, String> labelKey) {
		return Arrays.stream(constants)
			.map((constant) -> new Choice(constant.name(), null, labelKey.apply(constant)))
			.toList();
	}

	/** Names as they are, e.g. time zones. */
	public static List<Choice> named(Enum<?>[] constants) {
		return Arrays.stream(constants).map((constant) -> new Choice(constant.name(), constant.name(), null)).toList();
	}

	/** Regions by their names. */
	public static List<Choice> regions(List<Region> regions) {
		return regions.stream().map((region) -> new Choice(region.code(), region.name(), null)).toList();
	}

}
