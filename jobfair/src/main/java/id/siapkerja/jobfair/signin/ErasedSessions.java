package id.siapkerja.jobfair.signin;

import id.siapkerja.jobfair.member.MemberErased;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A person deleted their account: their Jobfair sessions (which hold their name and
 * e-mail from akun's ID token) end, also when akun's back-channel logout did not reach
 * Jobfair.
 */
@Component
@RequiredArgsConstructor
class ErasedSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	@ApplicationModuleListener
	void erased(MemberErased erased) {
		for (String id : this.sessions.findByPrincipalName(erased.sub()).keySet()) {
			this.sessions.deleteById(id);
		}
	}

}
