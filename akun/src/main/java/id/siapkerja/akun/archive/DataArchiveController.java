package id.siapkerja.akun.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.Activity;
import id.siapkerja.akun.account.PasswordRechecks;
import id.siapkerja.akun.sso.Issuer;
import id.siapkerja.webkit.text.Times;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Unduh data saya" ({@code /pengaturan/unduh-data}): what the archive holds, asking for
 * one, where its preparation stands part by part, and the download, which asks for the
 * password again every time.
 */
@Controller
@RequiredArgsConstructor
class DataArchiveController {

	/** The password asked again before the download. */
	record DownloadRequest(@NotBlank(message = "{settings.password.wrong}") String password) {

		static DownloadRequest empty() {
			return new DownloadRequest("");
		}

	}

	private final Accounts accounts;

	private final PasswordRechecks rechecks;

	private final DataArchives archives;

	private final ArchiveFiles files;

	private final Activity activity;

	private final Issuer issuer;

	private final Clock clock;

	@GetMapping("/pengaturan/unduh-data")
	String page(Authentication authentication, Model model) {
		return page(current(authentication), model, DownloadRequest.empty());
	}

	private String page(Account account, Model model, DownloadRequest form) {
		Optional<DataArchives.Archive> archive = this.archives.latest(account.id());
		model.addAttribute("archive", archive.orElse(null));
		model.addAttribute("expired", archive.map((a) -> a.expired(this.clock.instant())).orElse(false));
		model.addAttribute("keptDays", DataArchives.KEPT.toDays());
		if (form != null) {
			model.addAttribute("download", form);
		}
		return "archive/page";
	}

	@PostMapping("/pengaturan/unduh-data")
	String request(Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		Account account = current(authentication);
		Optional<DataArchives.Refusal> refusal = this.archives.request(account, this.issuer.of(request),
				request.getRemoteAddr());
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("problem",
					"archive.refused." + refusal.get().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		else {
			redirect.addFlashAttribute("done", "archive.requested");
		}
		return "redirect:/pengaturan/unduh-data";
	}

	@PostMapping("/pengaturan/unduh-data/unduh")
	Object download(@Valid @ModelAttribute("download") DownloadRequest form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, Model model) {
		Account account = current(authentication);
		if (!errors.hasFieldErrors("password")) {
			this.rechecks.problem(account, form.password(), request.getRemoteAddr())
				.ifPresent((problem) -> errors.rejectValue("password", problem));
		}
		if (errors.hasErrors()) {
			// the form stays with its errors (the password is never written back)
			return page(account, model, null);
		}
		Optional<List<DataArchives.Content>> contents = this.archives.contents(account.id());
		if (contents.isEmpty()) {
			model.addAttribute("problem", "archive.not-ready");
			return page(account, model, DownloadRequest.empty());
		}
		DataArchives.Archive archive = this.archives.latest(account.id()).orElseThrow();
		byte[] zip = this.files.zip(account, contents.get(), archive.parts(), this.clock.instant(),
				LocaleContextHolder.getLocale());
		this.activity.record(account.id(), Activity.Kind.ARCHIVE_DOWNLOADED, request.getRemoteAddr(), null);
		String name = "data-saya-siapkerja-" + LocalDate.ofInstant(this.clock.instant(), Times.DEFAULT_ZONE) + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(zip);
	}

	private Account current(Authentication authentication) {
		return this.accounts.byId(UUID.fromString(authentication.getName())).orElseThrow();
	}

}
