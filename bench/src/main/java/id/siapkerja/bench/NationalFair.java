package id.siapkerja.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A national job fair written straight into Jobfair's schema: its organizer, accepted
 * companies with their open vacancies published in the fair, and seekers who follow it
 * (members with the profile akun would have given Jobfair), checked in or not.
 */
final class NationalFair {

	private NationalFair() {
	}

	/** A seeded fair. */
	record Fair(UUID id, String slug, int companies, int vacancies) {
	}

	/**
	 * Creates an online fair in {@code status} from {@code startsAt} for a day, with
	 * {@code companies} accepted companies sharing {@code vacancies} open vacancies.
	 */
	static Fair seed(Connection jobfair, String title, String status, Instant startsAt, int companies, int vacancies)
			throws SQLException {
		UUID organizer = UUID.randomUUID();
		UUID fair = UUID.randomUUID();
		String slug = "bench-" + fair.toString().substring(0, 8);
		try (PreparedStatement insert = jobfair.prepareStatement("""
				insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
				values (?, 'Kementerian Ketenagakerjaan (bench)', 'DISNAKER_PROVINSI', '31', 'Jl. Jend. Gatot Subroto',
					'021-5255733', 'bench@kemnaker.go.id', 'Panitia Bench', now())
				""")) {
			insert.setObject(1, organizer);
			insert.executeUpdate();
		}
		try (PreparedStatement insert = jobfair.prepareStatement("""
				insert into fair (id, slug, organizer_id, title, description, type, zone, starts_at, ends_at,
					registration_deadline, contact_person, contact_phone, status, created_at, updated_at)
				values (?, ?, ?, ?, 'Jobfair nasional untuk mengukur platform di bawah beban (bench).', 'ONLINE',
					'Asia/Jakarta', ?, ?, ?, 'Panitia Bench', '021-5255733', ?, now(), now())
				""")) {
			insert.setObject(1, fair);
			insert.setString(2, slug);
			insert.setObject(3, organizer);
			insert.setString(4, title);
			insert.setTimestamp(5, Timestamp.from(startsAt));
			insert.setTimestamp(6, Timestamp.from(startsAt.plusSeconds(24 * 3600)));
			insert.setTimestamp(7, Timestamp.from(startsAt.minusSeconds(3600)));
			insert.setString(8, status);
			insert.executeUpdate();
		}
		int each = Math.max(1, vacancies / companies);
		// a mix like a national fair's: most vacancies in Jawa Barat (where the seekers
		// live),
		// some remote, some elsewhere; education from SD to S2; a few ask for a major
		try (PreparedStatement insert = jobfair.prepareStatement(
				"""
						with companies as (
						  insert into company (id, name, legal_form, sector, size, region_code, address, phone, email, created_at)
						  select gen_random_uuid(), 'PT Bench Nusantara ' || g, 'PT', 'Industri Pengolahan', 'BESAR',
						    case when g % 5 = 0 then '31.71' else '32.01' end, 'Jl. Industri ' || g, '021-555' || g,
						    'hrd' || g || '@bench.siapkerja.id', now()
						  from generate_series(1, ?) g returning id
						), participations as (
						  insert into participation (id, fair_id, company_id, status, requested_by, requested_at, decided_by,
						    decided_at)
						  select gen_random_uuid(), ?, id, 'ACCEPTED', 'bench', now(), 'bench', now() from companies
						  returning id, company_id
						), vacancies as (
						  insert into vacancy (id, company_id, title, description, employment_type, work_arrangement, region_code,
						    min_education, majors, skills, skill_names, min_experience_years, openings, salary_min, salary_max,
						    show_salary, deadline, status, created_at, updated_at)
						  select gen_random_uuid(), p.company_id,
						    (array['Operator Produksi','Staf Administrasi','Teknisi Mesin','Petugas Gudang','Kasir',
						      'Customer Service','Quality Control','Pengemudi','Staf Akuntansi','Programmer'])[1 + g % 10] || ' ' || g,
						    'Bergabung dengan tim kami. Tugas:' || chr(10) || '- bekerja sesuai SOP' || chr(10) || '- melapor kepada atasan',
						    case when g % 3 = 0 then 'KONTRAK' else 'PENUH_WAKTU' end,
						    case when g % 10 = 0 then 'JARAK_JAUH' else 'DI_KANTOR' end,
						    case when g % 4 = 1 then '51.71' else '32.01' end,
						    (array['SD','SMP','SMA','SMK','D3','S1','S2'])[1 + g % 7],
						    case when g % 5 = 0 then array['Teknik Informatika'] else '{}' end,
						    case g % 3 when 0 then array['microsoft excel','k3 umum'] when 1 then array['java','sql']
						      else array['microsoft excel','pelayanan pelanggan'] end,
						    case g % 3 when 0 then array['Microsoft Excel','K3 Umum'] when 1 then array['Java','SQL']
						      else array['Microsoft Excel','Pelayanan Pelanggan'] end,
						    g % 3, 1 + g % 10, 4500000 + (g % 10) * 250000, 6000000 + (g % 10) * 250000, g % 2 = 0,
						    current_date + 45, 'OPEN', now(), now()
						  from participations p cross join generate_series(1, ?) g
						  returning id, company_id
						)
						insert into participation_vacancy (participation_id, vacancy_id, added_at)
						select p.id, v.id, now() from vacancies v join participations p on p.company_id = v.company_id
						""")) {
			insert.setInt(1, companies);
			insert.setObject(2, fair);
			insert.setInt(3, each);
			insert.executeUpdate();
		}
		return new Fair(fair, slug, companies, each * companies);
	}

	/**
	 * Makes the accounts Jobfair members with the profile a login would have copied from
	 * akun: SMK (Teknik Mesin), living in Kabupaten Bogor, Microsoft Excel and K3 Umum.
	 */
	static void members(Connection jobfair, List<Accounts.Account> seekers) throws SQLException {
		try (PreparedStatement insert = jobfair.prepareStatement(
				"""
						with people as (
						  select * from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as p(sub, name, email, phone)
						), members as (
						  insert into member (sub, name, email, email_verified, phone, locale, roles, first_login_at, last_login_at)
						  select sub, name, email, true, phone, 'id', '', now(), now() from people returning sub
						)
						insert into seeker_profile (sub, complete, education_level, education_rank, major, experience_months,
						  skills, province, regency, profile, updated_at)
						select p.sub, true, 'SMK', 3, 'Teknik Mesin', 24, array['microsoft excel','k3 umum'], '32', '32.01',
						  jsonb_build_object('sub', p.sub, 'name', p.name, 'email', p.email, 'emailVerified', true,
						    'phoneNumber', p.phone, 'locale', 'id', 'birthPlace', 'Bogor', 'gender', 'MALE',
						    'profile', jsonb_build_object('complete', true, 'completeness', 100, 'hasPhoto', false,
						      'description', 'Lulusan SMK Teknik Mesin, siap bekerja.', 'domicileVillageCode', '32.01.01.1001',
						      'education', jsonb_build_object('level', 'SMK', 'institution', 'SMK Negeri 1 Cibinong',
						        'major', 'Teknik Mesin', 'year', 2020),
						      'experiences', jsonb_build_array(jsonb_build_object('company', 'PT Maju', 'position', 'Operator',
						        'start', '2022-01')),
						      'skills', jsonb_build_array(jsonb_build_object('name', 'Microsoft Excel'),
						        jsonb_build_object('name', 'K3 Umum')))),
						  now()
						from people p
						""")) {
			insert.setArray(1, jobfair.createArrayOf("text", seekers.stream().map(Accounts.Account::sub).toArray()));
			insert.setArray(2, jobfair.createArrayOf("text", seekers.stream().map(Accounts.Account::name).toArray()));
			insert.setArray(3, jobfair.createArrayOf("text", seekers.stream().map(Accounts.Account::email).toArray()));
			insert.setArray(4, jobfair.createArrayOf("text", seekers.stream().map(Accounts.Account::phone).toArray()));
			insert.executeUpdate();
		}
	}

	/** The seekers follow the fair, checked in (at the check-in's opening) or not yet. */
	static void follow(Connection jobfair, UUID fair, List<Accounts.Account> seekers, boolean checkedIn)
			throws SQLException {
		try (PreparedStatement insert = jobfair.prepareStatement("""
				insert into fair_follower (fair_id, sub, followed_at, checked_in_at)
				select ?, sub, now() - interval '3 days', case when ? then now() - interval '90 minutes' end
				from unnest(?::text[]) as s(sub)
				""")) {
			insert.setObject(1, fair);
			insert.setBoolean(2, checkedIn);
			insert.setArray(3, jobfair.createArrayOf("text", seekers.stream().map(Accounts.Account::sub).toArray()));
			insert.executeUpdate();
		}
	}

	/** Rows of a query that returns one number. */
	static long count(Connection connection, String sql, Object... params) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				query.setObject(i + 1, params[i]);
			}
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

}
