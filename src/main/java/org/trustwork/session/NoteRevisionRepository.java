package org.trustwork.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRevisionRepository extends JpaRepository<NoteRevision, Long> {

    List<NoteRevision> findByNoteIdOrderByRevisionDescIdDesc(long noteId);
}
