package id.siapkerja.jobfair.company.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.company.CompanyMembership;
import id.siapkerja.jobfair.company.Team;
import id.siapkerja.jobfair.company.TeamMember;
import id.siapkerja.jobfair.member.Member;
import id.siapkerja.jobfair.member.Members;
import id.siapkerja.jobfair.signin.ReAuthentication;
import id.siapkerja.webkit.form.Forms;
import lombok.RequiredArgsConstructor;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Tim Perusahaan" (J-C-d … g): every member sees the team; only the owner invites,
 * resends, cancels, removes and hands over ownership. The invitation link
 * ({@code /undangan/{token}}) leads through the login and then to "Terima undangan".
 */
@Controller
@RequiredArgsConstructor
class TeamController {

	private final Companies companies;

	private final Team team;

	private final ReAuthentication reAuthentication;

	private final Clock clock;

	private final Members members;

	@GetMapping("/perusahaan/{id}/tim")
	String team(CompanyMembership membership, @PathVariable CompanyId id, @AuthenticationPrincipal OidcUser user,
			Model model) {
		return page(membership.company(), InvitationForm.empty(), user, model);
	}

	private String page(Company company, InvitationForm form, OidcUser user, Model model) {
		model.addAttribute("company", company);
		model.addAttribute("owner",
				this.companies.roleOf(company.id(), user.getSubject()).orElseThrow() == TeamMember.Role.OWNER);
		model.addAttribute("members", this.team.members(company.id()));
		model.addAttribute("me", user.getSubject());
		model.addAttribute("now", this.clock.instant());
		Forms.show(model, form);
		return "company/team";
	}

	// J-C-d, J-C-e: "Undang Pengguna" by e-mail; the invitee shows as Pending
	@PostMapping("/perusahaan/{id}/tim/undang")
	String invite(CompanyMembership membership, @PathVariable CompanyId id,
			@Valid @ModelAttribute("form") InvitationForm form, BindingResult errors,
			@AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
		Company company = membership.owner().company();
		if (!errors.hasErrors()) {
			this.team
				.invite(id, company.name(), user.getSubject(), fullName(user), form.email(), form.name(),
						LocaleContextHolder.getLocale())
				.ifPresent((refused) -> errors.rejectValue("email",
						"team.invite." + refused.name().toLowerCase(Locale.ROOT).replace('_', '-')));
		}
		if (errors.hasErrors()) {
			return page(company, form, user, model);
		}
		redirect.addFlashAttribute("done", "team.invited");
		redirect.addFlashAttribute("doneArgument", form.email());
		return "redirect:/perusahaan/" + id + "/tim";
	}

	@PostMapping("/perusahaan/{id}/tim/{member}/kirim-ulang")
	String resend(CompanyMembership membership, @PathVariable CompanyId id, @PathVariable UUID member,
			@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		Company company = membership.owner().company();
		boolean sent = this.team.resend(id, member, company.name(), fullName(user), LocaleContextHolder.getLocale());
		redirect.addFlashAttribute(sent ? "done" : "problem", sent ? "team.resent" : "team.not-pending");
		return "redirect:/perusahaan/" + id + "/tim";
	}

	@PostMapping("/perusahaan/{id}/tim/{member}/hapus")
	String remove(CompanyMembership membership, @PathVariable CompanyId id, @PathVariable UUID member,
			RedirectAttributes redirect) {
		membership.owner();
		boolean removed = this.team.remove(id, member);
		redirect.addFlashAttribute(removed ? "done" : "problem", removed ? "team.removed" : "team.not-removable");
		return "redirect:/perusahaan/" + id + "/tim";
	}

	/**
	 * "Transfer kepemilikan": asks for the password again at akun (a fresh login), then
	 * shows the confirmation.
	 */
	@GetMapping("/perusahaan/{id}/tim/{member}/transfer")
	String transferPage(CompanyMembership membership, @PathVariable CompanyId id, @PathVariable UUID member,
			@AuthenticationPrincipal OidcUser user, Model model) {
		Company company = membership.owner().company();
		TeamMember target = this.team.member(id, member)
			.filter((m) -> m.status() == TeamMember.Status.ACTIVE && m.role() == TeamMember.Role.MEMBER)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("company", company);
		model.addAttribute("target", target);
		model.addAttribute("confirmed", this.reAuthentication.isFresh(user));
		return "company/transfer";
	}

	// J-C-g: ownership transferred to an active member
	@PostMapping("/perusahaan/{id}/tim/{member}/transfer")
	String transfer(CompanyMembership membership, @PathVariable CompanyId id, @PathVariable UUID member,
			@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		membership.owner();
		if (!this.reAuthentication.isFresh(user)) {
			redirect.addFlashAttribute("problem", "team.transfer.password");
			return "redirect:/perusahaan/" + id + "/tim/" + member + "/transfer";
		}
		try {
			this.team.transferOwnership(id, user.getSubject(), member);
		}
		catch (Team.NotTransferable ex) {
			redirect.addFlashAttribute("problem", "team.transfer.refused");
			return "redirect:/perusahaan/" + id + "/tim";
		}
		redirect.addFlashAttribute("done", "team.transferred");
		return "redirect:/perusahaan/" + id + "/tim";
	}

	// J-C-f: the invitation accepted after logging in
	@GetMapping("/undangan/{token}")
	String invitation(@PathVariable String token, @AuthenticationPrincipal OidcUser user, Model model) {
		Team.Invitation invitation = this.team.open(token, user.getSubject(), verifiedEmail(user));
		return invitationView(token, unverified(invitation, user), user, model);
	}

	@PostMapping("/undangan/{token}")
	String accept(@PathVariable String token, @AuthenticationPrincipal OidcUser user, Model model) {
		Team.Invitation invitation = this.team.accept(token, user.getSubject(), verifiedEmail(user), fullName(user));
		if (invitation.state() == Team.InvitationState.VALID) {
			return "redirect:/perusahaan/" + invitation.member().companyId() + "?bergabung";
		}
		return invitationView(token, unverified(invitation, user), user, model);
	}

	/**
	 * The invitation is for this person's own address, which is not verified yet: said as
	 * such, with the way to verify it, rather than "for X, but you are X".
	 */
	private Team.Invitation unverified(Team.Invitation invitation, OidcUser user) {
		if (invitation.state() == Team.InvitationState.WRONG_ACCOUNT && invitation.member() != null
				&& user.getEmail() != null && user.getEmail().strip().equalsIgnoreCase(invitation.member().email())) {
			return new Team.Invitation(Team.InvitationState.EMAIL_NOT_VERIFIED, invitation.member());
		}
		return invitation;
	}

	private String invitationView(String token, Team.Invitation invitation, OidcUser user, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("state", invitation.state());
		model.addAttribute("invited", invitation.member());
		model.addAttribute("email", user.getEmail());
		model.addAttribute("company",
				invitation.member() == null ? null : this.companies.byId(invitation.member().companyId()).orElse(null));
		return "company/invitation";
	}

	/**
	 * The person's verified address: from the login, or from akun's later word (the
	 * member is kept current by akun's events), so an address verified after logging in
	 * counts at once.
	 */
	private String verifiedEmail(OidcUser user) {
		if (Boolean.TRUE.equals(user.getEmailVerified())) {
			return user.getEmail();
		}
		return this.members.bySub(user.getSubject()).filter(Member::emailVerified).map(Member::email).orElse(null);
	}

	private static String fullName(OidcUser user) {
		return user.getFullName() == null ? "" : user.getFullName();
	}

}
