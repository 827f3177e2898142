package id.siapkerja.akun.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	// the portal's front page, "Masuk" and "Daftar Sekarang"
	@GetMapping("/")
	String home() {
		return "index";
	}

}
