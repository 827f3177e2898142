package id.siapkerja.jobfair.privacy.web;

import id.siapkerja.jobfair.privacy.PersonalData;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/data-pribadi}: Jobfair's part of a person's archive ("Unduh data
 * saya" in akun), for akun alone: the bearer token is one akun signed for this service
 * and this person ({@link PersonalDataApiSecurity}), so it names whose data, and nobody
 * can ask for another's. 404 when the person never signed in to Jobfair.
 */
@RestController
@RequiredArgsConstructor
class PersonalDataApi {

	static final String PATH = "/api/v1/data-pribadi";

	private final PersonalData personalData;

	@GetMapping(PATH)
	ResponseEntity<PersonalData.Archive> archive(@AuthenticationPrincipal Jwt token) {
		return this.personalData.of(token.getSubject())
			.map(ResponseEntity::ok)
			.orElse(ResponseEntity.notFound().build());
	}

}
