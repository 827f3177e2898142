package id.siapkerja.jobfair.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies and who may act for them: only active members act for a company, only its
 * owner manages the team. A person who is not a member gets "not found", never a hint
 * that the company exists.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Companies {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/** A WLKP code already registered by another team. */
	public static final class AlreadyRegistered extends RuntimeException {

		AlreadyRegistered() {
			super("WLKP code already registered");
		}

	}

	/**
	 * Registers a company with the person as its owner.
	 * @throws AlreadyRegistered when its WLKP code is taken
	 */
	@Transactional
	public Company register(Company company, String ownerSub, String ownerEmail, String ownerName) {
		CompanyId id = insert(company);
		this.jdbc.sql("""
				insert into company_member (id, company_id, sub, email, name, role, status, joined_at)
				values (?, ?, ?, ?, ?, 'OWNER', 'ACTIVE', ?)
				""")
			.params(UUID.randomUUID(), id, ownerSub, ownerEmail == null ? "" : ownerEmail, ownerName,
					Timestamp.from(this.clock.instant()))
			.update();
		return byId(id).orElseThrow();
	}

	/**
	 * A company no one has claimed yet (the demo data): its team is arranged by address
	 * ({@link Team#arrange}) and joined at the first login.
	 */
	@Transactional
	public Company registerUnclaimed(Company company) {
		return byId(insert(company)).orElseThrow();
	}

	private CompanyId insert(Company company) {
		CompanyId id = CompanyId.random();
		Timestamp now = Timestamp.from(this.clock.instant());
		try {
			this.jdbc.sql("""
					insert into company (id, wlkp_code, name, legal_form, sector, size, region_code, address, phone,
						email, website, description, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(id, company.wlkpCode(), company.name(), company.legalForm().name(), company.sector(),
						company.size().name(), company.regionCode(), company.address(), company.phone(),
						company.email(), company.website(), company.description(), now)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyRegistered();
		}
		return id;
	}

	/** Changes the profile; the WLKP code stays as registered. */
	@Transactional
	public void update(CompanyId id, Company company) {
		this.jdbc.sql("""
				update company set name = ?, legal_form = ?, sector = ?, size = ?, region_code = ?, address = ?,
					phone = ?, email = ?, website = ?, description = ? where id = ?
				""")
			.params(company.name(), company.legalForm().name(), company.sector(), company.size().name(),
					company.regionCode(), company.address(), company.phone(), company.email(), company.website(),
					company.description(), id)
			.update();
		this.events.publishEvent(new CompanyChanged(id));
	}

	@Transactional
	public void saveLogo(CompanyId id, byte[] logo) {
		this.jdbc.sql("update company set logo = ? where id = ?").params(logo, id).update();
	}

	public Optional<byte[]> logo(CompanyId id) {
		return this.jdbc.sql("select logo from company where id = ?")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.filter((bytes) -> bytes != null);
	}

	public boolean hasLogo(CompanyId id) {
		return this.jdbc.sql("select logo is not null from company where id = ?")
			.param(id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public Optional<Company> byId(CompanyId id) {
		return this.jdbc.sql("select * from company where id = ?").param(id).query(Companies::map).optional();
	}

	/** Several companies in one look. */
	public List<Company> byIds(Collection<CompanyId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from company where id = any(?)")
			.param(ids.stream().map(CompanyId::value).toArray(UUID[]::new))
			.query(Companies::map)
			.list();
	}

	public Optional<Company> byName(String name) {
		return this.jdbc.sql("select * from company where name = ?").param(name).query(Companies::map).optional();
	}

	public boolean wlkpCodeTaken(String code) {
		return this.jdbc.sql("select count(*) from company where wlkp_code = ?")
			.param(code)
			.query(Integer.class)
			.single() > 0;
	}

	/** The companies the person is an active member of. */
	public List<Company> of(String sub) {
		return this.jdbc.sql("""
				select c.* from company c join company_member m on m.company_id = c.id
				where m.sub = ? and m.status = 'ACTIVE' order by c.name
				""").param(sub).query(Companies::map).list();
	}

	/** The active members of the company: everyone who acts for it. */
	public List<String> activeMemberSubs(CompanyId company) {
		return this.jdbc.sql("select sub from company_member where company_id = ? and status = 'ACTIVE'")
			.param(company)
			.query(String.class)
			.list();
	}

	public Optional<TeamMember.Role> roleOf(CompanyId company, String sub) {
		return this.jdbc.sql("select role from company_member where company_id = ? and sub = ? and status = 'ACTIVE'")
			.params(company, sub)
			.query((rs, row) -> TeamMember.Role.valueOf(rs.getString(1)))
			.optional();
	}

	static Company map(ResultSet rs, int row) throws SQLException {
		return new Company(new CompanyId(rs.getObject("id", UUID.class)), rs.getString("wlkp_code"),
				rs.getString("name"), Company.LegalForm.valueOf(rs.getString("legal_form")), rs.getString("sector"),
				Company.Size.valueOf(rs.getString("size")), rs.getString("region_code"), rs.getString("address"),
				rs.getString("phone"), rs.getString("email"), rs.getString("website"), rs.getString("description"));
	}

}
