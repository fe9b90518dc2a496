package org.trustwork.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRevisionRepository extends JpaRepository<NoteRevision, Long> {

    List<NoteRevision> findByNoteIdOrderByRevisionDescIdDesc(long noteId);

    /** The version saved last, conflicting copies included. */
    Optional<NoteRevision> findFirstByNoteIdOrderByIdDesc(long noteId);
}
