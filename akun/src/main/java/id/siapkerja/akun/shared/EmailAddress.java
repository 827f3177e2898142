package id.siapkerja.akun.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as accounts keep it: trimmed, the domain in lower case, at most 254
 * characters, one {@code @} with a dotted domain. Whether it really receives mail is
 * proven by the verification link.
 */
public record EmailAddress(String value) {

	private static final Pattern SHAPE = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

	public static Optional<EmailAddress> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String trimmed = typed.strip();
		if (trimmed.length() > 254 || !SHAPE.matcher(trimmed).matches() || trimmed.contains("..")) {
			return Optional.empty();
		}
		int at = trimmed.indexOf('@');
		return Optional.of(new EmailAddress(trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT)));
	}

	/** The part before the {@code @}. */
	public String localPart() {
		return this.value.substring(0, this.value.indexOf('@'));
	}

	/** The form shown to someone who may not be the owner: {@code bu***@gm***.com}. */
	public static String masked(String email) {
		int at = email.indexOf('@');
		if (at < 1) {
			return "***";
		}
		String local = email.substring(0, at);
		String domain = email.substring(at + 1);
		int dot = domain.lastIndexOf('.');
		String host = dot > 0 ? domain.substring(0, dot) : domain;
		String tld = dot > 0 ? domain.substring(dot) : "";
		return local.substring(0, Math.min(2, local.length())) + "***@" + host.substring(0, Math.min(2, host.length()))
				+ "***" + tld;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
