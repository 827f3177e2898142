package id.siapkerja.webkit.session;

import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's repository, answering a second look-up of the same id within one
 * request ({@link OneSessionRead}) with the session found the first time: the same object
 * Spring Session holds and saves, so nothing differs but a statement fewer. A session
 * saved or deleted is looked up afresh.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
@RequiredArgsConstructor
final class RememberingSessions implements FindByIndexNameSessionRepository<Session>, DisposableBean {

	private final FindByIndexNameSessionRepository delegate;

	@Override
	public Session createSession() {
		return this.delegate.createSession();
	}

	@Override
	public void save(Session session) {
		this.delegate.save(session);
	}

	@Override
	public Session findById(String id) {
		Map<String, Session> found = OneSessionRead.FOUND.get();
		if (found == null) {
			return (Session) this.delegate.findById(id);
		}
		Session session = found.get(id);
		if (session == null || session.isExpired()) {
			session = (Session) this.delegate.findById(id);
			if (session != null) {
				found.put(id, session);
			}
		}
		return session;
	}

	@Override
	public void deleteById(String id) {
		Map<String, Session> found = OneSessionRead.FOUND.get();
		if (found != null) {
			found.remove(id);
		}
		this.delegate.deleteById(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.delegate.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	@Override
	public Map<String, Session> findByPrincipalName(String principalName) {
		return this.delegate.findByPrincipalName(principalName);
	}

	@Override
	public void destroy() throws Exception {
		if (this.delegate instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

}
