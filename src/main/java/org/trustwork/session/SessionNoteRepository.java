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

    /**
     * The same note, locked until the saving transaction ends, so two saves are decided one after the other. Call it
     * before anything else in the transaction has loaded the note: the row is read as it is once the lock is held.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select n from SessionNote n
            where n.sessionId = :sessionId and n.authorId = :authorId
              and ((:itemId is null and n.agendaItemId is null) or n.agendaItemId = :itemId)
            """)
    Optional<SessionNote> lockNote(@Param("sessionId") long sessionId, @Param("itemId") Long itemId,
                                   @Param("authorId") long authorId);

    List<SessionNote> findBySessionIdAndAuthorId(long sessionId, long authorId);

    /** The author's non-empty notes on a couple's sessions, session by session, the session's own note first. */
    @Query("""
            select n.sessionId, a.title, n.body from SessionNote n
            join TherapySession s on s.id = n.sessionId
            left join AgendaItem a on a.id = n.agendaItemId
            where s.couple.id = :coupleId and n.authorId = :authorId and n.currentRevision > 0 and n.body <> ''
            order by coalesce(s.startedAt, s.scheduledStart), s.id, n.noteKey
            """)
    List<Object[]> findAuthorsNotesOfCouple(@Param("coupleId") long coupleId, @Param("authorId") long authorId);
}
