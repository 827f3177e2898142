package id.siapkerja.akun.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.AccountEvents;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.Consents;
import id.siapkerja.akun.profile.Profile;
import id.siapkerja.akun.profile.Profiles;
import lombok.RequiredArgsConstructor;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: the account of the access token's subject; {@code GET
 * /api/v1/events?after=}: the account events in order, for services with client
 * credentials. Described in {@code /api/v1/openapi.yaml}.
 */
@RestController
@RequiredArgsConstructor
class ProfileApi {

	static final int PAGE = 100;

	private final Accounts accounts;

	private final AccountEvents events;

	private final Profiles profiles;

	private final Consents consents;

	/**
	 * The account as services see it: the NIK only masked, the mother's name never; the
	 * consents the person gives.
	 */
	record Me(String sub, String name, String email, boolean emailVerified, String phoneNumber, String locale,
			String nikMasked, String birthPlace, LocalDate birthDate, String gender, String maritalStatus,
			String villageCode, String street, ProfileView profile, List<String> consents) {

		static Me of(Account account, Profile profile, List<String> consents) {
			return new Me(account.id().toString(), account.fullName(), account.email(), account.emailVerified(),
					account.phone(), account.locale(), account.nikMasked(), account.birthPlace(), account.birthDate(),
					account.gender().name(), account.maritalStatus().name(), account.villageCode(), account.street(),
					ProfileView.of(profile), consents);
		}

	}

	/** The 7-step profile as services read it (the photo at /api/v1/me/photo). */
	record ProfileView(boolean complete, int completeness, boolean hasPhoto, String description,
			String domicileVillageCode, String domicileStreet, String domicilePostalCode, boolean seekingTraining,
			List<String> desiredJobs, List<Profile.Experience> experiences, List<Profile.Training> trainings,
			Profile.Education education, List<Profile.Certification> certifications, List<Profile.Skill> skills) {

		static ProfileView of(Profile profile) {
			return new ProfileView(profile.complete(), profile.completeness(), profile.hasPhoto(),
					profile.description(), profile.domicileVillage(), profile.domicileStreet(),
					profile.domicilePostalCode(), profile.seekingTraining(), profile.desiredJobs(),
					profile.experiences(), profile.trainings(), profile.education(), profile.certifications(),
					profile.skills());
		}

	}

	/** A page of the feed: the events and the position to ask after next time. */
	record Feed(List<AccountEvents.Event> events, String next) {
	}

	@GetMapping("/api/v1/me")
	ResponseEntity<Me> me(@AuthenticationPrincipal Jwt token) {
		UUID id;
		try {
			id = UUID.fromString(token.getSubject());
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.notFound().build();
		}
		return this.accounts.byId(id)
			.filter(Account::active)
			.map((account) -> ResponseEntity
				.ok(Me.of(account, this.profiles.of(account.id()), this.consents.given(account.id()))))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/api/v1/me/photo")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal Jwt token,
			@RequestParam(defaultValue = "besar") String ukuran) {
		UUID id;
		try {
			id = UUID.fromString(token.getSubject());
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.notFound().build();
		}
		return this.profiles.photo(id, !"kecil".equals(ukuran))
			.map((bytes) -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(bytes))
			.orElse(ResponseEntity.notFound().build());
	}

	/**
	 * A person's account and profile for a first-party service with client credentials
	 * (scope {@code profiles.read}): how Jobfair keeps a seeker's profile current after
	 * an event of the feed. Without the NIK, even masked.
	 */
	@GetMapping("/api/v1/people/{sub}")
	ResponseEntity<Me> person(@PathVariable String sub) {
		return account(sub).map((account) -> {
			Me me = Me.of(account, this.profiles.of(account.id()), this.consents.given(account.id()));
			return ResponseEntity.ok(new Me(me.sub(), me.name(), me.email(), me.emailVerified(), me.phoneNumber(),
					me.locale(), null, me.birthPlace(), me.birthDate(), me.gender(), me.maritalStatus(),
					me.villageCode(), me.street(), me.profile(), me.consents()));
		}).orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/api/v1/people/{sub}/photo")
	ResponseEntity<byte[]> personPhoto(@PathVariable String sub, @RequestParam(defaultValue = "besar") String ukuran) {
		return account(sub).flatMap((account) -> this.profiles.photo(account.id(), !"kecil".equals(ukuran)))
			.map((bytes) -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(bytes))
			.orElse(ResponseEntity.notFound().build());
	}

	private Optional<Account> account(String sub) {
		try {
			return this.accounts.byId(UUID.fromString(sub)).filter(Account::active);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@GetMapping("/api/v1/events")
	Feed events(@RequestParam(required = false) String after, @RequestParam(defaultValue = "100") int limit) {
		List<AccountEvents.Event> page = this.events.after(after, Math.max(1, Math.min(limit, PAGE)));
		return new Feed(page, page.isEmpty() ? (after == null ? "" : after) : page.get(page.size() - 1).position());
	}

}
