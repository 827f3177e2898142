package id.siapkerja.jobfair.company;

import java.time.Instant;

/**
 * A company's owner invited an address to the team, or sent the invitation again (J-C-d):
 * the link's token leaves only in the e-mail the notification module writes, in the
 * inviter's language ({@code language}, e.g. {@code id}).
 */
public record InvitationIssued(CompanyId companyId, String companyName, String inviterName, String email, String token,
		Instant expiresAt, String language) {
}
