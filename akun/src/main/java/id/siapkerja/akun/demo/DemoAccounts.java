package id.siapkerja.akun.demo;

import java.time.LocalDate;
import java.util.List;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.NewAccount;
import id.siapkerja.akun.account.Passwords;
import id.siapkerja.akun.shared.EmailAddress;
import id.siapkerja.akun.shared.Gender;
import id.siapkerja.akun.shared.MaritalStatus;
import id.siapkerja.akun.shared.Nik;
import id.siapkerja.akun.shared.PhoneNumber;
import id.siapkerja.webkit.region.Regions;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Creates the demo accounts of the README once, already active: a job seeker, an
 * organizer member, a company owner and an Admin Pusat. Their NIKs have serials from
 * 9001, which no gov-sim resident has, so they never block a tester's registration.
 */
@Component
@ConditionalOnProperty(name = "siapkerja.akun.demo-accounts", havingValue = "true")
@RequiredArgsConstructor
class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** One demo account, as the README lists it. */
	record Demo(String role, String email, String password, String nik, String phone, String fullName,
			LocalDate birthDate, Gender gender, String villageCode) {
	}

	static final List<Demo> ALL = List.of(
			new Demo("Pencari kerja", "pencaker@demo.siapkerja.id", "Pencaker#Demo2026", "3201011505959001",
					"+6281100000001", "Budi Santoso", LocalDate.of(1995, 5, 15), Gender.MALE, "32.01.01.1001"),
			new Demo("Penyelenggara", "penyelenggara@demo.siapkerja.id", "Penyelenggara#Demo2026", "3171024208889002",
					"+6281100000002", "Sri Wahyuni", LocalDate.of(1988, 8, 2), Gender.FEMALE, "31.71.02.1001"),
			new Demo("Perusahaan (pemilik)", "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026", "3578012003809003",
					"+6281100000003", "Andi Wijaya", LocalDate.of(1980, 3, 20), Gender.MALE, "35.78.01.1001"),
			new Demo("Admin Pusat", "admin@demo.siapkerja.id", "AdminPusat#Demo2026", "3174055111859004",
					"+6281100000004", "Rina Kartika", LocalDate.of(1985, 11, 11), Gender.FEMALE, "31.74.05.1001"));

	private final Accounts accounts;

	private final Passwords passwords;

	private final Regions regions;

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void seed() {
		for (Demo demo : ALL) {
			EmailAddress email = EmailAddress.parse(demo.email()).orElseThrow();
			if (this.accounts.emailTaken(email)) {
				continue;
			}
			String village = this.regions.exists(demo.villageCode()) ? demo.villageCode()
					: firstVillage(demo.villageCode());
			try {
				Account account = this.accounts.add(new NewAccount(Nik.of(demo.nik(), this.regions), "Siti Aminah",
						email, PhoneNumber.parse(demo.phone()).orElseThrow(), this.passwords.hash(demo.password()),
						demo.fullName(), "Jakarta", demo.birthDate(), demo.gender(), MaritalStatus.KAWIN, village,
						"Jl. Gatot Subroto Kav. 51", "id"));
				this.accounts.activate(account.id());
				this.accounts.changeEmail(account.id(), email, true);
				log.info("Demo account {} created", demo.email());
			}
			catch (DuplicateKeyException ex) {
				// another instance created it at the same moment
			}
		}
	}

	private String firstVillage(String code) {
		String regency = code.substring(0, 5);
		var districts = this.regions.childrenOf(regency);
		return this.regions.childrenOf(districts.get(0).code()).get(0).code();
	}

}
