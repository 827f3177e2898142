package id.siapkerja.jobfair.member;

/**
 * A person deleted their SIAPkerja account (akun's {@code AccountDeleted}): the member is
 * anonymized, and each module erases what it keeps of them. The name, e-mail and phone
 * they had are told once, so copies of them elsewhere can be found and erased; the
 * event's record is deleted once every module is done.
 */
public record MemberErased(String sub, String name, String email, String phone) {

	/** What is shown where the person's name was. */
	public static final String SHOWN_AS = "Akun dihapus";

}
