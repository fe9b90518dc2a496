package org.trustwork.session;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionNoteRepository extends JpaRepository<SessionNote, Long> {

    @Query("""
            select n from SessionNote n
            where n.sessionId = :sessionId and n.authorId = :authorId
              and ((:itemId is null and n.agendaItemId is null) or n.agendaItemId = :itemId)
            """)
    Optional<SessionNote> findNote(@Param("sessionId") long sessionId, @Param("itemId") Long itemId,
                                   @Param("authorId") long authorId);

    /** Only the id, so that the entity is first loaded by {@link #lockById} with its latest committed state. */
    @Query("""
            select n.id from SessionNote n
            where n.sessionId = :sessionId and n.authorId = :authorId
              and ((:itemId is null and n.agendaItemId is null) or n.agendaItemId = :itemId)
            """)
    Optional<Long> findNoteId(@Param("sessionId") long sessionId, @Param("itemId") Long itemId,
                              @Param("authorId") long authorId);

    /** The same note, locked until the saving transaction ends, so two saves are decided one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from SessionNote n where n.id = :id")
    Optional<SessionNote> lockById(@Param("id") long id);

    List<SessionNote> findBySessionIdAndAuthorId(long sessionId, long authorId);
}
