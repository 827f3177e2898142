package id.siapkerja.jobfair.faq;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Pertanyaan Umum" (J-C-r, s; J-S-h): a company's questions and answers for a fair, in
 * the order the company sets. Every change names the company and the fair.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Faqs {

	private final JdbcClient jdbc;

	private final Clock clock;

	public record Faq(UUID id, String question, String answer, int position) {
	}

	public List<Faq> of(FairId fair, CompanyId company) {
		return this.jdbc.sql("select * from faq where fair_id = ? and company_id = ? order by position, created_at")
			.params(fair, company)
			.query((rs, row) -> new Faq(rs.getObject("id", UUID.class), rs.getString("question"),
					rs.getString("answer"), rs.getInt("position")))
			.list();
	}

	@Transactional
	public void add(FairId fair, CompanyId company, String question, String answer) {
		this.jdbc
			.sql("""
					insert into faq (id, fair_id, company_id, question, answer, position, created_at)
					values (?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from faq where fair_id = ? and company_id = ?), ?)
					""")
			.params(UUID.randomUUID(), fair, company, question, answer, fair, company,
					Timestamp.from(this.clock.instant()))
			.update();
	}

	@Transactional
	public boolean edit(FairId fair, CompanyId company, UUID id, String question, String answer) {
		return this.jdbc.sql("update faq set question = ?, answer = ? where id = ? and fair_id = ? and company_id = ?")
			.params(question, answer, id, fair, company)
			.update() > 0;
	}

	@Transactional
	public boolean delete(FairId fair, CompanyId company, UUID id) {
		return this.jdbc.sql("delete from faq where id = ? and fair_id = ? and company_id = ?")
			.params(id, fair, company)
			.update() > 0;
	}

	/** Swaps the question with its neighbour above (up) or below. */
	@Transactional
	public void move(FairId fair, CompanyId company, UUID id, boolean up) {
		List<Faq> all = of(fair, company);
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).id().equals(id)) {
				int other = up ? i - 1 : i + 1;
				if (other < 0 || other >= all.size()) {
					return;
				}
				// positions renumbered in the new order
				List<Faq> order = new ArrayList<>(all);
				Collections.swap(order, i, other);
				for (int p = 0; p < order.size(); p++) {
					this.jdbc.sql("update faq set position = ? where id = ?").params(p + 1, order.get(p).id()).update();
				}
				return;
			}
		}
	}

}
