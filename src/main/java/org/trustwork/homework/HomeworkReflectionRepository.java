package org.trustwork.homework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HomeworkReflectionRepository extends JpaRepository<HomeworkReflection, Long> {

    Optional<HomeworkReflection> findByOccurrenceIdAndAuthorId(long occurrenceId, long authorId);

    List<HomeworkReflection> findByOccurrenceIdIn(Collection<Long> occurrenceIds);
}
