package id.siapkerja.akun.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.NewAccount;
import id.siapkerja.akun.account.PasswordPolicy;
import id.siapkerja.akun.account.Passwords;
import id.siapkerja.akun.shared.DataProtection;
import id.siapkerja.akun.shared.EmailAddress;
import id.siapkerja.akun.shared.Gender;
import id.siapkerja.akun.shared.MaritalStatus;
import id.siapkerja.akun.shared.Nik;
import id.siapkerja.akun.shared.PhoneNumber;
import id.siapkerja.webkit.form.Choice;
import id.siapkerja.webkit.region.Regions;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Daftar Sekarang" (A-2, A-2b; the seeker's J-S-a): page 1 "Identitas & Akun"
 * ({@code /daftar}), page 2 "Profil & Alamat KTP" ({@code /daftar/profil}). Every rule is
 * checked on the server; the registry is asked only after the local checks pass, and
 * nothing is stored until it says MATCH.
 */
@Controller
@RequiredArgsConstructor
class RegistrationController {

	private final Accounts accounts;

	private final Passwords passwords;

	private final PasswordPolicy policy;

	private final PopulationRegistry registry;

	private final Registrations registrations;

	private final DataProtection protection;

	private final Regions regions;

	private final RegistryChecks checks;

	private final Clock clock;

	/** The hash of a password page 1 accepted, while the registration is under way. */
	static final String KEPT_PASSWORD = "akun.registration.password";

	/**
	 * The keyed index of the NIK and mother's name Dukcapil confirmed in this session.
	 */
	static final String CONFIRMED_IDENTITY = "akun.registration.confirmed";

	@GetMapping("/daftar")
	String identityPage(HttpSession session, Model model) {
		IdentityForm form = new IdentityForm();
		RegistrationDraft draft = draft(session);
		if (draft != null) {
			form.setNik(this.protection.decrypt(draft.nikEncrypted));
			form.setMotherName(this.protection.decrypt(draft.motherNameEncrypted));
			form.setEmail(draft.email);
			form.setPhone(draft.phone);
			form.setConsent(true);
		}
		model.addAttribute("identity", form);
		return identityView(form, session, model);
	}

	@PostMapping("/daftar")
	String identity(@Valid @ModelAttribute("identity") IdentityForm form, BindingResult errors, HttpSession session,
			HttpServletRequest request, Model model) {
		// Dukcapil is asked as soon as the NIK and the mother's name are right on their
		// own, whatever else on the page still needs fixing; its answer goes to the field
		// it concerns. Only a confirmed identity learns whether the NIK, the e-mail or
		// the
		// number is registered already: nobody can probe who has an account (issue 20).
		boolean confirmed = false;
		if (!errors.hasFieldErrors("nik") && !errors.hasFieldErrors("motherName")) {
			Optional<Refusal> refused = confirmIdentity(form.getNik(), form.getMotherName(), session, request);
			refused.ifPresent((refusal) -> {
				if (refusal.field() == null) {
					errors.reject(refusal.messageKey(), new Object[] { refusal.minutes() }, null);
				}
				else {
					errors.rejectValue(refusal.field(), refusal.messageKey());
				}
			});
			confirmed = refused.isEmpty();
		}
		if (confirmed) {
			Optional<Account> registered = this.accounts.byNik(Nik.of(form.getNik(), this.regions));
			if (registered.isPresent()) {
				model.addAttribute("registered", registered.get());
				return identityView(form, session, model);
			}
		}
		Optional<EmailAddress> email = EmailAddress.parse(form.getEmail());
		if (confirmed && email.isPresent() && this.accounts.emailTaken(email.get())) {
			errors.rejectValue("email", "registration.email.taken");
		}
		Optional<PhoneNumber> phone = PhoneNumber.parse(form.getPhone());
		if (confirmed && phone.isPresent() && this.accounts.phoneTaken(phone.get())) {
			errors.rejectValue("phone", "registration.phone.taken");
		}
		// a password accepted before (the page sent back for another field, or page 2
		// left
		// for page 1) is kept, hashed, until the person types another: nothing typed is
		// lost
		String keptPassword = (String) session.getAttribute(KEPT_PASSWORD);
		boolean keepPassword = keptPassword != null && form.getPassword().isEmpty()
				&& form.getPasswordConfirmation().isEmpty();
		if (!keepPassword) {
			this.policy
				.check(form.getPassword(),
						new PasswordPolicy.PersonalWords(form.getNik(),
								phone.map(PhoneNumber::e164).orElse(form.getPhone()),
								email.map(EmailAddress::value).orElse(form.getEmail()), null))
				.ifPresent((problem) -> errors.rejectValue("password", problem.messageKey(),
						new Object[] { PasswordPolicy.MINIMUM_LENGTH, PasswordPolicy.MAXIMUM_LENGTH }, null));
			if (!errors.hasFieldErrors("password") && !form.getPassword().equals(form.getPasswordConfirmation())) {
				errors.rejectValue("passwordConfirmation", "registration.password.mismatch");
			}
			if (!errors.hasFieldErrors("password") && !errors.hasFieldErrors("passwordConfirmation")) {
				keptPassword = this.passwords.hash(form.getPassword());
				session.setAttribute(KEPT_PASSWORD, keptPassword);
			}
		}
		if (errors.hasErrors()) {
			return identityView(form, session, model);
		}
		RegistrationDraft previous = draft(session);
		RegistrationDraft draft = new RegistrationDraft(this.protection.encrypt(form.getNik()),
				this.protection.encrypt(form.getMotherName()), email.get().value(), phone.get().e164(), keptPassword);
		draft.profile = previous == null ? null : previous.profile;
		session.setAttribute(RegistrationDraft.SESSION_KEY, draft);
		return "redirect:/daftar/profil";
	}

	/**
	 * Dukcapil's answer for the NIK and mother's maiden name, asked while the person is
	 * still on page 1, right after typing them (htmx; the page works without it): shown
	 * under the mother's name.
	 */
	@PostMapping("/daftar/periksa-dukcapil")
	String registryAnswer(@RequestParam(defaultValue = "") String nik,
			@RequestParam(defaultValue = "") String motherName, HttpSession session, HttpServletRequest request,
			Model model) {
		String digits = nik.replaceAll("[\\s.\\-]", "");
		String mother = squeeze(motherName);
		if (Nik.check(digits, this.regions).isEmpty() && mother.matches(IdentityForm.NAME)) {
			Optional<Refusal> refusal = confirmIdentity(digits, mother, session, request);
			model.addAttribute("registryAnswer",
					refusal.map((r) -> new RegistryAnswer(false, r.messageKey(), r.minutes()))
						.orElse(new RegistryAnswer(true, PopulationRegistry.Answer.MATCH.messageKey(), 0)));
		}
		return "registration/identity :: registry-answer";
	}

	/** What the page says of Dukcapil's answer beside the fields. */
	record RegistryAnswer(boolean matched, String messageKey, long minutes) {
	}

	/**
	 * Dukcapil's word on the NIK and mother's name, asked once per pair in a session: a
	 * match is remembered (as a keyed index, never the values) so that sending page 1
	 * again for another field does not ask again.
	 * @return why the registration cannot go on; empty on MATCH
	 */
	private Optional<Refusal> confirmIdentity(String nik, String motherName, HttpSession session,
			HttpServletRequest request) {
		byte[] pair = this.protection.index("registry-match:" + nik + "|" + motherName.toLowerCase(Locale.ROOT));
		if (Arrays.equals(pair, (byte[]) session.getAttribute(CONFIRMED_IDENTITY))) {
			return Optional.empty();
		}
		Optional<Refusal> refused = askRegistry(new PopulationRegistry.Query(nik, motherName, null, null), request);
		if (refused.isEmpty()) {
			session.setAttribute(CONFIRMED_IDENTITY, pair);
		}
		return refused;
	}

	private String identityView(IdentityForm form, HttpSession session, Model model) {
		form.setPassword("");
		form.setPasswordConfirmation("");
		model.addAttribute("passwordKept", session.getAttribute(KEPT_PASSWORD) != null);
		if (!model.containsAttribute("registryAnswer") && form.getNik() != null && form.getMotherName() != null
				&& session.getAttribute(CONFIRMED_IDENTITY) != null
				&& Arrays.equals((byte[]) session.getAttribute(CONFIRMED_IDENTITY), this.protection
					.index("registry-match:" + form.getNik() + "|" + form.getMotherName().toLowerCase(Locale.ROOT)))) {
			model.addAttribute("registryAnswer",
					new RegistryAnswer(true, PopulationRegistry.Answer.MATCH.messageKey(), 0));
		}
		return "registration/identity";
	}

	// A-2b: page 2, the identity fields and the KTP address
	@GetMapping("/daftar/profil")
	String profilePage(HttpSession session, Model model) {
		RegistrationDraft draft = draft(session);
		if (draft == null) {
			return "redirect:/daftar";
		}
		ProfileForm form = draft.profile == null ? new ProfileForm() : draft.profile;
		return profileView(form, model);
	}

	@PostMapping("/daftar/profil")
	String profile(@Valid @ModelAttribute("profile") ProfileForm form, BindingResult errors, HttpSession session,
			HttpServletRequest request, Model model, Locale locale) {
		RegistrationDraft draft = draft(session);
		if (draft == null) {
			return "redirect:/daftar";
		}
		draft.profile = form;
		session.setAttribute(RegistrationDraft.SESSION_KEY, draft);
		if (!RegionPicker.consistent(this.regions, form.getProvince(), form.getRegency(), form.getDistrict(),
				form.getVillage())) {
			errors.rejectValue("village", "registration.village.required");
		}
		String nik = this.protection.decrypt(draft.nikEncrypted);
		if (form.getBirthDate() != null && !errors.hasFieldErrors("birthDate") && form.getGender() != null) {
			for (Nik.Problem problem : Nik.check(nik, this.regions, form.getBirthDate(), form.getGender())) {
				errors.rejectValue(problem == Nik.Problem.GENDER_DIFFERS ? "gender" : "birthDate",
						problem.messageKey());
			}
		}
		if (errors.hasErrors()) {
			return profileView(form, model);
		}
		String motherName = this.protection.decrypt(draft.motherNameEncrypted);
		Optional<Refusal> refused = askRegistry(
				new PopulationRegistry.Query(nik, motherName, form.getFullName(), form.getBirthDate()), request);
		if (refused.isPresent()) {
			if (refused.get().field() == null) {
				errors.reject(refused.get().messageKey(), new Object[] { refused.get().minutes() }, null);
			}
			else {
				errors.rejectValue(refused.get().field(), refused.get().messageKey());
			}
			return profileView(form, model);
		}
		Account account;
		try {
			account = this.registrations.register(
					new NewAccount(Nik.of(nik, this.regions), motherName, EmailAddress.parse(draft.email).orElseThrow(),
							PhoneNumber.parse(draft.phone).orElseThrow(), draft.passwordHash, form.getFullName(),
							form.getBirthPlace(), form.getBirthDate(), form.getGender(), form.getMaritalStatus(),
							form.getVillage(), form.getStreet(), locale.getLanguage()),
					request.getRemoteAddr(), locale, baseUrl());
		}
		catch (Registrations.Taken ex) {
			errors.reject("registration.taken");
			return profileView(form, model);
		}
		session.removeAttribute(RegistrationDraft.SESSION_KEY);
		session.removeAttribute(KEPT_PASSWORD);
		session.removeAttribute(CONFIRMED_IDENTITY);
		Activation.start(session, account.id());
		return "redirect:/aktivasi";
	}

	/** The strength meter under the password, redrawn as the person types (htmx). */
	@PostMapping("/daftar/kekuatan-password")
	String strength(@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String nik,
			@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String email, Model model) {
		PasswordPolicy.PersonalWords person = new PasswordPolicy.PersonalWords(nik, phone, email, null);
		Integer score = null;
		if (!password.isEmpty()) {
			score = (this.policy.check(password, person)
				.filter((problem) -> problem == PasswordPolicy.Problem.CONTAINS_PERSONAL_DATA)
				.isPresent()) ? 0 : this.policy.score(password, person);
		}
		model.addAttribute("score", score);
		return "registration/strength :: meter";
	}

	/** The KTP region picker redrawn after a choice (htmx). */
	@GetMapping("/daftar/wilayah")
	String regionPicker(@RequestParam(defaultValue = "") String province,
			@RequestParam(defaultValue = "") String regency, @RequestParam(defaultValue = "") String district,
			@RequestParam(defaultValue = "") String village, Model model) {
		ProfileForm form = new ProfileForm();
		form.setProvince(province);
		form.setRegency(regency);
		form.setDistrict(district);
		form.setVillage(village);
		model.addAttribute("chosen", form);
		model.addAttribute("pickerUrl", "/daftar/wilayah");
		model.addAttribute("picker", RegionPicker.of(this.regions, province, regency, district));
		return "fragments/region-picker :: picker";
	}

	/**
	 * Why the registration cannot go on: the field the answer concerns (none for a wait
	 * or an outage), with the minutes to wait where that applies.
	 */
	private record Refusal(String field, String messageKey, long minutes) {
	}

	/**
	 * Asks Dukcapil within the caps of {@link RegistryChecks}.
	 * @return why the registration cannot go on; empty on MATCH
	 */
	private Optional<Refusal> askRegistry(PopulationRegistry.Query query, HttpServletRequest request) {
		String clientIp = request.getRemoteAddr();
		String session = request.getSession().getId();
		Optional<Instant> refusedUntil = this.checks.refusedUntil(clientIp, session, query.nik());
		if (refusedUntil.isPresent()) {
			long minutes = Math.max(1,
					(Duration.between(this.clock.instant(), refusedUntil.get()).toSeconds() + 59) / 60);
			return Optional.of(new Refusal(null, "registry.too-many-checks", minutes));
		}
		PopulationRegistry.Answer answer;
		try {
			answer = this.registry.verify(query);
		}
		catch (PopulationRegistry.Unavailable ex) {
			return Optional.of(new Refusal(null, "registry.unavailable", 0));
		}
		this.checks.record(clientIp, session, query.nik(), answer == PopulationRegistry.Answer.MATCH);
		return answer == PopulationRegistry.Answer.MATCH ? Optional.empty()
				: Optional.of(new Refusal(answer.field(), answer.messageKey(), 0));
	}

	private String profileView(ProfileForm form, Model model) {
		model.addAttribute("profile", form);
		model.addAttribute("chosen", form);
		model.addAttribute("pickerUrl", "/daftar/wilayah");
		model.addAttribute("genders", Gender.values());
		model.addAttribute("maritalStatuses", Choice.prefixed(MaritalStatus.values(), "marital."));
		model.addAttribute("picker",
				RegionPicker.of(this.regions, form.getProvince(), form.getRegency(), form.getDistrict()));
		return "registration/profile";
	}

	private static RegistrationDraft draft(HttpSession session) {
		return (RegistrationDraft) session.getAttribute(RegistrationDraft.SESSION_KEY);
	}

	private static String squeeze(String typed) {
		return typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
