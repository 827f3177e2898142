package id.siapkerja.akun.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;

/**
 * What a password must be: 8 to 128 characters, no composition rules, not weak or common
 * by the zxcvbn estimator (score at least {@value #MINIMUM_SCORE} of 4), and not
 * containing the person's NIK, phone number or e-mail name.
 */
@Component
public class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 8;

	public static final int MAXIMUM_LENGTH = 128;

	static final int MINIMUM_SCORE = 2;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/** What the person is known by, which a password must not contain. */
	public record PersonalWords(String nik, String phone, String email, String fullName) {

		public static PersonalWords none() {
			return new PersonalWords(null, null, null, null);
		}

		List<String> forbidden() {
			List<String> words = new ArrayList<>();
			if (this.nik != null && !this.nik.isBlank()) {
				words.add(this.nik.replaceAll("\\D", ""));
			}
			if (this.phone != null) {
				String digits = this.phone.replaceAll("\\D", "");
				if (digits.startsWith("62") && digits.length() > 8) {
					words.add(digits.substring(2));
				}
				else if (digits.startsWith("0") && digits.length() > 8) {
					words.add(digits.substring(1));
				}
				else if (digits.length() > 8) {
					words.add(digits);
				}
			}
			if (this.email != null && this.email.indexOf('@') >= 3) {
				words.add(this.email.substring(0, this.email.indexOf('@')).toLowerCase(Locale.ROOT));
			}
			return words;
		}

		List<String> hints() {
			List<String> hints = new ArrayList<>(forbidden());
			if (this.fullName != null) {
				for (String part : this.fullName.toLowerCase(Locale.ROOT).split("\\s+")) {
					if (part.length() >= 3) {
						hints.add(part);
					}
				}
			}
			return hints;
		}

	}

	/** Why a password is refused, each with its message key. */
	public enum Problem {

		TOO_SHORT, TOO_LONG, CONTAINS_PERSONAL_DATA, TOO_WEAK;

		public String messageKey() {
			return "password.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	public Optional<Problem> check(String password, PersonalWords person) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (password.codePointCount(0, password.length()) > MAXIMUM_LENGTH) {
			return Optional.of(Problem.TOO_LONG);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String digits = password.replaceAll("\\D", "");
		for (String word : person.forbidden()) {
			boolean numeric = word.chars().allMatch(Character::isDigit);
			if ((numeric && digits.contains(word)) || (!numeric && lower.contains(word))) {
				return Optional.of(Problem.CONTAINS_PERSONAL_DATA);
			}
		}
		if (score(password, person) < MINIMUM_SCORE) {
			return Optional.of(Problem.TOO_WEAK);
		}
		return Optional.empty();
	}

	/**
	 * The estimator's score, 0 (guessed at once) to 4 (very hard to guess), for the
	 * meter.
	 */
	public int score(String password, PersonalWords person) {
		if (password == null || password.isEmpty()) {
			return 0;
		}
		// the estimator's cost grows with length; beyond the maximum it would not be
		// accepted anyway
		String measured = password.length() > MAXIMUM_LENGTH ? password.substring(0, MAXIMUM_LENGTH) : password;
		Strength strength = this.zxcvbn.measure(measured, person.hints());
		return strength.getScore();
	}

	/** The score of a password with nothing known about the person. */
	public int score(String password) {
		return score(password, PersonalWords.none());
	}

}
