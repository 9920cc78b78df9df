package cn.gov.zhangping.fertility.familysupport.audit.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.quarkus.arc.Arc;

/**
 * Writes the {@code RECORD_CHANGED} row of a change in the change's own transaction: every use case that
 * changes a personal record calls {@link #changed} once it has made the change, so the change and its row commit
 * together or not at all. A row that cannot be written rolls the change back ({@link AuditUnavailableException}, a 503
 * problem). Outside an audited request (event handlers, a second call in the same request) it writes
 * nothing; refused and invalid attempts are recorded by {@code AuditFilter} from their response.
 */
@ApplicationScoped
public class ChangeAudit {

    @Inject
    EntityManager em;

    @Inject
    AuditedChange change;

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(UUID recordId) {
        if (!Arc.container().requestContext().isActive() || !change.expected() || change.isWritten()) {
            return;
        }
        em.flush(); // the change's own failures surface as they did before, not as the audit trail's
        try {
            em.persist(change.row(recordId));
            em.flush();
        } catch (PersistenceException e) {
            throw new AuditUnavailableException(e);
        }
        change.written(recordId);
    }
}
