package id.siapkerja.jobfair.organizer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.signin.SignedIn;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The organizers and who may act for them. */
@Repository
public class Organizers {

	private final JdbcClient jdbc;

	private final Clock clock;

	Organizers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

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
				insert into organizer_member (organizer_id, sub)
				select organizer_id, ? from organizer_invitation where email = lower(?)
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
				where m.sub = ? order by o.name
				""").param(memberSub).query(this::map).list();
	}

	/** The people who act for the organizer. */
	public List<String> memberSubs(UUID organizer) {
		return this.jdbc.sql("select sub from organizer_member where organizer_id = ?")
			.param(organizer)
			.query(String.class)
			.list();
	}

	public boolean isMember(UUID organizer, String memberSub) {
		return this.jdbc.sql("select count(*) from organizer_member where organizer_id = ? and sub = ?")
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

}
