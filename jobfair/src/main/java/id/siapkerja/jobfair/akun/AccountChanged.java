package id.siapkerja.jobfair.akun;

/**
 * akun's feed reported a change of a Jobfair member's account or profile ({@code type} as
 * akun names it, e.g. {@code ProfileChanged}).
 */
public record AccountChanged(String sub, String type) {
}
