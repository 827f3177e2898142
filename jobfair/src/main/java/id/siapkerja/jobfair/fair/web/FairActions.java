package id.siapkerja.jobfair.fair.web;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.fair.Fairs;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Performs an action on a fair for a page: done, or refused with a translated message
 * (never a 500).
 */
final class FairActions {

	private FairActions() {
	}

	static void perform(Fairs fairs, FairId id, FairStatus.Action action, String actor, String reason,
			RedirectAttributes redirect) {
		try {
			Fair fair = fairs.act(id, action, actor, reason.isEmpty() ? null : reason);
			redirect.addFlashAttribute("done", action.messageKey());
			redirect.addFlashAttribute("doneStatus", fair.status().messageKey());
		}
		catch (FairStatus.Refused refused) {
			redirect.addFlashAttribute("refusedAction", refused.action().messageKey());
			redirect.addFlashAttribute("refusedFrom", refused.from().messageKey());
		}
	}

}
