package id.siapkerja.jobfair.vacancy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import id.siapkerja.jobfair.vacancy.Vacancies.Terms;
import id.siapkerja.jobfair.vacancy.Vacancy.Status.Action;
import id.siapkerja.jobfair.vacancy.Vacancy.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vacancy's rules without Spring: every state against every action (a draft or a closed
 * vacancy opens, an open one closes, nothing else), and the pay rules between fields.
 */
class VacancyRulesTests {

	@Test
	void everyStateAgainstEveryAction() {
		Map<Status, Map<Action, Status>> allowed = Map.of(Status.DRAFT, Map.of(Action.OPEN, Status.OPEN), Status.OPEN,
				Map.of(Action.CLOSE, Status.CLOSED), Status.CLOSED, Map.of(Action.OPEN, Status.OPEN));
		for (Status state : Status.values()) {
			for (Action action : Action.values()) {
				assertThat(state.after(action)).as(state + " × " + action)
					.isEqualTo(Optional.ofNullable(allowed.get(state).get(action)));
			}
		}
	}

	@Test
	void theHighestPayIsNotBelowTheLowest() {
		LocalDate deadline = LocalDate.of(2026, 12, 31);
		assertThat(new Terms(5_000_000L, 4_000_000L, true, deadline).problem()).contains(Terms.Problem.SALARY_ORDER);
		assertThat(new Terms(4_000_000L, 4_000_000L, true, deadline).problem()).isEmpty();
		assertThat(new Terms(4_000_000L, null, true, deadline).problem()).as("a lowest pay alone").isEmpty();
	}

	@Test
	void showingThePayNeedsAnAmount() {
		LocalDate deadline = LocalDate.of(2026, 12, 31);
		assertThat(new Terms(null, null, true, deadline).problem()).contains(Terms.Problem.SALARY_MISSING);
		assertThat(new Terms(null, null, false, deadline).problem()).as("pay not shown, none given").isEmpty();
	}

}
