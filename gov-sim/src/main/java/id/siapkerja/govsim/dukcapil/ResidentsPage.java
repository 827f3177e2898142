package id.siapkerja.govsim.dukcapil;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page where a tester picks a resident to register with, and flips the registry's
 * switch.
 */
@Controller
@RequiredArgsConstructor
class ResidentsPage {

	static final int PAGE_SIZE = 50;

	private final Residents residents;

	private final Registry registry;

	@GetMapping("/dukcapil/residents")
	String residents(@RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "status", required = false) Resident.Status status, Model model) {
		List<Resident> shown = status == null ? this.residents.all()
				: this.residents.all().stream().filter((resident) -> resident.status() == status).toList();
		int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.clamp(page, 1, pages);
		model.addAttribute("residents",
				shown.subList((current - 1) * PAGE_SIZE, Math.min(shown.size(), current * PAGE_SIZE)));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("total", shown.size());
		model.addAttribute("status", status);
		model.addAttribute("statuses", Resident.Status.values());
		model.addAttribute("mode", this.registry.mode());
		model.addAttribute("modes", Registry.Mode.values());
		return "dukcapil/residents";
	}

	@PostMapping("/dukcapil/mode")
	String switchMode(@RequestParam("mode") Registry.Mode mode) {
		this.registry.switchTo(mode);
		return "redirect:/dukcapil/residents";
	}

}
