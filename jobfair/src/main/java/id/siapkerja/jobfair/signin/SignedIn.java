package id.siapkerja.jobfair.signin;

/**
 * A person logged in through akun; {@code verifiedEmail} is null unless akun verified the
 * address. Modules that keep memberships offered to an address claim them here.
 */
public record SignedIn(String sub, String name, String verifiedEmail) {
}
