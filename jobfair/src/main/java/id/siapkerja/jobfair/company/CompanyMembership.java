package id.siapkerja.jobfair.company;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The logged-in person's place on the team of the company a page manages (every page
 * under {@code /perusahaan/{c}}): a controller method takes it as a parameter and is not
 * called for anyone off the team, who gets 404 as if the company did not exist
 * ({@link CompanyMemberships} resolves it from the path and the login).
 */
public record CompanyMembership(Company company, TeamMember.Role role) {

	/** The same, for a page only the owner may use; 403 for another member. */
	public CompanyMembership owner() {
		if (this.role != TeamMember.Role.OWNER) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this;
	}

}
