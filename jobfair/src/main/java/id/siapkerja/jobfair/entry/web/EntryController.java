package id.siapkerja.jobfair.entry.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.entry.EntrySessions;
import id.siapkerja.jobfair.entry.Gate;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.organizer.Organizers;
import id.siapkerja.jobfair.seeker.Followers;
import lombok.RequiredArgsConstructor;
import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Onsite entry through the pages: the organizer's sessions and gate staff
 * ({@code /kelola/jobfair/{id}/kedatangan}), a follower's booking and ticket
 * ({@code /portofolio/jobfair/{f}/kedatangan}, {@code …/tiket}), and the gate
 * ({@code /pintu}). Each page checks who asks: managers of the fair's organizer, a
 * follower of the fair, its organizer's gate staff or managers.
 */
@Controller
@RequiredArgsConstructor
class EntryController {

	private final EntrySessions sessions;

	private final Gate gate;

	private final Fairs fairs;

	private final Organizers organizers;

	private final Followers followers;

	private final Clock clock;

	// the organizer: sessions with their counts, and gate staff

	@GetMapping("/kelola/jobfair/{id}/kedatangan")
	String sessions(@PathVariable FairId id, @AuthenticationPrincipal OidcUser user, Model model) {
		Fair fair = managed(id, user);
		return sessionsView(fair, SessionForm.empty(), StaffForm.empty(), model);
	}

	@PostMapping("/kelola/jobfair/{id}/kedatangan")
	String addSession(@PathVariable FairId id, @Valid @ModelAttribute("session") SessionForm form, BindingResult errors,
			@AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
		Fair fair = managed(id, user);
		if (!errors.hasErrors()) {
			Instant startsAt = form.day().atTime(form.from()).atZone(fair.zone()).toInstant();
			Instant endsAt = form.day().atTime(form.to()).atZone(fair.zone()).toInstant();
			Optional<EntrySessions.Problem> problem = this.sessions.add(fair, startsAt, endsAt, form.capacity());
			if (problem.isEmpty()) {
				redirect.addFlashAttribute("done", "entry.session.added");
				return "redirect:/kelola/jobfair/" + id + "/kedatangan";
			}
			errors.reject("entry.session.problem." + problem.get().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		return sessionsView(fair, form, StaffForm.empty(), model);
	}

	@PostMapping("/kelola/jobfair/{id}/kedatangan/{session}/hapus")
	String removeSession(@PathVariable FairId id, @PathVariable UUID session, @AuthenticationPrincipal OidcUser user,
			RedirectAttributes redirect) {
		managed(id, user);
		boolean removed = this.sessions.remove(id, session);
		redirect.addFlashAttribute(removed ? "done" : "problem",
				removed ? "entry.session.removed" : "entry.session.booked");
		return "redirect:/kelola/jobfair/" + id + "/kedatangan";
	}

	@PostMapping("/kelola/jobfair/{id}/petugas")
	String addStaff(@PathVariable FairId id, @Valid @ModelAttribute("staff") StaffForm form, BindingResult errors,
			@AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
		Fair fair = managed(id, user);
		if (errors.hasErrors()) {
			return sessionsView(fair, SessionForm.empty(), form, model);
		}
		this.organizers.inviteGateStaff(fair.organizerId(), form.email());
		redirect.addFlashAttribute("done", "entry.staff.added");
		return "redirect:/kelola/jobfair/" + id + "/kedatangan";
	}

	private String sessionsView(Fair fair, SessionForm session, StaffForm staff, Model model) {
		model.addAttribute("fair", fair);
		model.addAttribute("sessions", this.sessions.of(fair.id()));
		model.addAttribute("onsite", EntrySessions.onsite(fair));
		model.addAttribute("session", session);
		model.addAttribute("staff", staff);
		model.addAttribute("gateStaff", this.organizers.gateStaff(fair.organizerId()));
		return "entry/sessions";
	}

	// the seeker: book, see and cancel the ticket

	@GetMapping("/portofolio/jobfair/{f}/kedatangan")
	String booking(@PathVariable FairId f, @AuthenticationPrincipal OidcUser user, Model model) {
		Fair fair = followed(f, user);
		Optional<EntrySessions.Ticket> ticket = this.sessions.ticket(f, user.getSubject());
		model.addAttribute("fair", fair);
		model.addAttribute("onsite", EntrySessions.onsite(fair));
		model.addAttribute("ticket", ticket.orElse(null));
		model.addAttribute("sessions", this.sessions.of(f));
		model.addAttribute("now", this.clock.instant());
		return "entry/booking";
	}

	@PostMapping("/portofolio/jobfair/{f}/kedatangan")
	String book(@PathVariable FairId f, @RequestParam(name = "sesi", required = false) UUID session,
			@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		Fair fair = followed(f, user);
		EntrySessions.Booking booking;
		try {
			booking = this.sessions.book(fair, user.getSubject(), session);
		}
		catch (DuplicateKeyException ex) {
			// two clicks at once: the other one booked
			return "redirect:/portofolio/jobfair/" + f + "/tiket";
		}
		if (booking.refusal().isPresent()) {
			redirect.addFlashAttribute("problem", key(booking.refusal().get()));
			return "redirect:/portofolio/jobfair/" + f + "/kedatangan";
		}
		redirect.addFlashAttribute("done", "entry.booked");
		return "redirect:/portofolio/jobfair/" + f + "/tiket";
	}

	@GetMapping("/portofolio/jobfair/{f}/tiket")
	String ticket(@PathVariable FairId f, @AuthenticationPrincipal OidcUser user, Model model) {
		Fair fair = followed(f, user);
		Optional<EntrySessions.Ticket> ticket = this.sessions.ticket(f, user.getSubject());
		if (ticket.isEmpty()) {
			return "redirect:/portofolio/jobfair/" + f + "/kedatangan";
		}
		model.addAttribute("fair", fair);
		model.addAttribute("ticket", ticket.get());
		model.addAttribute("qr", QrCodes.svg(ticket.get().code()));
		model.addAttribute("name", user.getFullName());
		return "entry/ticket";
	}

	/**
	 * The ticket's QR code to keep on the phone (works without a connection) or print.
	 */
	@GetMapping("/portofolio/jobfair/{f}/tiket.svg")
	ResponseEntity<String> ticketImage(@PathVariable FairId f, @AuthenticationPrincipal OidcUser user) {
		followed(f, user);
		EntrySessions.Ticket ticket = this.sessions.ticket(f, user.getSubject())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tiket-" + ticket.code() + ".svg\"")
			.body(QrCodes.svg(ticket.code()));
	}

	/**
	 * The service worker that keeps ticket pages for when there is no connection, served
	 * under {@code /portofolio/} so that its scope covers them; open to anyone (it holds
	 * no data), so that the browser's checks for a new version after a logout are not
	 * sent to the login and kept as where to go after the next one.
	 */
	@GetMapping("/portofolio/tiket-sw.js")
	ResponseEntity<Resource> ticketWorker() {
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("text/javascript"))
			.cacheControl(CacheControl.noCache())
			.body(new ClassPathResource("static/js/tiket-sw.js"));
	}

	@PostMapping("/portofolio/jobfair/{f}/tiket/batal")
	String cancel(@PathVariable FairId f, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		followed(f, user);
		Optional<EntrySessions.Refusal> refusal = this.sessions.cancel(f, user.getSubject());
		redirect.addFlashAttribute(refusal.isPresent() ? "problem" : "done",
				refusal.map(EntryController::key).orElse("entry.cancelled"));
		return "redirect:/portofolio/jobfair/" + f + "/kedatangan";
	}

	// the gate

	@GetMapping("/pintu")
	String gates(@AuthenticationPrincipal OidcUser user, Model model) {
		List<Fair> fairs = this.organizers.gatesOf(user.getSubject())
			.stream()
			.flatMap((organizer) -> this.fairs.ofOrganizer(organizer).stream())
			.filter(EntrySessions::onsite)
			.filter((fair) -> fair.status() == FairStatus.PUBLISHED || fair.status() == FairStatus.ONGOING)
			.toList();
		model.addAttribute("fairs", fairs);
		return "entry/gates";
	}

	@GetMapping("/pintu/{f}")
	String gatePage(@PathVariable FairId f, @AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("fair", atTheGate(f, user));
		return "entry/gate";
	}

	@PostMapping("/pintu/{f}")
	String scan(@PathVariable FairId f, @RequestParam(name = "kode", defaultValue = "") String code,
			@AuthenticationPrincipal OidcUser user, Model model) {
		Fair fair = atTheGate(f, user);
		model.addAttribute("fair", fair);
		model.addAttribute("scan", this.gate.scan(fair, code, user.getSubject()));
		// the camera will still see this ticket: it is not sent again
		model.addAttribute("checked", code.strip());
		return "entry/gate";
	}

	private Fair managed(FairId id, OidcUser user) {
		return this.fairs.managedBy(id, user.getSubject())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Fair followed(FairId id, OidcUser user) {
		return this.fairs.byId(id)
			.filter((fair) -> this.followers.of(id, user.getSubject()).isPresent())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Fair atTheGate(FairId id, OidcUser user) {
		return this.fairs.byId(id)
			.filter(EntrySessions::onsite)
			.filter((fair) -> this.organizers.atTheGate(fair.organizerId(), user.getSubject()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String key(EntrySessions.Refusal refusal) {
		return "entry.refused." + refusal.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
