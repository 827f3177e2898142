package id.siapkerja.jobfair.organizer;

import org.springframework.modulith.events.ApplicationModuleListener;
import id.siapkerja.jobfair.member.MemberErased;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.member.Member;
import id.siapkerja.jobfair.member.Members;
import id.siapkerja.jobfair.signin.SignedIn;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The organizers and who may act for them. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Organizers {

	private final JdbcClient jdbc;

	private final Members members;

	private final Clock clock;

	/** Registers an organizer with the person as its first member. */
	@Transactional
	public Organizer register(Organizer organizer, String memberSub) {
		UUID id = insert(organizer);
		this.jdbc.sql("insert into organizer_member (organizer_id, sub) values (?, ?)").params(id, memberSub).update();
		return byId(id).orElseThrow();
	}

	@Transactional
	public void saveLogo(UUID organizer, byte[] logo) {
		this.jdbc.sql("update organizer set logo = ? where id = ?").params(logo, organizer).update();
	}

	public Optional<byte[]> logo(UUID organizer) {
		return this.jdbc.sql("select logo from organizer where id = ?")
			.param(organizer)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.filter((bytes) -> bytes != null);
	}

	/** Offers membership to whoever logs in with this verified e-mail address. */
	@Transactional
	public void invite(UUID organizer, String email) {
		this.jdbc
			.sql("insert into organizer_invitation (organizer_id, email) values (?, lower(?)) on conflict do nothing")
			.params(organizer, email)
			.update();
	}

	/**
	 * Makes whoever logs in with this verified e-mail address gate staff ("petugas
	 * pintu") of the organizer: they see the gate of its fairs and nothing else. A person
	 * already in Jobfair becomes staff at once.
	 */
	@Transactional
	public void inviteGateStaff(UUID organizer, String email) {
		List<Member> verified = this.members.bySubs(this.members.subsWithEmail(email))
			.values()
			.stream()
			.filter(Member::emailVerified)
			.toList();
		if (verified.isEmpty()) {
			this.jdbc.sql("""
					insert into organizer_invitation (organizer_id, email, role) values (?, lower(?), 'PETUGAS_PINTU')
					on conflict (organizer_id, email) do nothing
					""").params(organizer, email.strip()).update();
		}
		verified.forEach((member) -> this.jdbc.sql("""
				insert into organizer_member (organizer_id, sub, role) values (?, ?, 'PETUGAS_PINTU')
				on conflict do nothing
				""").params(organizer, member.sub()).update());
	}

	/**
	 * The gate staff of the organizer by name, and the addresses invited who have not
	 * come yet.
	 */
	public List<String> gateStaff(UUID organizer) {
		List<String> subs = this.jdbc
			.sql("select sub from organizer_member where organizer_id = ? and role = 'PETUGAS_PINTU'")
			.param(organizer)
			.query(String.class)
			.list();
		List<String> staff = new java.util.ArrayList<>(
				this.members.bySubs(subs).values().stream().map(Member::name).sorted().toList());
		staff.addAll(this.jdbc.sql("""
				select email from organizer_invitation i where organizer_id = ? and role = 'PETUGAS_PINTU'
				""").param(organizer).query(String.class).list());
		return staff;
	}

	/**
	 * Whether the person may scan tickets at the organizer's gates (staff or manager).
	 */
	public boolean atTheGate(UUID organizer, String memberSub) {
		return this.jdbc.sql("select count(*) from organizer_member where organizer_id = ? and sub = ?")
			.params(organizer, memberSub)
			.query(Integer.class)
			.single() > 0;
	}

	/** The organizers at whose gates the person may scan. */
	public List<UUID> gatesOf(String memberSub) {
		return this.jdbc.sql("select organizer_id from organizer_member where sub = ?")
			.param(memberSub)
			.query(UUID.class)
			.list();
	}

	/**
	 * At each login, the organizer invitations of the verified address become
	 * memberships.
	 */
	@EventListener
	void signedIn(SignedIn event) {
		claimInvitations(event.sub(), event.verifiedEmail());
	}

	/** Turns the invitations of a verified address into memberships of the person. */
	@Transactional
	public int claimInvitations(String memberSub, String verifiedEmail) {
		if (verifiedEmail == null || verifiedEmail.isBlank()) {
			return 0;
		}
		int claimed = this.jdbc.sql("""
				insert into organizer_member (organizer_id, sub, role)
				select organizer_id, ?, role from organizer_invitation where email = lower(?)
				on conflict do nothing
				""").params(memberSub, verifiedEmail).update();
		this.jdbc.sql("delete from organizer_invitation where email = lower(?)").param(verifiedEmail).update();
		return claimed;
	}

	/** Registers an organizer without a member yet (demo data). */
	@Transactional
	public Organizer registerWithoutMember(Organizer organizer) {
		return byId(insert(organizer)).orElseThrow();
	}

	private UUID insert(Organizer organizer) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into organizer (id, name, type, region_code, address, phone, email, website, description,
					person_in_charge, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, organizer.name(), organizer.type().name(), organizer.regionCode(), organizer.address(),
					organizer.phone(), organizer.email(), organizer.website(), organizer.description(),
					organizer.personInCharge(), Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

	public Optional<Organizer> byName(String name) {
		return this.jdbc.sql("select * from organizer where name = ?").param(name).query(this::map).optional();
	}

	/**
	 * The organizers whose name contains these words (any case), for Admin Pusat's
	 * filter.
	 */
	public List<UUID> named(String words) {
		return this.jdbc.sql("select id from organizer where name ilike '%' || ? || '%'")
			.param(words.strip())
			.query(UUID.class)
			.list();
	}

	public Optional<Organizer> byId(UUID id) {
		return this.jdbc.sql("select * from organizer where id = ?").param(id).query(this::map).optional();
	}

	/** The organizers the person is a member of. */
	public List<Organizer> of(String memberSub) {
		return this.jdbc.sql("""
				select o.* from organizer o join organizer_member m on m.organizer_id = o.id
				where m.sub = ? and m.role = 'PENGELOLA' order by o.name
				""").param(memberSub).query(this::map).list();
	}

	/** The people who act for the organizer. */
	public List<String> memberSubs(UUID organizer) {
		return this.jdbc.sql("select sub from organizer_member where organizer_id = ? and role = 'PENGELOLA'")
			.param(organizer)
			.query(String.class)
			.list();
	}

	public boolean isMember(UUID organizer, String memberSub) {
		return this.jdbc
			.sql("select count(*) from organizer_member where organizer_id = ? and sub = ? and role = 'PENGELOLA'")
			.params(organizer, memberSub)
			.query(Integer.class)
			.single() > 0;
	}

	private Organizer map(ResultSet rs, int row) throws SQLException {
		return new Organizer(rs.getObject("id", UUID.class), rs.getString("name"),
				Organizer.Type.valueOf(rs.getString("type")), rs.getString("region_code"), rs.getString("address"),
				rs.getString("phone"), rs.getString("email"), rs.getString("website"), rs.getString("description"),
				rs.getString("person_in_charge"));
	}

	/**
	 * The person deleted their account: they leave every organizer, and invitations to
	 * their address go.
	 */
	@ApplicationModuleListener
	void erased(MemberErased erased) {
		this.jdbc.sql("delete from organizer_member where sub = ?").param(erased.sub()).update();
		this.jdbc.sql("delete from organizer_invitation where lower(email) = lower(?)")
			.param(erased.email() == null ? "" : erased.email())
			.update();
	}

}
