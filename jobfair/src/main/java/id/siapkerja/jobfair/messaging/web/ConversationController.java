package id.siapkerja.jobfair.messaging.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.messaging.Conversations;
import id.siapkerja.jobfair.messaging.MessageBus;
import id.siapkerja.jobfair.messaging.Party;
import id.siapkerja.webkit.text.LimitedText;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Percakapan": the list with unread counts and search, a conversation with its messages
 * (links clickable, everything else escaped), writing where the rules allow, new messages
 * without reloading (Server-Sent Events, polling as the fallback). Only the
 * conversation's parties reach it.
 */
@Controller
@RequiredArgsConstructor
class ConversationController {

	private final Conversations conversations;

	private final MessageBus bus;

	private final Fairs fairs;

	@GetMapping("/percakapan")
	String list(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("summaries", this.conversations.list(user.getSubject(), q));
		model.addAttribute("q", q);
		return "conversation/list";
	}

	/** "Kirim pesan" from a page: the conversation of the two parties in the fair. */
	@PostMapping("/percakapan/baru")
	String start(@RequestParam FairId jobfair, @RequestParam String dari, @RequestParam String ke,
			@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		Party from;
		Party to;
		try {
			from = Party.parse(dari);
			to = Party.parse(ke);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (!this.conversations.partiesOf(user.getSubject()).contains(from)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Fair fair = this.fairs.byId(jobfair).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			return "redirect:/percakapan/" + this.conversations.open(fair, from, to).id();
		}
		catch (Conversations.Refused ex) {
			redirect.addFlashAttribute("problem", key(ex.refusal));
			return "redirect:/percakapan";
		}
	}

	@GetMapping("/percakapan/{id}")
	String thread(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model) {
		List<Party> mine = this.conversations.partiesOf(user.getSubject());
		Conversations.Conversation conversation = ofParty(id, mine);
		Party me = conversation.mine(mine);
		Party other = conversation.other(mine);
		Fair fair = this.fairs.byId(conversation.fairId()).orElseThrow();
		this.conversations.markRead(conversation, me);
		model.addAttribute("conversation", conversation);
		model.addAttribute("fair", fair);
		model.addAttribute("otherName", this.conversations.name(other));
		model.addAttribute("otherKind", other.kind().messageKey());
		model.addAttribute("messages", this.conversations.messages(id));
		model.addAttribute("me", user.getSubject());
		model.addAttribute("zone", fair.zone());
		model.addAttribute("refusal",
				this.conversations.mayWrite(fair, me, other).map(ConversationController::key).orElse(null));
		return "conversation/thread";
	}

	/** The messages alone, for the live refresh. */
	@GetMapping("/percakapan/{id}/pesan")
	String messages(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model) {
		List<Party> mine = this.conversations.partiesOf(user.getSubject());
		Conversations.Conversation conversation = ofParty(id, mine);
		this.conversations.markRead(conversation, conversation.mine(mine));
		model.addAttribute("messages", this.conversations.messages(id));
		model.addAttribute("me", user.getSubject());
		model.addAttribute("zone", this.fairs.byId(conversation.fairId()).map(Fair::zone).orElseThrow());
		return "conversation/thread :: messages";
	}

	@PostMapping("/percakapan/{id}")
	String send(@PathVariable UUID id, @RequestParam(defaultValue = "") String body,
			@RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal OidcUser user,
			RedirectAttributes redirect, Model model) {
		List<Party> mine = this.conversations.partiesOf(user.getSubject());
		Conversations.Conversation conversation = ofParty(id, mine);
		String problem = null;
		try {
			this.conversations.send(conversation, conversation.mine(mine), user.getSubject(),
					user.getFullName() == null ? "" : user.getFullName(), LimitedText.clean(body));
		}
		catch (Conversations.Refused ex) {
			problem = key(ex.refusal);
		}
		if (htmx != null && problem == null) {
			return messages(id, user, model);
		}
		if (problem != null) {
			redirect.addFlashAttribute("problem", problem);
			redirect.addFlashAttribute("draft", body);
		}
		return "redirect:/percakapan/" + id;
	}

	@PostMapping("/percakapan/{id}/dibaca")
	String markRead(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user) {
		List<Party> mine = this.conversations.partiesOf(user.getSubject());
		Conversations.Conversation conversation = ofParty(id, mine);
		this.conversations.markRead(conversation, conversation.mine(mine));
		return "redirect:/percakapan";
	}

	@GetMapping(path = "/percakapan/{id}/stream", produces = "text/event-stream")
	@ResponseBody
	SseEmitter stream(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user) {
		ofParty(id, this.conversations.partiesOf(user.getSubject()));
		return this.bus.watch(id);
	}

	private Conversations.Conversation ofParty(UUID id, List<Party> mine) {
		return this.conversations.byId(id)
			.filter((c) -> mine.contains(c.a()) || mine.contains(c.b()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String key(Conversations.Refusal refusal) {
		return "conversation.refused." + refusal.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
