package org.trustwork.homework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HomeworkLandingRepository extends JpaRepository<HomeworkLanding, Long> {

    Optional<HomeworkLanding> findByOccurrenceIdAndAuthorId(long occurrenceId, long authorId);

    List<HomeworkLanding> findByOccurrenceIdIn(Collection<Long> occurrenceIds);
}
